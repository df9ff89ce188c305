import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { orgNode } from './org';
import { person } from './people';

// Organisational life: a sitting (meeting) may satisfy several types at once (a 主题党日 that hosts a
// 党员大会 and a 党课), so types is an array, not one type per row.
export const meeting = pgTable(
  'meeting',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    types: text('types').array().notNull(),
    title: text('title').notNull(),
    status: text('status', { enum: ['planned', 'held', 'recorded', 'reviewed', 'returned'] }).notNull(),
    plannedStart: timestamp('planned_start', { withTimezone: true, mode: 'string' }),
    actualStart: timestamp('actual_start', { withTimezone: true, mode: 'string' }),
    actualEnd: timestamp('actual_end', { withTimezone: true, mode: 'string' }),
    /** The meeting's day in the installation's calendar: what compliance counts. */
    heldOn: date('held_on', { mode: 'string' }),
    place: text('place'),
    online: boolean('online').notNull().default(false),
    chairPersonId: uuid('chair_person_id').references(() => person.id),
    recorderPersonId: uuid('recorder_person_id').references(() => person.id),
    lecturerPersonId: uuid('lecturer_person_id').references(() => person.id),
    lessonTopic: text('lesson_topic'),
    firstTopic: boolean('first_topic').notNull().default(false),
    partners: text('partners'),
    agenda: text('agenda'),
    minutes: text('minutes'),
    validity: jsonb('validity'),
    returnReason: text('return_reason'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    /** Attendance counted when the facts are derived: expected members, and those of them present (the rate's terms). */
    expectedCount: integer('expected_count').notNull().default(0),
    presentCount: integer('present_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('meeting_org_day_idx').on(t.orgNodeId, t.heldOn), index('meeting_day_idx').on(t.heldOn)],
);

export const meetingAttendance = pgTable(
  'meeting_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    /** On the roster of who should attend (derived from membership on the meeting date). */
    expected: boolean('expected').notNull(),
    /** Counts towards the quorum (full members not excluded with approval; committee for 支委会). */
    voting: boolean('voting').notNull(),
    status: text('status', { enum: ['present', 'absent', 'nonvoting', 'written_opinion'] }).notNull(),
    absenceReason: text('absence_reason', { enum: ['public', 'sick', 'personal', 'other'] }),
    note: text('note'),
    signedInAt: timestamp('signed_in_at', { withTimezone: true, mode: 'string' }),
    source: text('source', { enum: ['manual', 'qr'] }).notNull().default('manual'),
  },
  (t) => [uniqueIndex('meeting_attendance_pk').on(t.meetingId, t.personId), index('meeting_attendance_person_idx').on(t.personId)],
);

export const meetingResolution = pgTable(
  'meeting_resolution',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    text: text('text').notNull(),
    yes: integer('yes').notNull().default(0),
    no: integer('no').notNull().default(0),
    abstain: integer('abstain').notNull().default(0),
    writtenYes: integer('written_yes').notNull().default(0),
  },
  (t) => [index('meeting_resolution_meeting_idx').on(t.meetingId)],
);

