import { MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { FactChange } from '../../platform/fact-events';
import { inUuids } from '../../platform/sql-helpers';
import { activeEntriesOfSources, appendEntries, type NewEntry } from './ledger.repository';
import { participants } from './participants';
import { refreshBalances } from './refresh-balances';
import { ruleSetsInForce, versionInForce, type RuleSetRow } from './rule-sets.repository';
import { derivePointEntries, reconcileSource, type ActivePointEntry, type PointEntryDraft, type PointSourceEvent } from './rules/index';

// Automatic points from the facts meetings yield: who attended (meeting.attended, with the sitting's
// types) and who gave the Party lesson (lesson.given). Each person scores under the rule set in force
// for their own organisation in the sitting's year. Re-deriving compares with what the sitting earned
// before and appends only the difference (reversals, then new entries), so an edited meeting scores once.

type FactRow = { kind: string; sourceId: string; personId: string | null; onDate: string };

const TYPES = new Set<string>(MEETING_TYPES.values);

function eventsOf(facts: readonly FactRow[]): Map<string, PointSourceEvent[]> {
  const bySource = new Map<string, FactRow[]>();
  for (const f of facts) bySource.set(f.sourceId, [...(bySource.get(f.sourceId) ?? []), f]);
  const out = new Map<string, PointSourceEvent[]>();
  for (const [sourceId, list] of bySource) {
    const onDate = list[0]!.onDate;
    const meetingTypes = list
      .filter((f) => f.kind.startsWith('meeting_held.'))
      .map((f) => f.kind.slice('meeting_held.'.length))
      .filter((t): t is MeetingType => TYPES.has(t));
    const people = (kind: string) => list.filter((f) => f.kind === kind && f.personId).map((f) => ({ personId: f.personId! }));
    out.set(sourceId, [
      { kind: 'meeting.attended', sourceType: 'meeting', sourceId, occurredOn: onDate, meetingTypes, people: people('attended') },
      { kind: 'lesson.given', sourceType: 'meeting', sourceId, occurredOn: onDate, meetingTypes, people: people('lesson_given') },
    ]);
  }
  return out;
}

/** The nearest published rule set of the person's organisation for a year. */
function ruleSetFor(sets: readonly RuleSetRow[], orgPath: string, year: number): RuleSetRow | undefined {
  return sets.find((s) => s.year === year && orgPath.startsWith(s.scopePath));
}

export async function pointsFromFacts(ex: Executor, change: FactChange): Promise<void> {
  if (change.sourceType !== 'meeting' || change.sourceIds.length === 0) return;
  const facts = await rows<FactRow>(
    ex,
    sql`SELECT f.kind, f.source_id AS "sourceId", f.person_id AS "personId", f.on_date AS "onDate" FROM fact f
        WHERE f.source_type = 'meeting' AND ${inUuids(sql`f.source_id`, change.sourceIds)}
          AND (f.kind IN ('attended', 'lesson_given') OR f.kind LIKE 'meeting_held.%')`,
  );
  const existing = await activeEntriesOfSources(ex, 'meeting', change.sourceIds);
  if (facts.length === 0 && existing.length === 0) return;
  const events = eventsOf(facts);
  const people = await participants(ex, [...new Set([...facts.map((f) => f.personId), ...existing.map((e) => e.personId)].filter((p): p is string => !!p))]);
  const years = [...new Set(facts.map((f) => Number(f.onDate.slice(0, 4))))];
  const sets = await ruleSetsInForce(ex, years);

  const append: NewEntry[] = [];
  const touched = new Map<string, { ruleSet: RuleSetRow | undefined; people: Set<string> }>();
  const ruleSetById = new Map(sets.map((s) => [s.id, s]));
  for (const sourceId of change.sourceIds) {
    const desired: (PointEntryDraft & { ruleSetId: string; orgNodeId: string })[] = [];
    for (const event of events.get(sourceId) ?? []) {
      // Each person under their own rule set: group the people of the event by it.
      const groups = new Map<string, { ruleSet: RuleSetRow; people: PointSourceEvent['people'][number][] }>();
      for (const p of event.people) {
        const who = people.get(p.personId);
        const rs = who && ruleSetFor(sets, who.orgPath, Number(event.occurredOn.slice(0, 4)));
        if (!rs) continue;
        groups.set(rs.id, { ruleSet: rs, people: [...(groups.get(rs.id)?.people ?? []), p] });
      }
      for (const { ruleSet, people: list } of groups.values()) {
        for (const d of derivePointEntries(ruleSet.definition, { ...event, people: list })) {
          desired.push({ ...d, ruleSetId: ruleSet.id, orgNodeId: people.get(d.personId)!.orgNodeId });
        }
      }
    }
    const before = existing.filter((e) => e.sourceId === sourceId);
    const active: ActivePointEntry[] = before.map((e) => ({
      id: e.id,
      ruleCode: e.ruleCode,
      personId: e.personId,
      points: e.points,
      units: e.units,
      sourceType: e.sourceType!,
      sourceId: e.sourceId!,
      occurredOn: e.occurredOn,
      idempotencyKey: e.idempotencyKey!,
    }));
    const { append: rowsToAppend } = reconcileSource(active, desired);
    for (const r of rowsToAppend) {
      const original = r.reversesEntryId ? before.find((e) => e.id === r.reversesEntryId)! : undefined;
      const target = original ? { ruleSetId: original.ruleSetId, orgNodeId: original.orgNodeId } : desired.find((d) => d.idempotencyKey === r.idempotencyKey)!;
      append.push({
        ruleSetId: target.ruleSetId,
        personId: r.personId,
        orgNodeId: target.orgNodeId,
        itemCode: r.ruleCode,
        points: r.points,
        units: r.units,
        occurredOn: r.occurredOn,
        origin: 'automatic',
        sourceType: r.sourceType,
        sourceId: r.sourceId,
        idempotencyKey: r.idempotencyKey,
        reversesId: r.reversesEntryId,
        status: 'approved',
        note: null,
        createdBy: null,
      });
      const t = touched.get(target.ruleSetId) ?? { ruleSet: ruleSetById.get(target.ruleSetId), people: new Set<string>() };
      t.people.add(r.personId);
      touched.set(target.ruleSetId, t);
    }
  }
  await appendEntries(ex, append);
  for (const [ruleSetId, t] of touched) {
    const ruleSet = t.ruleSet ?? (await versionInForce(ex, ruleSetId));
    if (ruleSet) await refreshBalances(ex, ruleSet, [...t.people]);
  }
}
