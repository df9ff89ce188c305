import { pointEventKindSpec, type PointItem, type PointRuleSet } from '@zhibu/shared';
import { yearOf } from './dates';
import { draftEntry } from './entry-draft';
import type { PointEntryDraft, PointSourceEvent } from './types';

// Turns records of other modules into the ledger entries they earn under one year's rule set. Choices:
// - an event dated outside the rule set's year earns nothing under it (pick the rule set by the date);
// - a sitting that is several meeting types scores under every automatic item it matches, once each
//   (a 主题党日 that is also a 党员大会 earns both the 主题党日 and the 三会一课 points);
// - a person named twice scores once per item; for hour-based kinds their hours are added up;
// - people with zero hours earn nothing rather than a zero entry.

function matches(item: PointItem, event: PointSourceEvent): boolean {
  if (item.awardedBy !== 'automatic' || item.source?.kind !== event.kind) return false;
  const wanted = item.source.meetingTypes ?? [];
  if (wanted.length === 0) return true;
  return (event.meetingTypes ?? []).some((t) => wanted.includes(t));
}

/** Units per person: their summed hours for hour-based kinds, else one occurrence. */
function unitsByPerson(event: PointSourceEvent): Map<string, number> {
  const perHour = pointEventKindSpec(event.kind).unit === 'hour';
  const units = new Map<string, number>();
  for (const p of event.people) {
    if (!perHour) {
      units.set(p.personId, 1);
      continue;
    }
    if (p.units === undefined || !Number.isFinite(p.units) || p.units < 0) {
      throw new Error(`${event.kind} needs non-negative hours for ${p.personId}`);
    }
    units.set(p.personId, (units.get(p.personId) ?? 0) + p.units);
  }
  return units;
}

/**
 * The entries one or more events earn, in event, item and person order. Pass every event of one source
 * record (a meeting's attendance and its unexcused absences) and hand the result to `reconcileSource`.
 */
export function derivePointEntries(
  ruleSet: Pick<PointRuleSet, 'year' | 'items'>,
  events: PointSourceEvent | readonly PointSourceEvent[],
): PointEntryDraft[] {
  const list: readonly PointSourceEvent[] = Array.isArray(events) ? events : [events as PointSourceEvent];
  const entries: PointEntryDraft[] = [];
  for (const event of list) {
    if (yearOf(event.occurredOn) !== ruleSet.year) continue;
    const items = ruleSet.items.filter((item) => matches(item, event));
    if (items.length === 0) continue;
    const units = unitsByPerson(event);
    for (const item of items) {
      for (const [personId, u] of units) {
        if (u <= 0) continue;
        entries.push(
          draftEntry(ruleSet, {
            ruleCode: item.code,
            personId,
            units: u,
            sourceType: event.sourceType,
            sourceId: event.sourceId,
            occurredOn: event.occurredOn,
          }),
        );
      }
    }
  }
  return entries;
}
