import { describe, expect, it } from 'vitest';
import type { RatingForm } from '../api/types';
import { completionText, formatScore } from './labels';
import { blanksOf, cleanScores, scoreStep, sheetKey, withScore } from './sheet-scores';

const form: RatingForm = {
  group: 'staff',
  label: { zh: '职工群众评价', en: 'Staff' },
  indicators: [
    {
      code: 'A4',
      title: '突发任务响应',
      description: null,
      maxScore: 4,
      categoryCode: 'A',
      categoryTitle: '攻坚克难',
    },
    {
      code: 'A6',
      title: '安全生产表率',
      description: null,
      maxScore: 4,
      categoryCode: 'A',
      categoryTitle: '攻坚克难',
    },
  ],
};

describe('sheets being filled in', () => {
  it('sets and clears one score without touching the other sheets', () => {
    const other = { A4: 1 };
    const drafts = { [sheetKey('peer', 'x')]: other };
    const set = withScore(drafts, sheetKey('self', 'y'), 'A4', 3);
    expect(set['self/y']).toEqual({ A4: 3 });
    expect(set['peer/x']).toBe(other);
    expect(withScore(set, 'self/y', 'A4', null)['self/y']).toEqual({});
  });
  it('counts abstentions and keeps only the form’s indicators within their scale', () => {
    expect(blanksOf(form, undefined)).toBe(2);
    expect(blanksOf(form, { A4: 0 })).toBe(1);
    expect(cleanScores(form, { A4: 9, A6: 2.5, A2: 1 })).toEqual({ A4: 4, A6: 2.5 });
  });
  it('steps by halves on small scales', () => {
    expect(scoreStep(4)).toBe(0.5);
    expect(scoreStep(20)).toBe(1);
  });
  it('formats points and completion as the server does', () => {
    expect(formatScore(83.456)).toBe('83.46');
    expect(formatScore(80)).toBe('80');
    expect(formatScore(null)).toBe('–');
    expect(completionText(3, 4)).toBe('3/4 (75%)');
    expect(completionText(0, 0)).toBe('–');
  });
});
