import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/http';
import { problemsOf } from './problems';

describe('problems of a refused request', () => {
  it('reads catalogue problems, workbook rows and schema issues', () => {
    expect(
      problemsOf(new ApiError(422, 'SCHEME_INVALID', 'x', { problems: ['公式有误', 'A1：未知指标'] })),
    ).toEqual(['公式有误', 'A1：未知指标']);
    expect(
      problemsOf(
        new ApiError(422, 'CATALOGUE_FILE_INVALID', 'x', {
          problems: [{ sheet: '指标', row: 4, message: '满分无效' }],
        }),
      ),
    ).toEqual(['指标 #4: 满分无效']);
    expect(
      problemsOf(
        new ApiError(422, 'VALIDATION_FAILED', 'x', {
          issues: [
            { path: 'A1', message: 'A1 组织建设：请上传佐证材料或填写说明' },
            { path: 'definition.formula', message: 'Required' },
          ],
        }),
      ),
    ).toEqual(['A1 组织建设：请上传佐证材料或填写说明', 'definition.formula: Required']);
  });
  it('has nothing to say about other errors', () => {
    expect(problemsOf(new Error('x'))).toEqual([]);
    expect(problemsOf(new ApiError(409, 'ROUND_EXISTS', 'x'))).toEqual([]);
  });
});
