import { round2 } from './format';
import type { ActivePointEntry, LedgerAppend, PointEntryDraft } from './types';

// The ledger is append-only (architecture.md, data principles): a record that changes is corrected by
// reversing what it earned before and booking what it earns now. Comparing by the stable idempotency key
// makes this idempotent: re-deriving an unchanged record appends nothing, so it scores once.

export type SourceReconciliation = {
  /** Rows to append in this order: reversals first, then new entries. Empty when nothing changed. */
  append: LedgerAppend[];
  /** Ids of the active entries that the reversals cancel. */
  reversed: string[];
  /** Ids of the active entries that stay as they are. */
  unchanged: string[];
};

function sameBooking(a: PointEntryDraft, b: PointEntryDraft): boolean {
  return (
    round2(a.points) === round2(b.points) &&
    round2(a.units) === round2(b.units) &&
    a.occurredOn === b.occurredOn &&
    a.ruleCode === b.ruleCode &&
    a.personId === b.personId
  );
}

function reversalOf(entry: ActivePointEntry): LedgerAppend {
  const { id, ...rest } = entry;
  // Same key, date and rule as the original, so the pair nets out in whichever period it is read.
  return { ...rest, points: -entry.points, units: -entry.units, reversesEntryId: id };
}

/**
 * What the ledger must append when source records are created, edited or deleted.
 * `existingActiveEntries`: the entries those records earned so far that are neither reversals nor
 * reversed; `desiredEntries`: what they earn now (`derivePointEntries`, or [] after a delete). Every
 * existing entry whose slot is not desired any more is reversed; a changed slot is reversed and booked
 * again; a second active entry in one slot (left by a race) is reversed too.
 */
export function reconcileSource(
  existingActiveEntries: readonly ActivePointEntry[],
  desiredEntries: readonly PointEntryDraft[],
): SourceReconciliation {
  const desired = new Map<string, PointEntryDraft>();
  for (const d of desiredEntries) {
    if (desired.has(d.idempotencyKey)) throw new Error(`duplicate desired entry ${d.idempotencyKey}`);
    desired.set(d.idempotencyKey, d);
  }

  const kept = new Set<string>();
  const reversals: LedgerAppend[] = [];
  const reversed: string[] = [];
  const unchanged: string[] = [];
  for (const e of existingActiveEntries) {
    const wanted = desired.get(e.idempotencyKey);
    if (wanted && !kept.has(e.idempotencyKey) && sameBooking(e, wanted)) {
      kept.add(e.idempotencyKey);
      unchanged.push(e.id);
    } else {
      reversals.push(reversalOf(e));
      reversed.push(e.id);
    }
  }

  const additions: LedgerAppend[] = desiredEntries
    .filter((d) => !kept.has(d.idempotencyKey))
    .map((d) => ({ ...d, reversesEntryId: null }));
  return { append: [...reversals, ...additions], reversed, unchanged };
}
