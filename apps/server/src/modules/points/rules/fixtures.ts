import { type PointItemInput, type PointRuleSet, type PointRuleSetInput, zPointRuleSet } from '@zhibu/shared';
import type { PointLedgerEntry, PointSourceEvent } from './types';

// Rule sets and ledger rows for the rule tests, built through the shared schema so defaults match production.

export const YEAR = 2025;

export const ITEMS = {
  /** 三会一课: 3 per attendance, at most 12 a year. */
  meetings: {
    code: 'O1',
    title: '三会一课',
    category: 'org_life',
    sign: 'positive',
    points: 3,
    cap: { period: 'year', points: 12 },
    awardedBy: 'automatic',
    source: {
      kind: 'meeting.attended',
      meetingTypes: ['general_meeting', 'committee_meeting', 'group_meeting', 'party_lesson'],
    },
  },
  themeDay: {
    code: 'O2',
    title: '主题党日',
    category: 'org_life',
    sign: 'positive',
    points: 2,
    cap: { period: 'year', points: 8 },
    awardedBy: 'automatic',
    source: { kind: 'meeting.attended', meetingTypes: ['theme_day'] },
  },
  notes: {
    code: 'S2',
    title: '学习笔记',
    category: 'political_study',
    sign: 'positive',
    points: 5,
    cap: { period: 'quarter', points: 12 },
    awardedBy: 'self_claim',
    evidenceRequired: true,
  },
  volunteering: {
    code: 'V1',
    title: '志愿服务',
    category: 'volunteering',
    sign: 'positive',
    points: 0.5,
    unit: 'hour',
    awardedBy: 'automatic',
    source: { kind: 'volunteer.hours' },
  },
  task: {
    code: 'D2',
    title: '完成组织交办任务',
    category: 'duty',
    sign: 'positive',
    points: 4,
    cap: { period: 'month', points: 4 },
    awardedBy: 'branch',
  },
  absent: {
    code: 'N1',
    title: '无故缺席',
    category: 'org_life',
    sign: 'negative',
    points: 2,
    awardedBy: 'automatic',
    source: { kind: 'meeting.absent_unexcused' },
  },
  duesLate: {
    code: 'N2',
    title: '党费被催缴',
    category: 'org_life',
    sign: 'negative',
    points: 2,
    awardedBy: 'automatic',
    source: { kind: 'dues.late' },
  },
  refused: {
    code: 'N6',
    title: '拒不接受任务',
    category: 'duty',
    sign: 'negative',
    points: 10,
    cap: { period: 'month', points: 20 },
    awardedBy: 'branch',
  },
  crime: {
    code: 'X3',
    title: '违法犯罪',
    category: 'discipline',
    sign: 'negative',
    points: 0,
    awardedBy: 'branch',
    veto: true,
  },
} satisfies Record<string, PointItemInput>;

export function ruleSet(input: Partial<PointRuleSetInput> = {}): PointRuleSet {
  return zPointRuleSet.parse({
    code: 'test',
    name: '测试积分规则',
    year: YEAR,
    basePoints: 60,
    minTotal: 0,
    maxTotal: 100,
    items: Object.values(ITEMS),
    ...input,
  });
}

let seq = 0;

/** An approved ledger row of person p1; `points` is taken as given (signed). */
export function row(
  ruleCode: string,
  occurredOn: string,
  points: number,
  extra: Partial<PointLedgerEntry> = {},
): PointLedgerEntry {
  seq += 1;
  return {
    id: `e${seq}`,
    ruleCode,
    personId: 'p1',
    points,
    units: 1,
    occurredOn,
    status: 'approved',
    ...extra,
  };
}

export function meeting(
  id: string,
  occurredOn: string,
  attended: string[],
  types: PointSourceEvent['meetingTypes'] = ['general_meeting'],
): PointSourceEvent {
  return {
    kind: 'meeting.attended',
    sourceType: 'meeting',
    sourceId: id,
    occurredOn,
    meetingTypes: types,
    people: attended.map((personId) => ({ personId })),
  };
}
