import { describe, expect, it } from 'vitest';
import type { ResultCategory } from '../api/types';
import { capReasons } from './cap-reasons';

const categories = [
  {
    code: 'A',
    criteria: [
      { code: 'A1', title: '按期换届' },
      { code: 'A2', title: '三会一课' },
      { code: 'V1', title: '严重违纪' },
    ],
  },
] as unknown as ResultCategory[];

describe('what capped a level', () => {
  it('reads the open hard items of newer results', () => {
    expect(
      capReasons({
        flags: { vetoedBy: [], hardOpen: [{ code: 'A2', fromStar: 4, status: 'fail' }] },
        hardCap: 3,
        bandLevel: 5,
        categories,
      }),
    ).toEqual([{ kind: 'hardFailed', level: 4, items: ['A2 三会一课'] }]);
  });
  it('says nothing when nothing held it', () => {
    expect(
      capReasons({ flags: { vetoedBy: [], hard: [] }, hardCap: null, bandLevel: 4, categories }),
    ).toEqual([]);
  });
  it('names the veto items and the hard items between the cap and the band', () => {
    const reasons = capReasons({
      flags: {
        vetoedBy: ['V1'],
        hard: [
          { code: 'A1', fromStar: 3, status: 'pass' },
          { code: 'A2', fromStar: 4, status: 'fail' },
          { code: 'A9', fromStar: 5, status: 'pending' },
        ],
        quotaCut: true,
        overridden: true,
        overrideReason: '获省级表彰',
      },
      hardCap: 3,
      bandLevel: 4,
      categories,
    });
    expect(reasons).toEqual([
      { kind: 'vetoed', items: ['V1 严重违纪'] },
      { kind: 'hardFailed', level: 4, items: ['A2 三会一课'] },
      { kind: 'quotaCut' },
      { kind: 'overridden', reason: '获省级表彰' },
    ]);
  });
});
