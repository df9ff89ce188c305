import { zJobPortrait, type CredentialFacts } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { credential, INSPECTOR, PHYSICAL_CERT, SCORES, TODAY } from './fixtures';
import { portraitMatch } from './portrait-match';

describe('portraitMatch: weighted score', () => {
  it.each<[string, Record<string, number | null>, number]>([
    ['all 100', Object.fromEntries(Object.keys(SCORES).map((k) => [k, 100])), 100],
    ['all 80', Object.fromEntries(Object.keys(SCORES).map((k) => [k, 80])), 80],
    ['the sample scores', SCORES, 82.5],
    ['skill weighs 20%: +10 on skill is +2', { ...SCORES, skill: 100 }, 83.5],
    ['conduct weighs 10%: −10 on conduct is −1', { ...SCORES, conduct: 70 }, 81.5],
    ['an unscored indicator counts 0', { ...SCORES, innovation: null }, 76.5],
    [
      'scores are clamped to 0..100 (+1 on skill, −7 on service)',
      { ...SCORES, skill: 120, service: -5 },
      76.5,
    ],
  ])('%s', (_name, scores, expected) => {
    expect(portraitMatch(INSPECTOR, { scores, credentials: [PHYSICAL_CERT] }, TODAY).score).toBe(expected);
  });

  it('rounds to two decimals', () => {
    const portrait = zJobPortrait.parse({
      ...INSPECTOR,
      indicators: [
        { code: 'political', title: '政治素质', weight: 1 / 3 },
        { code: 'skill', title: '专业技能', weight: 2 / 3 },
      ],
    });
    expect(
      portraitMatch(portrait, { scores: { political: 100, skill: 70 }, credentials: [] }, TODAY).score,
    ).toBe(80);
    expect(
      portraitMatch(portrait, { scores: { political: 71, skill: 70 }, credentials: [] }, TODAY).score,
    ).toBe(70.33);
  });

  it('gives radar data in portrait order, with null for unscored', () => {
    const m = portraitMatch(
      INSPECTOR,
      { scores: { ...SCORES, service: undefined }, credentials: [PHYSICAL_CERT] },
      TODAY,
    );
    expect(m.radar[0]).toEqual({ code: 'political', title: '政治素质', score: 90, weight: 0.2 });
    expect(m.radar.map((r) => r.code)).toEqual(INSPECTOR.indicators.map((i) => i.code));
    expect(m.radar.find((r) => r.code === 'service')!.score).toBeNull();
    expect(m.unscored).toEqual(['service']);
  });
});

describe('portraitMatch: gates', () => {
  it.each<[string, Record<string, number | null>, { code: string; score: number | null }[]]>([
    ['both gates met', SCORES, []],
    ['political exactly at its gate passes', { ...SCORES, political: 60 }, []],
    [
      'political just below its gate fails',
      { ...SCORES, political: 59.9 },
      [{ code: 'political', score: 59.9 }],
    ],
    ['quality below 70 fails', { ...SCORES, quality_safety: 69 }, [{ code: 'quality_safety', score: 69 }]],
    ['an unscored gate fails', { ...SCORES, political: null }, [{ code: 'political', score: null }]],
    [
      'both gates fail',
      { ...SCORES, political: 50, quality_safety: 10 },
      [
        { code: 'political', score: 50 },
        { code: 'quality_safety', score: 10 },
      ],
    ],
  ])('%s', (_name, scores, failures) => {
    const m = portraitMatch(INSPECTOR, { scores, credentials: [PHYSICAL_CERT] }, TODAY);
    expect(m.gateFailures.map(({ code, score }) => ({ code, score }))).toEqual(failures);
    expect(m.qualified).toBe(failures.length === 0);
  });

  it('keeps the weighted score when a gate fails', () => {
    const m = portraitMatch(
      INSPECTOR,
      { scores: { ...SCORES, political: 50 }, credentials: [PHYSICAL_CERT] },
      TODAY,
    );
    expect(m.score).toBe(74.5);
    expect(m.gateFailures[0]).toEqual({ code: 'political', title: '政治素质', min: 60, score: 50 });
    expect(m.explanation.at(-1)!.zh).toBe('暂不符合岗位要求：政治素质未达门槛');
  });
});

