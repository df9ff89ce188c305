import { zTierCriteria, type CredentialFacts, type TalentTier } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIER_CRITERIA } from '../templates';
import { credential, TODAY } from './fixtures';
import { tierFor } from './tier-for';
import type { TalentPerson } from './types';

const SENIOR_TITLE = credential({ kind: 'title', name: '高级工程师', level: 'associate_senior' });
const MID_TITLE = credential({ kind: 'title', name: '工程师', level: 'intermediate' });
const TECHNICIAN = credential({ kind: 'certificate', name: '烟草物理检验工', level: 'technician' });
const award = (level: CredentialFacts['level']) =>
  credential({ kind: 'award', name: '优秀质量管理工作者', level });

// Born 1990-06-16: 35 on TODAY (2026-06-15), 36 the next day.
const person = (
  matchScore: number | null,
  credentials: CredentialFacts[] = [],
  patch: Partial<TalentPerson> = {},
): TalentPerson => ({
  matchScore,
  qualified: true,
  birthDate: '1990-06-16',
  credentials,
  ...patch,
});

describe('tierFor with the default criteria', () => {
  it.each<[string, TalentPerson, TalentTier | null]>([
    ['90 with a 副高 title: 领军', person(90, [SENIOR_TITLE]), 'leading'],
    ['89.99 with a 副高 title: 精英 (the title is also ≥ 中级)', person(89.99, [SENIOR_TITLE]), 'elite'],
    ['90 with a provincial award: 领军', person(90, [award('provincial')]), 'leading'],
    ['90 with an industry award ranks with provincial: 领军', person(90, [award('industry')]), 'leading'],
    ['90 with a municipal award only: 雏鹰 (age 35)', person(90, [award('municipal')]), 'rising'],
    ['95 with a 中级 title: 精英', person(95, [MID_TITLE]), 'elite'],
    ['80 with a 技师 certificate: 精英', person(80, [TECHNICIAN]), 'elite'],
    ['79.99 with a 技师 certificate, aged 35: 雏鹰', person(79.99, [TECHNICIAN]), 'rising'],
    [
      '79.99 with a 技师 certificate, aged 36: none',
      person(79.99, [TECHNICIAN], { birthDate: '1990-06-15' }),
      null,
    ],
    ['60 aged 35: 雏鹰', person(60), 'rising'],
    ['59.99 aged 35: none', person(59.99), null],
    [
      '95 with a 副高 title but the political gate failed: none',
      person(95, [SENIOR_TITLE], { qualified: false }),
      null,
    ],
    [
      '90 with an expired 技师 certificate only: 雏鹰',
      person(90, [{ ...TECHNICIAN, expiresOn: '2026-06-01' }]),
      'rising',
    ],
    ['no match score: none', person(null, [SENIOR_TITLE]), null],
  ])('%s', (_name, p, tier) => {
    expect(tierFor(DEFAULT_TIER_CRITERIA, p, TODAY).tier).toBe(tier);
  });
});

describe('tierFor: reasons and what is missing', () => {
  it('gives the reasons of the tier reached and the gap to the next one', () => {
    const d = tierFor(DEFAULT_TIER_CRITERIA, person(85, [MID_TITLE]), TODAY);
    expect(d.tier).toBe('elite');
    expect(d.reasons.map((r) => r.zh)).toEqual([
      '岗位画像匹配度 85 分（≥ 80 分）',
      '达到岗位画像的门槛和持证要求',
      '具备中级及以上职称：职称：工程师（中级）',
    ]);
    expect(d.next).toEqual({
      tier: 'leading',
      reachable: true,
      missing: [
        {
          zh: '岗位画像匹配度需 ≥ 90 分，当前 85 分（差 5 分）',
          en: 'Portrait match must be ≥ 90; now 85 (5 short)',
        },
        {
          zh: '需具备以下之一：副高级及以上职称、省级及以上荣誉',
          en: 'Needs one of: a professional title at associate senior or above; an award at provincial or above',
        },
      ],
    });
    expect(d.gaps.map((g) => g.tier)).toEqual(['leading']);
    expect(d.explanation[0]!.zh).toBe('认定为精英人才');
  });

  it('has no next tier at the top', () => {
    const d = tierFor(DEFAULT_TIER_CRITERIA, person(99, [SENIOR_TITLE]), TODAY);
    expect(d).toMatchObject({ tier: 'leading', next: null, gaps: [] });
  });

  it('points someone over the 雏鹰 age cap at 精英, not at 雏鹰', () => {
    const d = tierFor(DEFAULT_TIER_CRITERIA, person(70, [], { birthDate: '1980-01-01' }), TODAY);
    expect(d.tier).toBeNull();
    expect(d.gaps.map((g) => [g.tier, g.reachable])).toEqual([
      ['rising', false],
      ['elite', true],
      ['leading', true],
    ]);
    expect(d.next?.tier).toBe('elite');
    expect(d.explanation.map((e) => e.zh)).toEqual([
      '暂未达到任何人才层级',
      '距精英人才还需：',
      '岗位画像匹配度需 ≥ 80 分，当前 70 分（差 10 分）',
      '需具备以下之一：中级及以上职称、技师及以上证书',
    ]);
  });

  it('points a young person with no tier at 雏鹰', () => {
    const d = tierFor(DEFAULT_TIER_CRITERIA, person(50), TODAY);
    expect(d.next?.tier).toBe('rising');
    expect(d.next?.missing.map((m) => m.zh)).toEqual(['岗位画像匹配度需 ≥ 60 分，当前 50 分（差 10 分）']);
  });

  it('follows a tenant’s own thresholds, in any order', () => {
    const criteria = zTierCriteria.parse([
      { tier: 'rising', minMatch: 50, maxAge: 40 },
      { tier: 'leading', minMatch: 85 },
    ]);
    expect(tierFor(criteria, person(85), TODAY).tier).toBe('leading');
    expect(tierFor(criteria, person(84.9), TODAY).tier).toBe('rising');
    expect(tierFor(criteria, person(84.9), TODAY).next?.tier).toBe('leading');
  });
});
