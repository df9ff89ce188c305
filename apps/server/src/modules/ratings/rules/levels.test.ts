import { levelLabel, type LevelConfig } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { FIVE_STAR_LABELS, GRADING_LABELS, STAR_LABELS, levelConfig } from './fixtures';
import { applyPopulationRules, levelBeforePopulation, type HardOutcome, type Override, type RatedOrg } from './levels';

// The tenant's standard: 0 未定星, 3★/4★/5★ with bands 90/80/70.
const STAR = levelConfig({ labels: STAR_LABELS, bands: [{ min: 90, level: 5 }, { min: 80, level: 4 }, { min: 70, level: 3 }], floor: 0 });
// Hard sets alone decide, no bands.
const HARD_ONLY = levelConfig({ labels: STAR_LABELS, floor: 0 });
// domain-rules §5.3 pattern 1: 5★ ≥ 90 … 2★ ≥ 60, 1★ below; bands listed out of order on purpose.
const FIVE = levelConfig({
  labels: FIVE_STAR_LABELS,
  bands: [{ min: 70, level: 3 }, { min: 90, level: 5 }, { min: 60, level: 2 }, { min: 80, level: 4 }],
  floor: 1,
});
const GRADING = levelConfig({ labels: GRADING_LABELS, bands: [{ min: 90, level: 4 }, { min: 80, level: 3 }, { min: 70, level: 2 }], floor: 1 });

/** The 24/39/52 cumulative hard sets: 24 items from 3★, 15 more from 4★, 13 more from 5★; `failing` per star. */
function hardSets(failing: Partial<Record<3 | 4 | 5, number>> = {}): HardOutcome[] {
  const set = (fromStar: 3 | 4 | 5, size: number) =>
    Array.from({ length: size }, (_, i) => ({ fromStar, passed: i >= (failing[fromStar] ?? 0) }));
  return [...set(3, 24), ...set(4, 15), ...set(5, 13)];
}

describe('levelBeforePopulation: score bands', () => {
  it.each([
    [100, 5],
    [90, 5],
    [89.99, 4],
    [80, 4],
    [79.5, 3],
    [70, 3],
    [69, 2],
    [60, 2],
    [59.99, 1],
    [0, 1],
    [-5, 1],
  ])('bands 90/80/70/60 with floor 1: %d → %i★', (total, level) => {
    const r = levelBeforePopulation(total, [], false, FIVE);
    expect(r).toEqual({ level, bandLevel: level, hardCap: null, cappedBy: level === 5 ? null : 'band' });
  });

  it.each([
    [95, '好'],
    [90, '好'],
    [85, '较好'],
    [80, '较好'],
    [75, '一般'],
    [70, '一般'],
    [69.9, '较差'],
    [20, '较差'],
  ])('grading labels: %d → %s', (total, label) => {
    expect(levelLabel(GRADING, levelBeforePopulation(total, [], false, GRADING).level)).toBe(label);
  });

  it('drops below the lowest band to the floor, which may be 未定星', () => {
    expect(levelBeforePopulation(65, [], false, STAR)).toMatchObject({ level: 0, bandLevel: 0, cappedBy: 'band' });
  });

  it('takes the top label as the band level of a scheme without bands', () => {
    expect(levelBeforePopulation(0, hardSets(), false, HARD_ONLY)).toEqual({ level: 5, bandLevel: 5, hardCap: null, cappedBy: null });
  });
});

