import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/http';
import { portraitIssues } from './portrait-issues';

const refused = (issues: unknown) =>
  new ApiError(400, 'VALIDATION_FAILED', '输入有误，请检查标记的字段', { issues });

describe('portrait issues', () => {
  it('turns the API paths into form paths with the rule and the row', () => {
    expect(
      portraitIssues(
        refused([
          { path: 'definition.certificates.1.minLevel', message: 'level_not_for_kind' },
          { path: 'definition.certificates', message: 'duplicate_name' },
          { path: 'definition.indicators', message: 'weights_sum' },
          { path: 'definition.indicators.0.code', message: 'political_first' },
        ]),
      ),
    ).toEqual([
      { name: ['certificates', 1, 'minLevel'], section: 'certificates', row: 2, rule: 'level_not_for_kind' },
      { name: ['certificates'], section: 'certificates', row: null, rule: 'duplicate_name' },
      { name: ['indicators'], section: 'indicators', row: null, rule: 'weights_sum' },
      { name: ['indicators', 0, 'code'], section: 'indicators', row: 1, rule: 'political_first' },
    ]);
  });

  it('keeps format errors without a rule, and unknown fields without a section', () => {
    expect(
      portraitIssues(
        refused([
          { path: 'definition.skills.3', message: 'Too big: expected string to have <=100 characters' },
          { path: 'version', message: 'Invalid input' },
          { path: 7, message: 'not a path' },
        ]),
      ),
    ).toEqual([
      { name: ['skills', 3], section: 'skills', row: null, rule: null },
      { name: ['version'], section: null, row: null, rule: null },
    ]);
  });

  it('ignores other errors', () => {
    expect(portraitIssues(new ApiError(409, 'CONFLICT', '记录已被他人修改'))).toEqual([]);
    expect(portraitIssues(new Error('boom'))).toEqual([]);
    expect(portraitIssues(new ApiError(400, 'VALIDATION_FAILED', 'x'))).toEqual([]);
  });
});
