import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// The business-unit tree (公司 / 工厂 / 车间 / 科室 / 班组), separate from the Party tree.
export const businessUnit = pgTable(
  'business_unit',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id').references((): AnyPgColumn => businessUnit.id),
    path: text('path').notNull(),
    type: text('type', { enum: ['company', 'factory', 'workshop', 'department', 'team'] }).notNull(),
    name: text('name').notNull(),
    code: text('code').notNull().unique(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('business_unit_path_idx').using('btree', sql`${t.path} text_pattern_ops`)],
);

// The Party organisation tree. `path` is the materialised path of ids ("/root/child/.../self/") so that
// "everything under X" is one indexed prefix match.
export const orgNode = pgTable(
  'org_node',
  {
    id: uuid('id').primaryKey(),
    parentId: uuid('parent_id').references((): AnyPgColumn => orgNode.id),
    path: text('path').notNull(),
    depth: integer('depth').notNull(),
    type: text('type', { enum: ['committee', 'general_branch', 'branch', 'group'] }).notNull(),
    isJoint: boolean('is_joint').notNull().default(false),
    isTemporary: boolean('is_temporary').notNull().default(false),
    name: text('name').notNull(),
    shortName: text('short_name'),
    code: text('code').notNull().unique(),
    businessUnitId: uuid('business_unit_id').references(() => businessUnit.id),
    foundedOn: date('founded_on', { mode: 'string' }),
    contactName: text('contact_name'),
    contactPhone: text('contact_phone'),
    sortOrder: integer('sort_order').notNull().default(0),
    dissolvedAt: timestamp('dissolved_at', { withTimezone: true, mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('org_node_path_idx').using('btree', sql`${t.path} text_pattern_ops`),
    index('org_node_parent_idx').on(t.parentId),
  ],
);

// Business history of a node (renames, moves, dissolution) shown on the node's page. The audit log
// records the same writes for the auditor; this table is the users' view.
export const orgHistory = pgTable(
  'org_history',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    kind: text('kind', { enum: ['created', 'updated', 'renamed', 'moved', 'dissolved'] }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorAccountId: uuid('actor_account_id'),
  },
  (t) => [index('org_history_node_idx').on(t.orgNodeId, t.at)],
);

// A committee term (届期) of an org node, and who held which post in it.
export const committeeTerm = pgTable(
  'committee_term',
  {
    id: uuid('id').primaryKey(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    electedOn: date('elected_on', { mode: 'string' }),
    note: text('note'),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('committee_term_org_idx').on(t.orgNodeId)],
);

export const committeePost = pgTable(
  'committee_post',
  {
    id: uuid('id').primaryKey(),
    termId: uuid('term_id')
      .notNull()
      .references(() => committeeTerm.id, { onDelete: 'cascade' }),
    orgNodeId: uuid('org_node_id').notNull(),
    personId: uuid('person_id').notNull(),
    post: text('post').notNull(),
    fromOn: date('from_on', { mode: 'string' }).notNull(),
    toOn: date('to_on', { mode: 'string' }),
  },
  (t) => [index('committee_post_term_idx').on(t.termId), index('committee_post_person_idx').on(t.personId)],
);
