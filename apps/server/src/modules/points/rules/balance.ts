import {
  pointItemOf,
  POINT_CATEGORIES,
  POINT_UNITS,
  type PointCategory,
  type PointItem,
  type PointPeriod,
  type PointRuleSet,
} from '@zhibu/shared';
import { applyCaps } from './apply-caps';
import { periodBounds, periodName } from './dates';
import { formatPoints, round2, signed } from './format';
import type {
  Bilingual,
  CappedEntry,
  CategorySubtotal,
  PointBalance,
  PointLedgerEntry,
  VetoHit,
} from './types';

// A person's points for a period of the rule set's year (model base_plus):
//   total = clamp(base + positive − negative, minTotal, maxTotal), or 0 after a veto.
// positive and negative are what the period's entries count; caps are still read over the whole year
// (a yearly cap met in Q1 holds in Q2), and so is the total positive cap: the four quarters' positive
// points add up to the year's. The base is the rule set's base in every period, because each period
// is read as a score of its own (a monthly deduction sheet starts every month from the base).

const COUNTING = new Set<CappedEntry['outcome']>(['counted', 'partial', 'capped']);

const byDate = (a: CappedEntry, b: CappedEntry) =>
  a.entry.occurredOn < b.entry.occurredOn ? -1 : a.entry.occurredOn > b.entry.occurredOn ? 1 : 0;

function sum(values: readonly number[]): number {
  return round2(values.reduce((s, v) => s + v, 0));
}

function clamp(n: number, min: number | null, max: number | null): number {
  if (min !== null && n < min) return min;
  if (max !== null && n > max) return max;
  return n;
}

function unitWords(item: PointItem, units: number): Bilingual {
  const unit = POINT_UNITS.find((u) => u.value === item.unit)!;
  return {
    zh: `${formatPoints(units)} ${unit.zh}`,
    en: `${formatPoints(units)} ${unit.en}${units === 1 ? '' : 's'}`,
  };
}

function itemLines(ruleSet: PointRuleSet, inPeriod: readonly CappedEntry[]): Bilingual[] {
  const lines: Bilingual[] = [];
  for (const item of ruleSet.items) {
    if (item.veto) continue;
    const mine = inPeriod.filter((c) => c.entry.ruleCode === item.code && COUNTING.has(c.outcome));
    if (mine.length === 0) continue;
    const units = unitWords(item, sum(mine.map((c) => c.entry.units)));
    const raw = sum(mine.map((c) => c.entry.points));
    const counted = sum(mine.map((c) => c.counted));
    const capped = raw !== counted;
    lines.push({
      zh: `“${item.title}” ${units.zh}，${signed(counted)} 分${capped ? `（已达上限，原 ${signed(raw)} 分）` : ''}`,
      en: `"${item.title}" ${units.en}, ${signed(counted)} points${capped ? ` (capped from ${signed(raw)})` : ''}`,
    });
  }
  return lines;
}

function pendingLine(inPeriod: readonly CappedEntry[]): Bilingual[] {
  const pending = inPeriod.filter((c) => c.entry.status === 'claimed' && c.outcome === 'not_approved');
  if (pending.length === 0) return [];
  const points = signed(sum(pending.map((c) => c.entry.points)));
  return [
    {
      zh: `另有 ${pending.length} 条申报待审核（${points} 分），审核通过后计入`,
      en:
        pending.length === 1
          ? `1 claim (${points} points) awaits review and counts once approved`
          : `${pending.length} claims (${points} points) await review and count once approved`,
    },
  ];
}

function categoriesOf(ruleSet: PointRuleSet, inPeriod: readonly CappedEntry[]): CategorySubtotal[] {
  const used = new Set(ruleSet.items.map((i) => i.category));
  const categoryOf = (c: CappedEntry): PointCategory | undefined =>
    pointItemOf(ruleSet, c.entry.ruleCode)?.category;
  return POINT_CATEGORIES.filter((c) => used.has(c.value)).map(({ value }) => {
    const counted = inPeriod.filter((c) => categoryOf(c) === value).map((c) => c.counted);
    return {
      category: value,
      positive: sum(counted.filter((p) => p > 0)),
      negative: sum(counted.filter((p) => p < 0).map((p) => -p)),
    };
  });
}

function vetoHits(ruleSet: PointRuleSet, upToEnd: readonly CappedEntry[]): VetoHit[] {
  return upToEnd.flatMap((c) => {
    const item = pointItemOf(ruleSet, c.entry.ruleCode);
    return item?.veto && COUNTING.has(c.outcome)
      ? [{ code: item.code, title: item.title, occurredOn: c.entry.occurredOn, entryId: c.entry.id }]
      : [];
  });
}

/**
 * One person's balance for a period of the rule set's year (default: the whole year). Pass all of the
 * person's entries of the year, reversals and pending claims included; the rules decide what counts.
 * Throws when the entries belong to more than one person: use `balancesByPerson` for a list.
 */
