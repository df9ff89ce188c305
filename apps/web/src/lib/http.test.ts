import { describe, expect, it } from 'vitest';
import { fileNameOf, toQueryString } from './http';

describe('toQueryString', () => {
  it('leaves out empty values and joins lists with commas', () => {
    expect(
      toQueryString({
        q: '',
        page: 2,
        status: ['full', 'probationary'],
        ageBand: [],
        orgId: undefined,
        x: null,
      }),
    ).toBe('?page=2&status=full%2Cprobationary');
  });
  it('is empty without parameters', () => {
    expect(toQueryString({})).toBe('');
    expect(toQueryString(undefined)).toBe('');
  });
  it('keeps false booleans (unmasked=false is a choice)', () => {
    expect(toQueryString({ unmasked: false })).toBe('?unmasked=false');
  });
});

describe('fileNameOf', () => {
  it('prefers the RFC 5987 UTF-8 name (Chinese file names)', () => {
    expect(
      fileNameOf(
        `attachment; filename="people.xlsx"; filename*=UTF-8''${encodeURIComponent('人员名册.xlsx')}`,
      ),
    ).toBe('人员名册.xlsx');
  });
  it('reads a plain name', () => {
    expect(fileNameOf('attachment; filename="audit-2026-01-01.xlsx"')).toBe('audit-2026-01-01.xlsx');
  });
  it('returns null without a header', () => {
    expect(fileNameOf(null)).toBeNull();
  });
});
