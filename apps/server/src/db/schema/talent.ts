import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { orgNode } from './org';
import { person } from './people';

// Talent profiles (人才画像, 骨干人才数据仓库, 后备人才库). A committee or branch keeps its job portraits
// (copied from the built-ins and edited); people carry credentials and indicator scores against a
// portrait; the branch assigns tiers (领军 / 精英 / 雏鹰) and keeps the reserve pool with its reviews.

/** A job portrait (zJobPortrait) kept by an org for the people of its subtree. */
export const talentPortrait = pgTable(
  'talent_portrait',
  {
    id: uuid('id').primaryKey(),
    scopeOrgId: uuid('scope_org_id')
      .notNull()
      .references(() => orgNode.id),
    code: text('code').notNull(),
    title: text('title').notNull(),
    family: text('family').notNull(),
    /** The built-in portrait it was copied from, if any. */
    builtinCode: text('builtin_code'),
    /** The whole portrait (zJobPortrait) as one validated document. */
    definition: jsonb('definition').notNull(),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('talent_portrait_code_idx').on(t.scopeOrgId, t.code)],
);

/** Certificates, titles, training, awards and competition results (zCredential) of a person. */
export const talentCredential = pgTable(
  'talent_credential',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    kind: text('kind', { enum: ['certificate', 'title', 'training', 'award', 'competition'] }).notNull(),
    name: text('name').notNull(),
    level: text('level'),
    issuer: text('issuer'),
    obtainedOn: date('obtained_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }),
    result: text('result'),
    certificateNo: text('certificate_no'),
    origin: text('origin', { enum: ['manual', 'import'] }).notNull(),
    /** The upload that brought it (its SHA-256 and file name are in the audit log). */
    importId: uuid('import_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_credential_person_idx').on(t.personId, t.obtainedOn),
    index('talent_credential_obtained_idx').on(t.obtainedOn),
  ],
);

/**
 * Indicator scores (0..100) of a person against a portrait's indicators, as recorded: each entry keeps
 * the day and who scored; the latest entry per indicator counts, earlier ones stay as history.
 */
export const talentScore = pgTable(
  'talent_score',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    portraitId: uuid('portrait_id')
      .notNull()
      .references(() => talentPortrait.id),
    indicatorCode: text('indicator_code').notNull(),
    score: numeric('score').notNull(),
    scoredOn: date('scored_on', { mode: 'string' }).notNull(),
    note: text('note'),
    scoredBy: uuid('scored_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('talent_score_person_idx').on(t.personId, t.portraitId, t.indicatorCode, t.scoredOn)],
);

/** A person's tier (领军 / 精英 / 雏鹰) over time; the row without `ended_on` is the current one. */
export const talentTierAssignment = pgTable(
  'talent_tier_assignment',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    tier: text('tier', { enum: ['leading', 'elite', 'rising'] }).notNull(),
    portraitId: uuid('portrait_id').references(() => talentPortrait.id),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    reason: text('reason').notNull(),
    /** What the criteria said on the day (a snapshot, for the record): the match and the tier reached. */
    matchScore: numeric('match_score'),
    suggestedTier: text('suggested_tier'),
    assignedBy: uuid('assigned_by'),
    endedOn: date('ended_on', { mode: 'string' }),
    endedReason: text('ended_reason'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_tier_person_idx').on(t.personId),
    uniqueIndex('talent_tier_current_idx').on(t.personId).where(sql`${t.endedOn} IS NULL`),
  ],
);

/** 后备人才库: a person's entry, matched against a portrait under entry criteria, reviewed on dates. */
export const talentReserveEntry = pgTable(
  'talent_reserve_entry',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    portraitId: uuid('portrait_id')
      .notNull()
      .references(() => talentPortrait.id),
    enteredOn: date('entered_on', { mode: 'string' }).notNull(),
    targetTier: text('target_tier'),
    direction: text('direction'),
    /** The entry criteria (zTalentCriteria) as they stood when the person entered. */
    criteria: jsonb('criteria').notNull(),
    lastReviewedOn: date('last_reviewed_on', { mode: 'string' }),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    reviewMonths: integer('review_months').notNull(),
    status: text('status', { enum: ['active', 'removed'] }).notNull(),
    removedOn: date('removed_on', { mode: 'string' }),
    removedReason: text('removed_reason'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('talent_reserve_person_idx').on(t.personId),
    // One active entry per person at a time.
    uniqueIndex('talent_reserve_active_idx').on(t.personId).where(sql`${t.status} = 'active'`),
  ],
);

/** A review of a pool entry: kept (the next review date moves) or removed, with the reason. */
export const talentReserveReview = pgTable(
  'talent_reserve_review',
  {
    id: uuid('id').primaryKey(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => talentReserveEntry.id),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    outcome: text('outcome', { enum: ['keep', 'remove'] }).notNull(),
    reason: text('reason'),
    /** What the review found on the day (a snapshot): criteria met, and the match score. */
    meetsCriteria: boolean('meets_criteria').notNull(),
    matchScore: numeric('match_score'),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    reviewedBy: uuid('reviewed_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('talent_reserve_review_entry_idx').on(t.entryId, t.reviewedOn)],
);
