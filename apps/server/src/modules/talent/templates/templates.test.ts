import {
  DEFAULT_INDICATORS,
  POST_FAMILIES,
  zJobPortrait,
  zTalentCriteria,
  zTierCriteria,
  type JobPortrait,
} from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_PORTRAITS,
  builtinPortrait,
  DEFAULT_RESERVE_CRITERIA,
  DEFAULT_TIER_CRITERIA,
  POLITICAL_GATE,
} from './index';

// The built-in portraits are plain data; these checks keep their documented shape.

const each = BUILTIN_PORTRAITS.map((p) => [p.title, p] as const);
const percent = (p: JobPortrait) =>
  Math.round(p.indicators.reduce((s, i) => s + i.weight * 100, 0) * 1e6) / 1e6;

describe('built-in job portraits', () => {
  it('has exactly 16 portraits with unique codes and titles', () => {
    expect(BUILTIN_PORTRAITS).toHaveLength(16);
    expect(new Set(BUILTIN_PORTRAITS.map((p) => p.code)).size).toBe(16);
    expect(new Set(BUILTIN_PORTRAITS.map((p) => p.title)).size).toBe(16);
    expect(builtinPortrait('qi-physical')?.title).toBe('质量检验员（物理）');
    expect(builtinPortrait('nope')).toBeUndefined();
  });

  it('covers the process from 工艺 and 质量检验 to 设备, 生产操作, 管理 and 综合保障', () => {
    const families = new Set(BUILTIN_PORTRAITS.map((p) => p.family));
    expect([...families].sort()).toEqual(POST_FAMILIES.map((f) => f.value).sort());
  });

  it.each(each)('%s parses unchanged with zJobPortrait', (_title, p) => {
    const parsed = zJobPortrait.safeParse(p);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(parsed.data).toEqual(p);
  });

  it.each(each)('%s weighs its indicators to exactly 100%%', (_title, p) => {
    expect(percent(p)).toBe(100);
    for (const i of p.indicators) expect(i.weight, i.code).toBeGreaterThan(0);
  });

  it.each(each)('%s uses the default indicators, political standard first and gated', (_title, p) => {
    expect(p.indicators.map((i) => [i.code, i.title])).toEqual(
      DEFAULT_INDICATORS.map((d) => [d.value, d.zh]),
    );
    expect(p.indicators[0]).toMatchObject({ code: 'political', gateMin: POLITICAL_GATE });
    // No indicator outweighs the political standard except the post's own skill or quality and safety.
    const political = p.indicators[0]!.weight;
    for (const i of p.indicators.filter((x) => !['skill', 'quality_safety'].includes(x.code))) {
      expect(i.weight, i.code).toBeLessThanOrEqual(political);
    }
  });

  it.each(each)('%s lists skills and qualities', (_title, p) => {
    expect(p.skills.length).toBeGreaterThanOrEqual(3);
    expect(p.qualities.length).toBeGreaterThanOrEqual(2);
    expect(p.summary).toBeTruthy();
  });

  it('gives every quality-inspection post at least one mandatory certificate (持证标准)', () => {
    const inspection = BUILTIN_PORTRAITS.filter((p) => p.family === 'quality_inspection');
    expect(inspection.map((p) => p.code)).toEqual(['qi-physical', 'qi-chemical', 'qi-sensory', 'metrology']);
    for (const p of inspection) {
      expect(
        p.certificates.some((c) => c.mandatory),
        p.code,
      ).toBe(true);
      expect(p.indicators.find((i) => i.code === 'quality_safety')?.gateMin, p.code).toBe(60);
    }
  });

  it('weighs quality and safety highest on the safety post and gates it at 70', () => {
    const safety = builtinPortrait('safety')!;
    const top = [...safety.indicators].sort((a, b) => b.weight - a.weight)[0]!;
    expect(top).toMatchObject({ code: 'quality_safety', weight: 0.3, gateMin: 70 });
  });
});

describe('default tier and reserve criteria', () => {
  it('parses and follows the documented thresholds', () => {
    expect(zTierCriteria.parse(DEFAULT_TIER_CRITERIA)).toEqual(DEFAULT_TIER_CRITERIA);
    expect(DEFAULT_TIER_CRITERIA.map((r) => [r.tier, r.minMatch, r.maxAge ?? null])).toEqual([
      ['leading', 90, null],
      ['elite', 80, null],
      ['rising', 60, 35],
    ]);
    expect(DEFAULT_TIER_CRITERIA[0]!.anyCredential).toEqual([
      { kind: 'title', minLevel: 'associate_senior' },
      { kind: 'award', minLevel: 'provincial' },
    ]);
    expect(DEFAULT_TIER_CRITERIA.every((r) => r.requireQualified)).toBe(true);
    expect(zTalentCriteria.parse(DEFAULT_RESERVE_CRITERIA)).toEqual({
      minMatch: 75,
      requireQualified: true,
      anyCredential: [],
    });
  });
});
