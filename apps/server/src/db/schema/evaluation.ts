import {
  boolean,
  date,
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
import { sql } from 'drizzle-orm';
import { orgNode } from './org';
import { person } from './people';

// Quantified post-performance evaluation (岗位量化评价). A round belongs to one branch and carries a
// frozen copy of its indicator template; its ratees, the signed-in raters' sheets, the anonymous staff
// links and sheets, the branch's entries and vetoes, and at publication the frozen results.
export const evaluationRound = pgTable(
  'evaluation_round',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    templateKey: text('template_key').notNull(),
    /** The indicator template (zIndicatorTemplate) as copied when the round was created; never edited. */
    template: jsonb('template').notNull(),
    year: integer('year').notNull(),
    /** 1–4 for a quarterly round, null for a yearly one. */
    quarter: integer('quarter'),
    title: text('title').notNull(),
    peerSample: integer('peer_sample'),
    /** Seed of the peer sample, so the draw can be repeated and explained. */
    seed: text('seed').notNull(),
    status: text('status', { enum: ['draft', 'open', 'closed', 'published'] }).notNull(),
    /** The roster's date: members and committee as on the day the round opened. */
    rosterOn: date('roster_on', { mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    openedAt: timestamp('opened_at', { withTimezone: true, mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'string' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    publishedBy: uuid('published_by'),
  },
  (t) => [
    // One round per branch and period (a yearly round has quarter 0 here).
    uniqueIndex('evaluation_round_period_idx').on(t.orgNodeId, t.year, sql`coalesce(${t.quarter}, 0)`),
  ],
);

/** Who is rated in a round: the branch's full and probationary members on the roster date. */
export const evaluationRatee = pgTable(
  'evaluation_ratee',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    partyStatus: text('party_status', { enum: ['full', 'probationary'] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId] })],
);

/**
 * A signed-in rater's sheet for one ratee (self, peer or branch committee). `scores` is null until
 * submitted; the rater may change it while the round is open.
 */
export const evaluationSheet = pgTable(
  'evaluation_sheet',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    rateeId: uuid('ratee_id')
      .notNull()
      .references(() => person.id),
    raterGroup: text('rater_group', { enum: ['self', 'peer', 'branch'] }).notNull(),
    raterId: uuid('rater_id')
      .notNull()
      .references(() => person.id),
    scores: jsonb('scores'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('evaluation_sheet_assignment_idx').on(t.roundId, t.rateeId, t.raterGroup, t.raterId),
    index('evaluation_sheet_rater_idx').on(t.raterId, t.roundId),
  ],
);

/**
 * One-time anonymous links for staff (职工群众). Only the SHA-256 of the token is kept, and nothing about
 * who received it; used_at is set once by a conditional UPDATE.
 */
export const evaluationStaffToken = pgTable(
  'evaluation_staff_token',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'string' }),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'string' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('evaluation_staff_token_hash_idx').on(t.tokenHash),
    index('evaluation_staff_token_round_idx').on(t.roundId),
  ],
);

/**
 * A staff member's scores for one ratee. Deliberately without the token, a submission id or a time:
 * nothing joins it to a link (random UUIDv4 ids, not time-ordered ones). Completion is counted from the
 * links' used_at instead.
 */
export const evaluationStaffSheet = pgTable(
  'evaluation_staff_sheet',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    rateeId: uuid('ratee_id')
      .notNull()
      .references(() => person.id),
    scores: jsonb('scores').notNull(),
  },
  (t) => [index('evaluation_staff_sheet_round_idx').on(t.roundId, t.rateeId)],
);

/**
 * The branch's entries: points of a manual indicator, or the metric value of an automatic one entered
 * over the (missing or wrong) automatic value, which needs a reason.
 */
export const evaluationValue = pgTable(
  'evaluation_value',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    indicatorCode: text('indicator_code').notNull(),
    value: numeric('value').notNull(),
    override: boolean('override').notNull(),
    reason: text('reason'),
    enteredBy: uuid('entered_by'),
    enteredAt: timestamp('entered_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId, t.indicatorCode] })],
);

/** 一票否决 marked by the branch on a veto indicator, with its reason. */
export const evaluationVeto = pgTable(
  'evaluation_veto',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    indicatorCode: text('indicator_code').notNull(),
    reason: text('reason').notNull(),
    markedBy: uuid('marked_by'),
    markedAt: timestamp('marked_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId, t.indicatorCode] })],
);

/** Results frozen at publication: what the branch and its members read from then on, never recomputed. */
export const evaluationResult = pgTable(
  'evaluation_result',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    name: text('name').notNull(),
    partyStatus: text('party_status').notNull(),
    total: numeric('total').notNull(),
    vetoed: boolean('vetoed').notNull(),
    grade: text('grade').notNull(),
    /** The member's evaluation (indicators, categories, completion) and the 民主评议 suggestion. */
    result: jsonb('result').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId] })],
);

/** Members' comments on their branch's published results (接受党员监督). */
export const evaluationComment = pgTable(
  'evaluation_comment',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => evaluationRound.id),
    /** The member whose result is commented on; null for the round as a whole. */
    subjectId: uuid('subject_id').references(() => person.id),
    authorAccountId: uuid('author_account_id').notNull(),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('evaluation_comment_round_idx').on(t.roundId, t.createdAt)],
);
