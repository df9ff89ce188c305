import type {
  MeetingType,
  PointCategory,
  PointEntryStatus,
  PointEventKind,
  PointPeriod,
} from '@zhibu/shared';

export type Bilingual = { zh: string; en: string };

/**
 * A record of another module that may earn points, as that module reports it: one kind, one source
 * record, the day it happened and the people it names. A meeting reports two events (who attended, who
 * was absent without leave) with the same source; derive both and reconcile them together.
 */
export type PointSourceEvent = {
  kind: PointEventKind;
  /** The kind of record, e.g. 'meeting', 'volunteer_record', 'project', 'dues_reminder'. */
  sourceType: string;
  sourceId: string;
  /** YYYY-MM-DD. */
  occurredOn: string;
  /** meeting.* events: every type the sitting was (a 主题党日 may also be a 党员大会). */
  meetingTypes?: readonly MeetingType[];
  /** `units` is the person's hours for volunteer.hours and is ignored for per-occurrence kinds. */
  people: readonly { personId: string; units?: number }[];
};

/** A ledger entry before it is written. `points` carries the sign: deductions are negative. */
export type PointEntryDraft = {
  ruleCode: string;
  personId: string;
  points: number;
  units: number;
  sourceType: string;
  sourceId: string;
  occurredOn: string;
  /** source type + source id + person + rule code: the one slot a record can score in. */
  idempotencyKey: string;
};

/** An entry already on the ledger that is neither a reversal nor reversed. */
export type ActivePointEntry = PointEntryDraft & { id: string };

/** One row to append: a new entry (reversesEntryId null) or the reversal of an earlier one. */
export type LedgerAppend = PointEntryDraft & { reversesEntryId: string | null };

/** A ledger row as the balance rules read it. */
export type PointLedgerEntry = {
  id: string;
  ruleCode: string;
  personId: string;
  /** Signed: deductions and reversals of awards are negative. */
  points: number;
  units: number;
  occurredOn: string;
  status: PointEntryStatus;
  reversesEntryId?: string | null;
};

/**
 * What the caps made of an entry:
 * - counted: in full; partial: the entry crossed its cap and counts in part; capped: the cap was already
 *   reached, it counts 0;
 * - not_approved: a claim awaiting review or a rejected one; reversed / reversal: netted out;
 * - unknown_item: the rule set has no such item; outside_year: dated outside the rule set's year.
 */
export type CapOutcome =
  | 'counted'
  | 'partial'
  | 'capped'
  | 'not_approved'
  | 'reversed'
  | 'reversal'
  | 'unknown_item'
  | 'outside_year';

export type CappedEntry = {
  entry: PointLedgerEntry;
  /** Signed points that count toward the balance. */
  counted: number;
  outcome: CapOutcome;
  /** Why the entry counts less than its points; null when it counts in full. */
  explanation: Bilingual | null;
};

export type CategorySubtotal = { category: PointCategory; positive: number; negative: number };

export type VetoHit = { code: string; title: string; occurredOn: string; entryId: string };

export type PointBalance = {
  year: number;
  period: PointPeriod;
  /** First and last day of the period, YYYY-MM-DD. */
  from: string;
  to: string;
  base: number;
  /** Added inside the period, after the item caps and the rule set's total positive cap. */
  positive: number;
  /** Deducted inside the period, after the item caps, as a positive number. */
  negative: number;
  /** True when an approved veto entry stands on or before the period's last day. */
  vetoed: boolean;
  vetoItems: VetoHit[];
  /** base + positive − negative, clamped to the rule set's bounds; 0 when vetoed. */
  total: number;
  /** Subtotals after the item caps (the total positive cap applies to the sum only). */
  categories: CategorySubtotal[];
  /** The number explained line by line, base first and total last. */
  lines: Bilingual[];
  /** Every entry of the period with what it counted, in date order. */
  entries: CappedEntry[];
};