describe('levelBeforePopulation: cumulative hard sets (24 / 39 / 52)', () => {
  it.each<[string, LevelConfig, number, Partial<Record<3 | 4 | 5, number>>, { level: number; hardCap: number | null; cappedBy: string | null }]>([
    ['all 52 met, no bands', HARD_ONLY, 0, {}, { level: 5, hardCap: null, cappedBy: null }],
    ['one 5★ item failed', HARD_ONLY, 0, { 5: 1 }, { level: 4, hardCap: 4, cappedBy: 'hard' }],
    ['one 4★ item failed caps at 3★', HARD_ONLY, 0, { 4: 1 }, { level: 3, hardCap: 3, cappedBy: 'hard' }],
    ['4★ and 5★ items failed', HARD_ONLY, 0, { 4: 2, 5: 5 }, { level: 3, hardCap: 3, cappedBy: 'hard' }],
    ['one 3★ item failed gives 未定星 on 0/3/4/5 labels', HARD_ONLY, 0, { 3: 1 }, { level: 0, hardCap: 2, cappedBy: 'hard' }],
    ['a 3★ failure outweighs passing the 5★ set', HARD_ONLY, 0, { 3: 1, 5: 0 }, { level: 0, hardCap: 2, cappedBy: 'hard' }],
    ['a 95 with a 4★ failure caps at 3★', STAR, 95, { 4: 1 }, { level: 3, hardCap: 3, cappedBy: 'hard' }],
    ['a 95 with a 3★ failure gets 未定星', STAR, 95, { 3: 3 }, { level: 0, hardCap: 2, cappedBy: 'hard' }],
    ['an 85 with a 5★ failure is held by its score', STAR, 85, { 5: 1 }, { level: 4, hardCap: 4, cappedBy: 'band' }],
    ['a 75 meeting every set', STAR, 75, {}, { level: 3, hardCap: null, cappedBy: 'band' }],
    ['a cap between labels lands on the next lower label (1–5 labels keep 2★)', FIVE, 95, { 3: 1 }, { level: 2, hardCap: 2, cappedBy: 'hard' }],
  ])('%s', (_name, levels, total, failing, expected) => {
    expect(levelBeforePopulation(total, hardSets(failing), false, levels)).toMatchObject(expected);
  });

  it('caps below the lowest label at the floor', () => {
    expect(levelBeforePopulation(95, [{ fromStar: 1, passed: false }], false, FIVE)).toEqual({ level: 1, bandLevel: 5, hardCap: 0, cappedBy: 'hard' });
  });
});

describe('levelBeforePopulation: veto', () => {
  it.each<[string, LevelConfig, number, HardOutcome[], number]>([
    ['beats a perfect score and every hard set', STAR, 100, hardSets(), 0],
    ['goes to the floor without a veto level', FIVE, 99, [], 1],
    ['goes to the configured veto level', levelConfig({ ...FIVE, vetoLevel: 2 }), 99, [], 2],
    ['still reports the band and hard cap', STAR, 85, hardSets({ 5: 1 }), 0],
  ])('%s', (_name, levels, total, hard, level) => {
    const r = levelBeforePopulation(total, hard, true, levels);
    expect(r.level).toBe(level);
    expect(r.cappedBy).toBe('veto');
  });

  it('keeps band and cap facts under a veto', () => {
    expect(levelBeforePopulation(85, hardSets({ 5: 1 }), true, STAR)).toEqual({ level: 0, bandLevel: 4, hardCap: 4, cappedBy: 'veto' });
  });
});

// ——— population rules ———

const org = (orgId: string, total: number, level: number, extra: Partial<RatedOrg> = {}): RatedOrg => ({
  orgId,
  total,
  level,
  hardCap: null,
  vetoed: false,
  ...extra,
});
const none = new Map<string, number>();
const noOverrides = new Map<string, Override>();
const levelsOf = (r: ReturnType<typeof applyPopulationRules>) => Object.fromEntries([...r].map(([id, o]) => [id, o.level]));
const cutOf = (r: ReturnType<typeof applyPopulationRules>) => [...r].filter(([, o]) => o.quotaCut).map(([id]) => id).sort();
/** `fill` orgs at level 3 make up the population without competing for the higher levels. */
const fill = (n: number) => Array.from({ length: n }, (_, i) => org(`f${i}`, 72, 3));

