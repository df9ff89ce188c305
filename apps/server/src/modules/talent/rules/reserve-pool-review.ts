import { DEFAULT_REVIEW_MONTHS, type ReserveEntry } from '@zhibu/shared';
import { addMonths } from '../../../platform/clock';
import { daysBetween } from './credential-status';
import { checkCriteria } from './talent-criteria';
import type { Bilingual, TalentPerson } from './types';

// 后备人才库 dynamic management: every entry is reviewed on its review date (yearly by default), and
// anyone who no longer meets the entry criteria is flagged for removal. Nothing is removed here: a
// removal is a decision the branch records, with the reasons this review gives.

/** What the review reads of an entry; stored rows with more columns fit as they are. */
export type ReserveEntryFacts = Pick<ReserveEntry, 'enteredOn' | 'criteria'> &
  Partial<Pick<ReserveEntry, 'lastReviewedOn' | 'nextReviewOn' | 'reviewMonths'>>;

export type ReserveAction = 'keep' | 'review' | 'suggest_removal';

export type ReserveReviewItem<E extends ReserveEntryFacts = ReserveEntryFacts> = {
  entry: E;
  dueOn: string;
  /** Days from today to `dueOn`: 0 is due today, negative is overdue. */
  daysUntilDue: number;
  due: boolean;
  /** Not yet due, but within the `soonDays` window. */
  dueSoon: boolean;
  meetsCriteria: boolean;
  missing: Bilingual[];
  /** suggest_removal when the criteria are no longer met, else review when due, else keep. */
  action: ReserveAction;
  explanation: Bilingual[];
};

export type ReserveReview<E extends ReserveEntryFacts = ReserveEntryFacts> = {
  /** Every entry, in the order given. */
  items: ReserveReviewItem<E>[];
  /** Due entries, most overdue first. */
  due: ReserveReviewItem<E>[];
  dueSoon: ReserveReviewItem<E>[];
  /** Entries that no longer meet their entry criteria, due or not. */
  suggestRemoval: ReserveReviewItem<E>[];
};

export const DEFAULT_SOON_DAYS = 30;

/** The review date after a review held on `reviewedOn` (what to store as the new `nextReviewOn`). */
export function nextReviewAfter(reviewedOn: string, months: number = DEFAULT_REVIEW_MONTHS): string {
  return addMonths(reviewedOn, months);
}

/**
 * The review date in force: the stored `nextReviewOn`, unless a review was held on or after it (the
 * stored date is then stale), else the last review or the entry date plus `reviewMonths`.
 */
export function reviewDueOn(entry: ReserveEntryFacts): string {
  const last = entry.lastReviewedOn ?? null;
  if (entry.nextReviewOn && (!last || entry.nextReviewOn > last)) return entry.nextReviewOn;
  return nextReviewAfter(last ?? entry.enteredOn, entry.reviewMonths ?? DEFAULT_REVIEW_MONTHS);
}

function whenLine(dueOn: string, days: number): Bilingual {
  if (days < 0) {
    return {
      zh: `复核日期 ${dueOn}，已逾期 ${-days} 天`,
      en: `Review was due on ${dueOn}, ${-days} days overdue`,
    };
  }
  if (days === 0) return { zh: `复核日期 ${dueOn}，今日到期`, en: `Review due today (${dueOn})` };
  return { zh: `复核日期 ${dueOn}，还有 ${days} 天`, en: `Review due on ${dueOn}, in ${days} days` };
}

export function reviewReserveEntry<E extends ReserveEntryFacts>(
  entry: E,
  person: TalentPerson,
  today: string,
  soonDays: number = DEFAULT_SOON_DAYS,
): ReserveReviewItem<E> {
  const dueOn = reviewDueOn(entry);
  const daysUntilDue = daysBetween(today, dueOn);
  const due = daysUntilDue <= 0;
  const dueSoon = !due && daysUntilDue <= soonDays;
  const check = checkCriteria(entry.criteria, person, today);
  const action: ReserveAction = !check.met ? 'suggest_removal' : due ? 'review' : 'keep';

  const explanation: Bilingual[] = [whenLine(dueOn, daysUntilDue)];
  if (check.met) {
    explanation.push({ zh: '仍符合入库条件', en: 'Still meets the entry criteria' }, ...check.reasons);
  } else {
    explanation.push(
      {
        zh: '已不符合入库条件，建议经复核后移出后备人才库（系统不会自动移出）',
        en: 'No longer meets the entry criteria; removal is suggested after review (never automatic)',
      },
      ...check.missing,
    );
  }
  return {
    entry,
    dueOn,
    daysUntilDue,
    due,
    dueSoon,
    meetsCriteria: check.met,
    missing: check.missing,
    action,
    explanation,
  };
}

export function reservePoolReview<E extends ReserveEntryFacts>(
  entries: readonly { entry: E; person: TalentPerson }[],
  today: string,
  options: { soonDays?: number } = {},
): ReserveReview<E> {
  const items = entries.map(({ entry, person }) =>
    reviewReserveEntry(entry, person, today, options.soonDays),
  );
  const due = items.filter((i) => i.due).sort((a, b) => a.daysUntilDue - b.daysUntilDue);
  const dueSoon = items.filter((i) => i.dueSoon).sort((a, b) => a.daysUntilDue - b.daysUntilDue);
  const suggestRemoval = items.filter((i) => i.action === 'suggest_removal');
  return { items, due, dueSoon, suggestRemoval };
}