export function balanceOf(
  ruleSet: PointRuleSet,
  entries: readonly PointLedgerEntry[],
  period: PointPeriod = { kind: 'year' },
): PointBalance {
  const people = new Set(entries.map((e) => e.personId));
  if (people.size > 1) throw new Error('balanceOf reads one person’s entries; use balancesByPerson');
  const { from, to } = periodBounds(ruleSet.year, period);
  const name = periodName(ruleSet.year, period);

  const upToEnd = applyCaps(
    ruleSet,
    entries.filter((e) => e.occurredOn <= to),
  ).sort(byDate);
  const before = upToEnd.filter((c) => c.entry.occurredOn < from);
  const inPeriod = upToEnd.filter((c) => c.entry.occurredOn >= from);

  const positiveOf = (list: readonly CappedEntry[]) => sum(list.map((c) => c.counted).filter((p) => p > 0));
  const positiveBeforeCap = positiveOf(inPeriod);
  const cap = ruleSet.positiveCap;
  const earlier = positiveOf(before);
  const positive =
    cap === null
      ? positiveBeforeCap
      : round2(Math.min(cap, earlier + positiveBeforeCap) - Math.min(cap, earlier));
  const negative = sum(
    inPeriod
      .map((c) => c.counted)
      .filter((p) => p < 0)
      .map((p) => -p),
  );

  const vetoItems = vetoHits(ruleSet, upToEnd);
  const vetoed = vetoItems.length > 0;
  const raw = round2(ruleSet.basePoints + positive - negative);
  const clamped = clamp(raw, ruleSet.minTotal, ruleSet.maxTotal);
  const total = vetoed ? 0 : clamped;

  const lines: Bilingual[] = [
    {
      zh: `基础分 ${formatPoints(ruleSet.basePoints)} 分`,
      en: `Base points ${formatPoints(ruleSet.basePoints)}`,
    },
    ...itemLines(ruleSet, inPeriod),
    ...pendingLine(inPeriod),
  ];
  if (positive !== positiveBeforeCap && cap !== null) {
    lines.push(
      period.kind === 'year'
        ? {
            zh: `加分合计 ${formatPoints(positiveBeforeCap)} 分，超过加分上限 ${formatPoints(cap)} 分，按 ${formatPoints(positive)} 分计`,
            en: `Bonus points ${formatPoints(positiveBeforeCap)} exceed the cap of ${formatPoints(cap)}; ${formatPoints(positive)} count`,
          }
        : {
            zh: `本期加分 ${formatPoints(positiveBeforeCap)} 分，全年加分上限 ${formatPoints(cap)} 分（此前已计 ${formatPoints(Math.min(cap, earlier))} 分），按 ${formatPoints(positive)} 分计`,
            en: `Bonus points ${formatPoints(positiveBeforeCap)} this period; the year's cap is ${formatPoints(cap)} (${formatPoints(Math.min(cap, earlier))} used before); ${formatPoints(positive)} count`,
          },
    );
  }
  if (vetoed) {
    const titles = [...new Set(vetoItems.map((v) => v.title))];
    lines.push({
      zh: `一票否决：${titles.map((t) => `“${t}”`).join('、')}，积分计 0 分`,
      en: `Veto: ${titles.map((t) => `"${t}"`).join(', ')}; the points are 0`,
    });
  } else if (clamped !== raw) {
    const raised = clamped > raw;
    lines.push({
      zh: `合计 ${formatPoints(raw)} 分，${raised ? '低于下限' : '超过上限'}，按 ${formatPoints(clamped)} 分计`,
      en: `${formatPoints(raw)} is ${raised ? 'below the minimum' : 'above the maximum'}; ${formatPoints(clamped)} counts`,
    });
  }
  lines.push({
    zh: `${name.zh}积分 ${formatPoints(total)} 分`,
    en: `Total for ${name.en}: ${formatPoints(total)} points`,
  });

  return {
    year: ruleSet.year,
    period,
    from,
    to,
    base: ruleSet.basePoints,
    positive,
    negative,
    vetoed,
    vetoItems,
    total,
    categories: categoriesOf(ruleSet, inPeriod),
    lines,
    entries: inPeriod,
  };
}

/**
 * Balances of many people at once, e.g. a branch's list. People in `personIds` without entries get the
 * base balance; people with entries are included whether listed or not.
 */
export function balancesByPerson(
  ruleSet: PointRuleSet,
  entries: readonly PointLedgerEntry[],
  period: PointPeriod = { kind: 'year' },
  personIds: readonly string[] = [],
): Map<string, PointBalance> {
  const byPerson = new Map<string, PointLedgerEntry[]>(personIds.map((id) => [id, []]));
  for (const e of entries) {
    const list = byPerson.get(e.personId);
    if (list) list.push(e);
    else byPerson.set(e.personId, [e]);
  }
  return new Map([...byPerson].map(([id, list]) => [id, balanceOf(ruleSet, list, period)]));
}
