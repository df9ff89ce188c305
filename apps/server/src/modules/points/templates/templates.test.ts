import {
  type PointCategory,
  type PointItem,
  type PointRuleSetDefinition,
  zPointRuleSet,
  zPointRuleSetDefinition,
} from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { balanceOf, derivePointEntries, type PointLedgerEntry, type PointSourceEvent } from '../rules';
import {
  BUILTIN_POINT_TEMPLATES,
  findPointTemplate,
  ruleSetFromTemplate,
  type BuiltinPointTemplate,
} from './index';

// The built-in templates are plain data; these checks keep their documented numbers (domain-rules §6.1).

function template(key: string): BuiltinPointTemplate {
  const t = findPointTemplate(key);
  if (!t) throw new Error(`no template ${key}`);
  return t;
}

const item = (d: PointRuleSetDefinition, code: string): PointItem => {
  const found = d.items.find((i) => i.code === code);
  if (!found) throw new Error(`no item ${code}`);
  return found;
};

/** The most an item set can add over a year, by its yearly caps (quarterly ×4, monthly ×12). */
function yearlyMax(items: readonly PointItem[]): number {
  const periods = { year: 1, quarter: 4, month: 12 } as const;
  return items.reduce((s, i) => s + (i.cap ? i.cap.points * periods[i.cap.period] : Infinity), 0);
}

const positivesIn = (d: PointRuleSetDefinition, category: PointCategory) =>
  d.items.filter((i) => i.category === category && i.sign === 'positive');

/** Ledger rows of one person from derived entries, approved as automatic entries are. */
const approved = (
  events: PointSourceEvent[],
  rules: ReturnType<typeof ruleSetFromTemplate>,
): PointLedgerEntry[] =>
  derivePointEntries(rules, events).map((e, i) => ({ ...e, id: `e${i}`, status: 'approved' }));

const attended = (id: string, date: string, types: PointSourceEvent['meetingTypes']): PointSourceEvent => ({
  kind: 'meeting.attended',
  sourceType: 'meeting',
  sourceId: id,
  occurredOn: date,
  meetingTypes: types,
  people: [{ personId: 'p1' }],
});

describe('built-in points templates', () => {
  it('lists three templates with unique keys and both names', () => {
    expect(BUILTIN_POINT_TEMPLATES.map((t) => t.key)).toEqual([
      'base-sixty',
      'pioneer-index',
      'negative-list',
    ]);
    for (const t of BUILTIN_POINT_TEMPLATES) {
      expect(t.zh.length, t.key).toBeGreaterThan(0);
      expect(t.en.length, t.key).toBeGreaterThan(0);
      expect(t.descriptionZh.length, t.key).toBeGreaterThan(20);
    }
  });

  it.each(BUILTIN_POINT_TEMPLATES.map((t) => [t.key, t] as const))('%s parses unchanged', (_key, t) => {
    const parsed = zPointRuleSetDefinition.safeParse(t.definition);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues)).toBe(true);
    expect(parsed.data).toEqual(t.definition);
  });

  it.each(BUILTIN_POINT_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s becomes a valid rule set for a year',
    (_key, t) => {
      const rules = ruleSetFromTemplate(t, 2026);
      expect(zPointRuleSet.safeParse(rules).success).toBe(true);
      expect([rules.code, rules.name, rules.year, rules.version]).toEqual([t.key, t.zh, 2026, 1]);
      expect(rules.items).toEqual(t.definition.items);
    },
  );

  it.each(BUILTIN_POINT_TEMPLATES.map((t) => [t.key, t] as const))(
    '%s scores attendance and deductions from the records',
    (_key, t) => {
      const kinds = new Set(t.definition.items.flatMap((i) => (i.source ? [i.source.kind] : [])));
      expect(kinds.has('meeting.absent_unexcused')).toBe(true);
      expect(kinds.has('dues.late')).toBe(true);
    },
  );

  it('knows no other template', () => {
    expect(findPointTemplate('star')).toBeUndefined();
  });
});