describe('portraitMatch: mandatory certificates', () => {
  const cases: [string, CredentialFacts[], string | null][] = [
    ['held at a higher level', [PHYSICAL_CERT], null],
    ['held, expiring today', [{ ...PHYSICAL_CERT, expiresOn: TODAY }], null],
    [
      'found by alias',
      [credential({ kind: 'certificate', name: '物理检验（中级工）', level: 'intermediate_worker' })],
      null,
    ],
    ['expired yesterday', [{ ...PHYSICAL_CERT, expiresOn: '2026-06-14' }], 'expired'],
    ['below the level asked', [{ ...PHYSICAL_CERT, level: 'junior_worker' }], 'level_too_low'],
    ['no level stated', [{ ...PHYSICAL_CERT, level: null }], 'level_too_low'],
    ['none at all', [], 'missing'],
    ['same name but recorded as training', [{ ...PHYSICAL_CERT, kind: 'training' }], 'missing'],
    ['dated after today', [{ ...PHYSICAL_CERT, obtainedOn: '2026-07-01' }], 'missing'],
    [
      'an expired one renewed by a current one',
      [
        { ...PHYSICAL_CERT, expiresOn: '2025-12-31' },
        { ...PHYSICAL_CERT, obtainedOn: '2026-01-01' },
      ],
      null,
    ],
  ];
  it.each(cases)('%s', (_name, credentials, status) => {
    const m = portraitMatch(INSPECTOR, { scores: SCORES, credentials }, TODAY);
    expect(m.missingCertificates.map((c) => c.status)).toEqual(status ? [status] : []);
    expect(m.qualified).toBe(status === null);
    // The optional 内审员 is reported but never blocks.
    expect(m.certificates.map((c) => [c.requirement.name, c.requirement.mandatory])).toEqual([
      ['烟草物理检验工', true],
      ['内审员', false],
    ]);
  });

  it('explains an expired certificate with its date, at the given day', () => {
    const expired = { ...PHYSICAL_CERT, expiresOn: '2026-03-31' };
    const before = portraitMatch(INSPECTOR, { scores: SCORES, credentials: [expired] }, '2026-03-31');
    const after = portraitMatch(INSPECTOR, { scores: SCORES, credentials: [expired] }, '2026-04-01');
    expect(before.qualified).toBe(true);
    expect(after.qualified).toBe(false);
    expect(after.missingCertificates[0]!.credential).toBe(expired);
    expect(after.explanation.map((e) => e.zh)).toContain(
      '必备：烟草物理检验工（中级工及以上）已于 2026-03-31 到期，视为未持证',
    );
  });
});

describe('portraitMatch: explanation', () => {
  it('lists each indicator, the total, the certificates and the verdict in zh and en', () => {
    const m = portraitMatch(INSPECTOR, { scores: SCORES, credentials: [PHYSICAL_CERT] }, TODAY);
    expect(m.explanation.map((e) => e.zh)).toEqual([
      '政治素质 90 分 × 20% = 18 分（门槛 ≥ 60 分，已达到）',
      '行为规范 80 分 × 10% = 8 分',
      '服务意识 70 分 × 10% = 7 分',
      '创新意识 60 分 × 10% = 6 分',
      '质量安全 85 分 × 20% = 17 分（门槛 ≥ 70 分，已达到）',
      '协同协作 75 分 × 10% = 7.5 分',
      '专业技能 95 分 × 20% = 19 分',
      '加权得分 82.5 分',
      '必备：持有烟草物理检验工（中级工及以上）：烟草物理检验工职业技能等级证书（有效期至 2027-12-31）',
      '选配：未持有内审员',
      '达到岗位画像的门槛和持证要求',
    ]);
    expect(m.explanation[0]!.en).toBe('Political standard 90 × 20% = 18 (gate ≥ 60, met)');
    expect(m.explanation.at(-2)!.en).toBe('Does not hold 内审员 (optional)');
  });
});
