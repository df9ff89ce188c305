import { describe, expect, it } from 'vitest';
import { canHoldPeople, childTypesOf } from './org-nesting';

describe('organisation nesting (mirrors the server rule)', () => {
  it('offers only valid child types', () => {
    expect(childTypesOf('committee')).toEqual(['committee', 'general_branch', 'branch']);
    expect(childTypesOf('general_branch')).toEqual(['branch']);
    expect(childTypesOf('branch')).toEqual(['group']);
    expect(childTypesOf('group')).toEqual([]);
  });
  it('places people anywhere but in Party groups', () => {
    expect(canHoldPeople('branch')).toBe(true);
    expect(canHoldPeople('group')).toBe(false);
  });
});