describe('基础分60+加减分', () => {
  const d = template('base-sixty').definition;
  const rules = ruleSetFromTemplate(template('base-sixty'), 2025);

  it('starts at 60 and stays within 0–100', () => {
    expect([d.model, d.basePoints, d.minTotal, d.maxTotal, d.positiveCap]).toEqual([
      'base_plus',
      60,
      0,
      100,
      null,
    ]);
    expect(d.items).toHaveLength(12);
  });

  it.each<[string, number, string, number]>([
    ['S1', 2, 'year', 12],
    ['S2', 2, 'year', 4],
    ['S3', 2, 'year', 4],
    ['O1', 3, 'year', 12],
    ['O2', 2, 'year', 8],
  ])('%s gives %d each up to its cap', (code, points, period, cap) => {
    const i = item(d, code);
    expect([i.points, i.cap?.period, i.cap?.points]).toEqual([points, period, cap]);
  });

  it('gives 政治学习 and 组织生活 20 points each, so a full year reaches 100', () => {
    expect(yearlyMax(positivesIn(d, 'political_study'))).toBe(20);
    expect(yearlyMax(positivesIn(d, 'org_life'))).toBe(20);
    expect(d.basePoints + 20 + 20).toBe(d.maxTotal);
  });

  it('counts 三会一课 for the four meeting types only', () => {
    expect(item(d, 'O1').source).toEqual({
      kind: 'meeting.attended',
      meetingTypes: ['general_meeting', 'committee_meeting', 'group_meeting', 'party_lesson'],
    });
    expect(item(d, 'O2').source?.meetingTypes).toEqual(['theme_day']);
  });

  it('scores a year of meetings: 三会一课 stop at 12, 主题党日 at 8', () => {
    const meetings = Array.from({ length: 12 }, (_, m) =>
      attended(`g${m}`, `2025-${String(m + 1).padStart(2, '0')}-05`, ['committee_meeting']),
    );
    const days = Array.from({ length: 6 }, (_, m) => attended(`t${m}`, `2025-0${m + 1}-20`, ['theme_day']));
    const b = balanceOf(rules, approved([...meetings, ...days], rules));
    expect(b.categories.find((c) => c.category === 'org_life')).toEqual({
      category: 'org_life',
      positive: 20,
      negative: 0,
    });
    expect(b.total).toBe(80);
  });
});

describe('先锋指数', () => {
  const d = template('pioneer-index').definition;
  const rules = ruleSetFromTemplate(template('pioneer-index'), 2025);

  it('is base 80 + bonuses up to 20 − deductions, final 0–100, claimed quarterly', () => {
    expect([d.basePoints, d.positiveCap, d.minTotal, d.maxTotal, d.claimPeriod]).toEqual([
      80,
      20,
      0,
      100,
      'quarter',
    ]);
  });

  it('asks evidence for every claim, which the branch audits', () => {
    const claims = d.items.filter((i) => i.awardedBy === 'self_claim');
    expect(claims.length).toBeGreaterThanOrEqual(4);
    expect(claims.every((i) => i.evidenceRequired && i.sign === 'positive' && i.cap !== null)).toBe(true);
  });

  it('has more bonus on offer than the 20 that count, and deductions besides', () => {
    expect(yearlyMax(d.items.filter((i) => i.sign === 'positive'))).toBeGreaterThan(20);
    expect(d.items.filter((i) => i.sign === 'negative').map((i) => [i.code, i.points])).toEqual([
      ['M1', 2],
      ['M2', 2],
      ['M3', 3],
      ['M4', 5],
    ]);
  });

  it('holds a busy year to 100 and takes deductions off after the cap', () => {
    const meetings = Array.from({ length: 12 }, (_, m) =>
      attended(`g${m}`, `2025-${String(m + 1).padStart(2, '0')}-05`, ['general_meeting']),
    );
    const hours: PointSourceEvent = {
      kind: 'volunteer.hours',
      sourceType: 'volunteer_record',
      sourceId: 'v',
      occurredOn: '2025-05-01',
      people: [{ personId: 'p1', units: 40 }],
    };
    const late: PointSourceEvent = {
      kind: 'dues.late',
      sourceType: 'dues_reminder',
      sourceId: 'r',
      occurredOn: '2025-11-01',
      people: [{ personId: 'p1' }],
    };
    const claims: PointLedgerEntry[] = ['02', '05', '08', '11'].flatMap((m) => [
      {
        id: `c${m}`,
        ruleCode: 'P3',
        personId: 'p1',
        points: 2,
        units: 1,
        occurredOn: `2025-${m}-10`,
        status: 'approved' as const,
      },
      {
        id: `d${m}`,
        ruleCode: 'P3',
        personId: 'p1',
        points: 2,
        units: 1,
        occurredOn: `2025-${m}-11`,
        status: 'approved' as const,
      },
    ]);
    const b = balanceOf(rules, [...approved([...meetings, hours, late], rules), ...claims]);
    // 8 (attendance, 2 a quarter) + 4 (volunteering, capped) + 16 (commitments) = 28 → 20.
    expect([b.positive, b.negative, b.total]).toEqual([20, 2, 98]);
  });
});