// Facts derived from records (domain-model "record once, derive the rest"): unique per kind, source and
// person, so re-deriving after an edit replaces instead of adding.
export const fact = pgTable(
  'fact',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: uuid('source_id').notNull(),
    orgNodeId: uuid('org_node_id').notNull(),
    personId: uuid('person_id'),
    onDate: date('on_date', { mode: 'string' }).notNull(),
    value: numeric('value'),
    data: jsonb('data'),
  },
  (t) => [
    // Source first: re-deriving a record's facts (and the points that follow them) finds them by source.
    uniqueIndex('fact_unique_idx').on(t.sourceId, t.kind, sql`coalesce(${t.personId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    // Covers the compliance aggregate (kind, day → org) so it can be answered from the index alone.
    index('fact_kind_date_idx').on(t.kind, t.onDate, t.orgNodeId),
    // Covers the rating metrics' reads of an org's facts of a kind (day → source) in date order, so they
    // are answered from the index alone.
    index('fact_org_kind_idx').on(t.orgNodeId, t.kind, t.onDate, t.sourceId),
    index('fact_person_kind_idx').on(t.personId, t.kind, t.onDate),
    // Covers the study hours summed by person over a date range (rating metrics), from the index alone.
    index('fact_class_hours_idx')
      .on(t.onDate, t.orgNodeId, t.personId, t.value)
      .where(sql`${t.kind} = 'class_hours'`),
  ],
);

/**
 * Each person's organisational life by quarter of a year, kept with the facts it sums (re-derived with
 * them, never edited): study hours (the class_hours facts) and the last day attended (the attended
 * facts). Ratings judge a whole roster's hours and absence from it instead of a year of facts.
 */
export const memberActivity = pgTable(
  'member_activity',
  {
    personId: uuid('person_id').notNull(),
    year: integer('year').notNull(),
    hoursQ1: doublePrecision('hours_q1').notNull().default(0),
    hoursQ2: doublePrecision('hours_q2').notNull().default(0),
    hoursQ3: doublePrecision('hours_q3').notNull().default(0),
    hoursQ4: doublePrecision('hours_q4').notNull().default(0),
    attendedQ1: date('attended_q1', { mode: 'string' }),
    attendedQ2: date('attended_q2', { mode: 'string' }),
    attendedQ3: date('attended_q3', { mode: 'string' }),
    attendedQ4: date('attended_q4', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.year] })],
);

export const attachment = pgTable(
  'attachment',
  {
    id: uuid('id').primaryKey(),
    ownerType: text('owner_type').notNull(),
    ownerId: uuid('owner_id').notNull(),
    fileName: text('file_name').notNull(),
    mime: text('mime').notNull(),
    bytes: integer('bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    thumbKey: text('thumb_key'),
    uploadedBy: uuid('uploaded_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('attachment_owner_idx').on(t.ownerType, t.ownerId)],
);

// Versioned frequency rules per year (and optionally per org type); defaults apply when none exist.
export const frequencyRuleSet = pgTable('frequency_rule_set', {
  id: uuid('id').primaryKey(),
  year: integer('year').notNull(),
  version: integer('version').notNull(),
  rules: jsonb('rules').notNull(),
  note: text('note'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

// 谈心谈话: who talked with whom, when, about what, and what follows.
export const talk = pgTable(
  'talk',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    talkedOn: date('talked_on', { mode: 'string' }).notNull(),
    initiatorPersonId: uuid('initiator_person_id')
      .notNull()
      .references(() => person.id),
    partnerPersonId: uuid('partner_person_id')
      .notNull()
      .references(() => person.id),
    trigger: text('trigger').notNull().default('routine'),
    topic: text('topic').notNull(),
    followUp: text('follow_up'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('talk_org_day_idx').on(t.orgNodeId, t.talkedOn)],
);

// 民主评议党员: a yearly round per branch; self, mutual (ballots) and organisational evaluation.
export const appraisalRound = pgTable(
  'appraisal_round',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    year: integer('year').notNull(),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [uniqueIndex('appraisal_round_org_year_idx').on(t.orgNodeId, t.year)],
);

export const appraisalEntry = pgTable(
  'appraisal_entry',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => appraisalRound.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    selfGrade: text('self_grade'),
    selfSummary: text('self_summary'),
    orgGrade: text('org_grade'),
    vetoSource: text('veto_source'),
    vetoReason: text('veto_reason'),
    note: text('note'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [uniqueIndex('appraisal_entry_pk').on(t.roundId, t.personId)],
);

export const appraisalBallot = pgTable(
  'appraisal_ballot',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => appraisalRound.id, { onDelete: 'cascade' }),
    voterPersonId: uuid('voter_person_id').notNull(),
    targetPersonId: uuid('target_person_id').notNull(),
    grade: text('grade').notNull(),
  },
  (t) => [uniqueIndex('appraisal_ballot_pk').on(t.roundId, t.voterPersonId, t.targetPersonId)],
);

// Annual plan of organisational life per org, generated from the rules and editable.
export const planItem = pgTable(
  'plan_item',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    year: integer('year').notNull(),
    month: integer('month').notNull(),
    meetingType: text('meeting_type').notNull(),
    title: text('title').notNull(),
    plannedOn: date('planned_on', { mode: 'string' }),
    note: text('note'),
    createdBy: uuid('created_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('plan_item_org_year_idx').on(t.orgNodeId, t.year, t.month)],
);

// In-app notification centre; one notice per account and dedupe key, so reminders never repeat.
export const notification = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id').notNull(),
    type: text('type').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [uniqueIndex('notification_dedupe_idx').on(t.accountId, t.dedupeKey), index('notification_account_idx').on(t.accountId, t.createdAt)],
);

export const notificationPreference = pgTable(
  'notification_preference',
  {
    accountId: uuid('account_id').notNull(),
    type: text('type').notNull(),
    inApp: boolean('in_app').notNull().default(true),
    email: boolean('email').notNull().default(false),
    sms: boolean('sms').notNull().default(false),
  },
  (t) => [uniqueIndex('notification_preference_pk').on(t.accountId, t.type)],
);

// The rectification list (整改清单) a 组织生活会 produces: problems, measures, who, by when, closed when.
export const rectificationItem = pgTable(
  'rectification_item',
  {
    id: uuid('id').primaryKey(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meeting.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    problem: text('problem').notNull(),
    measure: text('measure').notNull(),
    ownerPersonId: uuid('owner_person_id').references(() => person.id),
    dueOn: date('due_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
  },
  (t) => [index('rectification_item_meeting_idx').on(t.meetingId)],
);
