import { pointItemOf, type PointCapPeriod, type PointItem, type PointRuleSet } from '@zhibu/shared';
import { capBucketOf, yearOf } from './dates';
import { formatPoints, round2 } from './format';
import type { Bilingual, CappedEntry, PointLedgerEntry } from './types';

// Item caps (domain-rules §6.1: "caps per item are normal"). Per person, item and cap period the
// entries are taken in date order; the one that crosses the cap counts in part, later ones count 0.
// Entries of the same day keep the order they were given in (ledger order), so pass them as stored.
// Only approved entries count: a claim awaiting review must not use up a cap an approved entry needs.
// A reversal and the entry it reverses are both left out before capping, so an entry booked after a
// removed one takes the cap room back.

const CAP_PERIOD_WORDS: Record<PointCapPeriod, Bilingual> = {
  month: { zh: '本月', en: 'this month' },
  quarter: { zh: '本季度', en: 'this quarter' },
  year: { zh: '本年度', en: 'this year' },
};

function capNote(item: PointItem, counted: number): Bilingual {
  const cap = item.cap!;
  const when = CAP_PERIOD_WORDS[cap.period];
  const limit = formatPoints(cap.points);
  const part = formatPoints(Math.abs(counted));
  return counted === 0
    ? {
        zh: `${when.zh}“${item.title}”已达上限 ${limit} 分，本条计 0 分`,
        en: `"${item.title}" reached its cap of ${limit} points ${when.en}; this entry counts 0`,
      }
    : {
        zh: `${when.zh}“${item.title}”上限 ${limit} 分，本条计 ${part} 分`,
        en: `"${item.title}" is capped at ${limit} points ${when.en}; this entry counts ${part}`,
      };
}

const NOTES = {
  claimed: { zh: '待支部审核，暂不计分', en: 'Awaiting the branch’s review; not counted yet' },
  rejected: { zh: '审核未通过，不计分', en: 'Rejected; not counted' },
  reversed: {
    zh: '已冲销（来源记录已修改或删除）',
    en: 'Reversed (the source record was edited or deleted)',
  },
  reversal: { zh: '冲销分录，与原分录相抵', en: 'Reversal; nets out with the entry it reverses' },
  unknownItem: { zh: '积分规则中无此条目，不计分', en: 'No such item in the rule set; not counted' },
  outsideYear: { zh: '不在本积分年度内，不计分', en: 'Outside the rule set’s year; not counted' },
} satisfies Record<string, Bilingual>;

/** Why an entry counts nothing whatever the caps, or null when the caps decide. */
function exclusion(
  entry: PointLedgerEntry,
  item: PointItem | undefined,
  reversedIds: ReadonlySet<string>,
  year: number,
): { outcome: CappedEntry['outcome']; note: Bilingual } | null {
  if (entry.reversesEntryId) return { outcome: 'reversal', note: NOTES.reversal };
  if (reversedIds.has(entry.id)) return { outcome: 'reversed', note: NOTES.reversed };
  if (entry.status === 'claimed') return { outcome: 'not_approved', note: NOTES.claimed };
  if (entry.status === 'rejected') return { outcome: 'not_approved', note: NOTES.rejected };
  if (yearOf(entry.occurredOn) !== year) return { outcome: 'outside_year', note: NOTES.outsideYear };
  if (!item) return { outcome: 'unknown_item', note: NOTES.unknownItem };
  return null;
}

/**
 * Per entry, in the order given, the points that count after the item caps. Works over many people at
 * once (caps are kept per person). Pass every entry of the year up to the last day you read: a yearly
 * cap met in March also holds in May.
 */
export function applyCaps(
  ruleSet: Pick<PointRuleSet, 'year' | 'items'>,
  entries: readonly PointLedgerEntry[],
): CappedEntry[] {
  const ids = new Set(entries.map((e) => e.id));
  const reversedIds = new Set(
    entries.flatMap((e) => (e.reversesEntryId && ids.has(e.reversesEntryId) ? [e.reversesEntryId] : [])),
  );

  const results = new Map<PointLedgerEntry, CappedEntry>();
  const capped: { entry: PointLedgerEntry; item: PointItem }[] = [];
  for (const entry of entries) {
    const item = pointItemOf(ruleSet, entry.ruleCode);
    const excluded = exclusion(entry, item, reversedIds, ruleSet.year);
    if (excluded) {
      results.set(entry, { entry, counted: 0, outcome: excluded.outcome, explanation: excluded.note });
    } else {
      capped.push({ entry, item: item! });
    }
  }

  // Stable sort: same-day entries keep the caller's (ledger) order.
  capped.sort((a, b) =>
    a.entry.occurredOn < b.entry.occurredOn ? -1 : a.entry.occurredOn > b.entry.occurredOn ? 1 : 0,
  );
  const used = new Map<string, number>();
  for (const { entry, item } of capped) {
    if (!item.cap) {
      results.set(entry, { entry, counted: round2(entry.points), outcome: 'counted', explanation: null });
      continue;
    }
    const bucket = [entry.personId, item.code, capBucketOf(entry.occurredOn, item.cap.period)].join('|');
    const before = used.get(bucket) ?? 0;
    const magnitude = Math.abs(entry.points);
    const room = Math.max(0, round2(item.cap.points - before));
    const counts = Math.min(magnitude, room);
    used.set(bucket, round2(before + counts));
    const counted = round2(Math.sign(entry.points) * counts);
    if (counts === magnitude) {
      results.set(entry, { entry, counted, outcome: 'counted', explanation: null });
    } else {
      results.set(entry, {
        entry,
        counted,
        outcome: counts === 0 ? 'capped' : 'partial',
        explanation: capNote(item, counted),
      });
    }
  }
  return entries.map((e) => results.get(e)!);
}
