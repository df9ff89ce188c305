import { boolean, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { orgNode } from './org';
import { person } from './people';

// Members' points (积分制). A rule set is one year's positive and negative lists for the members of an
// organisation's subtree, versioned: a published version is frozen, a new one supersedes it.
export const pointRuleSet = pgTable(
  'point_rule_set',
  {
    id: uuid('id').primaryKey(),
    scopeOrgId: uuid('scope_org_id')
      .notNull()
      .references(() => orgNode.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    year: integer('year').notNull(),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'superseded'] }).notNull(),
    templateKey: text('template_key'),
    /** The rule set (zPointRuleSet) as one validated document. */
    definition: jsonb('definition').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [
    uniqueIndex('point_rule_set_version_idx').on(t.scopeOrgId, t.year, t.version),
    // One rule set in force per subtree and year.
    uniqueIndex('point_rule_set_published_idx').on(t.scopeOrgId, t.year).where(sql`${t.status} = 'published'`),
  ],
);

// The ledger: append-only amounts. A correction is a reversing entry (reverses_id) and never an edit;
// only a claim's review (claimed → approved / rejected) is recorded on the row, with who and why.
export const pointEntry = pgTable(
  'point_entry',
  {
    id: uuid('id').primaryKey(),
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => pointRuleSet.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    /** The member's organisation when the entry was made: whose branch reviews it. */
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    itemCode: text('item_code').notNull(),
    /** Signed: deductions and reversals of awards are negative. */
    points: numeric('points').notNull(),
    units: numeric('units').notNull(),
    occurredOn: date('occurred_on', { mode: 'string' }).notNull(),
    origin: text('origin', { enum: ['automatic', 'claim', 'branch', 'appeal'] }).notNull(),
    sourceType: text('source_type'),
    sourceId: uuid('source_id'),
    idempotencyKey: text('idempotency_key'),
    reversesId: uuid('reverses_id'),
    status: text('status', { enum: ['claimed', 'approved', 'rejected'] }).notNull(),
    note: text('note'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'string' }),
    reviewReason: text('review_reason'),
  },
  (t) => [
    index('point_entry_person_idx').on(t.personId, t.occurredOn),
    index('point_entry_org_status_idx').on(t.orgNodeId, t.status),
    index('point_entry_source_idx').on(t.sourceType, t.sourceId),
    // An entry is reversed at most once.
    uniqueIndex('point_entry_reverses_idx').on(t.reversesId),
  ],
);

// 申诉: a member contests an entry (a rejected claim, a deduction, an automatic award that is wrong).
export const pointAppeal = pgTable(
  'point_appeal',
  {
    id: uuid('id').primaryKey(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => pointEntry.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'upheld', 'dismissed'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'string' }),
    decisionReason: text('decision_reason'),
  },
  (t) => [
    index('point_appeal_org_idx').on(t.orgNodeId, t.status),
    // One open appeal per entry at a time.
    uniqueIndex('point_appeal_open_idx').on(t.entryId).where(sql`${t.status} = 'open'`),
  ],
);

// Balances derived from the ledger in the same transaction as every entry: per person, rule set and
// period (Y, Q1–Q4, M01–M12), so a committee's 300,000 members are read, not recomputed.
export const pointBalance = pgTable(
  'point_balance',
  {
    ruleSetId: uuid('rule_set_id')
      .notNull()
      .references(() => pointRuleSet.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    period: text('period').notNull(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    base: numeric('base').notNull(),
    positive: numeric('positive').notNull(),
    negative: numeric('negative').notNull(),
    total: numeric('total').notNull(),
    vetoed: boolean('vetoed').notNull(),
    /** Claims awaiting review in the period. */
    pending: integer('pending').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ruleSetId, t.period, t.personId] }),
    // Covers every read of a period's balances (all members of a subtree, totals by branch), so they are
    // answered from the index alone: 214,000 members' year balances 1.26 s → 0.67 s with names and sorting.
    index('point_balance_org_idx').on(t.ruleSetId, t.period, t.orgNodeId, t.personId, t.total, t.positive, t.negative, t.vetoed, t.pending),
  ],
);