describe('applyPopulationRules: quotas', () => {
  const QUOTA_30 = levelConfig({ ...STAR, quotas: [{ level: 5, maxShare: 0.3 }] });

  it.each<[string, number[], string[]]>([
    ['at most 3 of 10 keep 5★', [98, 97, 96, 95, 94], ['o3', 'o4']],
    ['ties at the cut all move down', [98, 97, 96, 96, 94], ['o2', 'o3', 'o4']],
    ['ties within the quota keep it', [98, 98, 97, 90], ['o3']],
    ['three tied for three places keep it', [95, 95, 95], []],
    ['four tied for three places all move down', [95, 95, 95, 95], ['o0', 'o1', 'o2', 'o3']],
    ['within the quota nothing moves', [99, 91], []],
  ])('5★ ≤ 30%%: %s', (_name, totals, cut) => {
    const fives = totals.map((t, i) => org(`o${i}`, t, 5));
    const r = applyPopulationRules([...fives, ...fill(10 - fives.length)], QUOTA_30, none, noOverrides);
    expect(cutOf(r)).toEqual(cut);
    for (const id of cut) expect(r.get(id)!.level).toBe(4);
  });

  it('cascades: orgs moved down count against the next level’s quota', () => {
    const levels = levelConfig({ ...STAR, quotas: [{ level: 5, maxShare: 0.1 }, { level: 4, maxShare: 0.4 }] });
    const orgs = [
      org('a', 95, 5),
      org('b', 93, 5),
      org('c', 91, 5),
      org('d', 88, 4),
      org('e', 86, 4),
      org('f', 84, 4),
      org('g', 82, 4),
      ...fill(3),
    ];
    const r = applyPopulationRules(orgs, levels, none, noOverrides);
    expect(levelsOf(r)).toMatchObject({ a: 5, b: 4, c: 4, d: 4, e: 4, f: 3, g: 3, f0: 3 });
    expect(cutOf(r)).toEqual(['b', 'c', 'f', 'g']);
  });

  it('moves to the next defined label, skipping undefined levels', () => {
    const levels = levelConfig({ ...STAR, quotas: [{ level: 3, maxShare: 0.5 }] });
    const r = applyPopulationRules([org('a', 80, 3), org('b', 75, 3), org('c', 70, 3), org('d', 10, 0)], levels, none, noOverrides);
    expect(levelsOf(r)).toEqual({ a: 3, b: 3, c: 0, d: 0 });
  });

  it('moves everyone down when the share allows nobody', () => {
    const levels = levelConfig({ ...STAR, quotas: [{ level: 5, maxShare: 0.05 }] });
    const r = applyPopulationRules([org('a', 99, 5), ...fill(9)], levels, none, noOverrides);
    expect(r.get('a')).toEqual({ level: 4, quotaCut: true, oneStepCapped: false, overridden: false });
  });

  it('cannot move below the lowest label', () => {
    const levels = levelConfig({ ...FIVE, quotas: [{ level: 1, maxShare: 0.1 }] });
    const r = applyPopulationRules([org('a', 10, 1), org('b', 20, 1)], levels, none, noOverrides);
    expect(levelsOf(r)).toEqual({ a: 1, b: 1 });
    expect(cutOf(r)).toEqual([]);
  });

  it('counts vetoed orgs in the population', () => {
    const levels = levelConfig({ ...STAR, quotas: [{ level: 5, maxShare: 0.5 }] });
    const r = applyPopulationRules([org('a', 99, 5), org('b', 98, 5), org('v', 100, 0, { vetoed: true }), org('w', 100, 0, { vetoed: true })], levels, none, noOverrides);
    expect(levelsOf(r)).toEqual({ a: 5, b: 5, v: 0, w: 0 });
  });

  it('reads shares without float noise (29% of 100 is 29)', () => {
    const levels = levelConfig({ ...STAR, quotas: [{ level: 5, maxShare: 0.29 }] });
    const fives = Array.from({ length: 29 }, (_, i) => org(`o${i}`, 90 + i / 10, 5));
    const r = applyPopulationRules([...fives, ...fill(71)], levels, none, noOverrides);
    expect(cutOf(r)).toEqual([]);
  });
});

