import { parseTimestamp } from '../../../lib/dates';
import type { MeetingDetail, MeetingFields } from '../api/types';
import type { MeetingFormValues } from './MeetingForm';

const text = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** Form values → the fields of POST /meetings and PATCH /meetings/:id (empty text becomes null). */
export function toMeetingFields(v: MeetingFormValues): MeetingFields {
  const lesson = v.types.includes('party_lesson');
  return {
    types: v.types,
    title: v.title.trim(),
    plannedStart: v.plannedStart ? v.plannedStart.second(0).millisecond(0).format() : null,
    place: text(v.place),
    online: !!v.online,
    chairPersonId: v.chairPersonId ?? null,
    recorderPersonId: v.recorderPersonId ?? null,
    // The lecturer and topic belong to a 党课 only; dropping the type clears them.
    lecturerPersonId: lesson ? (v.lecturerPersonId ?? null) : null,
    lessonTopic: lesson ? text(v.lessonTopic) : null,
    firstTopic: !!v.firstTopic,
    partners: v.types.includes('joint_activity') ? text(v.partners) : null,
    agenda: text(v.agenda),
  };
}

/** A stored meeting as form values for editing. */
export function toMeetingFormValues(m: MeetingDetail): MeetingFormValues {
  return {
    orgNodeId: m.orgNodeId,
    types: m.types,
    title: m.title,
    plannedStart: parseTimestamp(m.plannedStart),
    place: m.place ?? '',
    online: m.online,
    chairPersonId: m.chairPersonId ?? undefined,
    recorderPersonId: m.recorderPersonId ?? undefined,
    lecturerPersonId: m.lecturerPersonId ?? undefined,
    lessonTopic: m.lessonTopic ?? '',
    firstTopic: m.firstTopic,
    partners: m.partners ?? '',
    agenda: m.agenda ?? '',
  };
}

/** Names of the people already chosen, for the pickers' labels before any search. */
export function knownPeople(m: MeetingDetail): { value: string; label: string }[] {
  const pairs: [string | null, string | null][] = [
    [m.chairPersonId, m.chairName],
    [m.recorderPersonId, m.recorderName],
    [m.lecturerPersonId, m.lecturerName],
  ];
  const seen = new Set<string>();
  const out: { value: string; label: string }[] = [];
  for (const [id, name] of pairs) {
    if (id && name && !seen.has(id)) {
      seen.add(id);
      out.push({ value: id, label: name });
    }
  }
  return out;
}