describe('负面清单与月度扣分', () => {
  const d = template('negative-list').definition;
  const rules = ruleSetFromTemplate(template('negative-list'), 2025);

  it('starts every period from 100 and only deducts', () => {
    expect([d.basePoints, d.minTotal, d.maxTotal]).toEqual([100, 0, 100]);
    expect(d.items.every((i) => i.sign === 'negative')).toBe(true);
  });

  it('covers the five areas of the monthly sheet', () => {
    expect([...new Set(d.items.map((i) => i.category))].sort()).toEqual([
      'discipline',
      'duty',
      'integrity',
      'org_life',
      'political_study',
    ]);
  });

  it.each<[string, number, string | null]>([
    ['L1', 2, 'meeting.absent_unexcused'],
    ['L2', 2, 'meeting.absent_unexcused'],
    ['L3', 2, 'meeting.absent_unexcused'],
    ['L4', 2, 'dues.late'],
    ['L5', 3, null],
    ['L6', 10, null],
  ])('%s deducts %d', (code, points, kind) => {
    const i = item(d, code);
    expect([i.points, i.source?.kind ?? null, i.cap]).toEqual([
      points,
      kind,
      { period: 'month', points: 20 },
    ]);
  });

  it('has the six typical veto triggers, each a branch decision with evidence', () => {
    const vetoes = d.items.filter((i) => i.veto);
    expect(vetoes.map((i) => i.title)).toEqual([
      '受到纪检监察机关立案查处',
      '参与群体性事件或非法组织',
      '违法犯罪',
      '严重违背社会公德、家庭美德',
      '在网络上散布谣言或发表不当言论',
      '违规信访、越级缠访闹访',
    ]);
    expect(vetoes.every((i) => i.awardedBy === 'branch' && i.evidenceRequired && i.points === 0)).toBe(true);
  });

  it('deducts monthly and zeroes the year on a veto', () => {
    const absent = (id: string, date: string, types: PointSourceEvent['meetingTypes']): PointSourceEvent => ({
      kind: 'meeting.absent_unexcused',
      sourceType: 'meeting',
      sourceId: id,
      occurredOn: date,
      meetingTypes: types,
      people: [{ personId: 'p1' }],
    });
    const entries = approved(
      [absent('a', '2025-03-05', ['committee_meeting']), absent('b', '2025-03-20', ['theme_day'])],
      rules,
    );
    expect(entries.map((e) => [e.ruleCode, e.points])).toEqual([
      ['L2', -2],
      ['L3', -2],
    ]);
    expect(balanceOf(rules, entries, { kind: 'month', month: 3 }).total).toBe(96);
    expect(balanceOf(rules, entries, { kind: 'month', month: 4 }).total).toBe(100);
    const veto: PointLedgerEntry = {
      id: 'x',
      ruleCode: 'X3',
      personId: 'p1',
      points: 0,
      units: 1,
      occurredOn: '2025-09-01',
      status: 'approved',
    };
    const year = balanceOf(rules, [...entries, veto]);
    expect([year.vetoed, year.total, year.vetoItems.map((v) => v.code)]).toEqual([true, 0, ['X3']]);
  });
});