describe('applyPopulationRules: one step up', () => {
  const ONE_STEP = levelConfig({ ...STAR, oneStepUp: true });

  it.each<[string, LevelConfig, number | undefined, number, number, boolean]>([
    ['previous 3★ allows at most 4★', ONE_STEP, 3, 5, 4, true],
    ['previous 4★ allows 5★', ONE_STEP, 4, 5, 5, false],
    ['previous 未定星 allows at most 3★ (the next label)', ONE_STEP, 0, 5, 3, true],
    ['no previous level is free', ONE_STEP, undefined, 5, 5, false],
    ['previous 5★ keeps 5★', ONE_STEP, 5, 5, 5, false],
    ['going down is never capped', ONE_STEP, 5, 3, 3, false],
    ['a previous level that is no label now rises to the next label', ONE_STEP, 2, 5, 3, true],
    ['1–5 labels: previous 1★ allows 2★', levelConfig({ ...FIVE, oneStepUp: true }), 1, 4, 2, true],
    ['off unless the scheme asks for it', STAR, 3, 5, 5, false],
  ])('%s', (_name, levels, prev, level, expected, capped) => {
    const previous = new Map(prev === undefined ? [] : [['a', prev]]);
    const r = applyPopulationRules([org('a', 95, level)], levels, previous, noOverrides).get('a')!;
    expect([r.level, r.oneStepCapped]).toEqual([expected, capped]);
  });

  it('applies before quotas, so a capped org takes no 5★ place', () => {
    const levels = levelConfig({ ...STAR, oneStepUp: true, quotas: [{ level: 5, maxShare: 0.34 }] });
    const r = applyPopulationRules([org('a', 99, 5), org('b', 95, 5), org('c', 90, 5)], levels, new Map([['a', 3]]), noOverrides);
    expect(levelsOf(r)).toEqual({ a: 4, b: 5, c: 4 });
    expect(r.get('a')).toMatchObject({ oneStepCapped: true, quotaCut: false });
    expect(r.get('c')).toMatchObject({ oneStepCapped: false, quotaCut: true });
  });
});

describe('applyPopulationRules: overrides (破格)', () => {
  const STRICT = levelConfig({ ...STAR, oneStepUp: true, quotas: [{ level: 5, maxShare: 0.25 }] });
  const reason = '获市级先进基层党组织称号';

  it('lets a branch jump two steps, past the quota, without taking a place', () => {
    const orgs = [org('x', 78, 3), org('y', 95, 5), org('z', 92, 5), org('w', 75, 3)];
    const r = applyPopulationRules(orgs, STRICT, new Map([['x', 3]]), new Map([['x', { level: 5, reason }]]));
    expect(r.get('x')).toEqual({ level: 5, quotaCut: false, oneStepCapped: false, overridden: true });
    expect(levelsOf(r)).toEqual({ x: 5, y: 5, z: 4, w: 3 });
  });

  it.each<[string, Partial<RatedOrg>, number, number, string | undefined]>([
    ['within the hard cap', { hardCap: 4 }, 4, 4, undefined],
    ['above the hard cap', { hardCap: 3 }, 5, 3, 'OVERRIDE_ABOVE_HARD_CAP'],
    ['lifting a veto', { vetoed: true, level: 0 }, 5, 0, 'OVERRIDE_VETOED'],
    ['lowering a level', {}, 0, 0, undefined],
  ])('%s', (_name, extra, to, level, error) => {
    const r = applyPopulationRules([org('x', 95, 3, extra)], STAR, none, new Map([['x', { level: to, reason }]])).get('x')!;
    expect(r.level).toBe(level);
    expect(r.overridden).toBe(error === undefined);
    expect(r.error).toBe(error);
  });

  it('leaves a refused override subject to the ordinary rules', () => {
    const r = applyPopulationRules([org('x', 95, 5, { hardCap: 4, level: 4 })], STRICT, new Map([['x', 0]]), new Map([['x', { level: 5, reason }]])).get('x')!;
    expect(r).toEqual({ level: 3, quotaCut: false, oneStepCapped: true, overridden: false, error: 'OVERRIDE_ABOVE_HARD_CAP' });
  });

  it('answers for every org, with or without an override', () => {
    const r = applyPopulationRules([org('a', 1, 0), org('b', 2, 0)], STAR, none, new Map([['b', { level: 3, reason }]]));
    expect([...r.keys()].sort()).toEqual(['a', 'b']);
  });
});
