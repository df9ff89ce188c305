import { orgNode, businessUnit } from './org';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Everyone in the enterprise: members at every Party status and non-member staff (群众).
export const person = pgTable(
  'person',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    ethnicity: text('ethnicity'),
    birthDate: date('birth_date', { mode: 'string' }),
    idNumber: text('id_number').unique(),
    phone: text('phone'),
    education: text('education'),
    jobPost: text('job_post'),
    title: text('title'),
    businessUnitId: uuid('business_unit_id').references(() => businessUnit.id),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    partyGroupId: uuid('party_group_id').references(() => orgNode.id),
    joinedWorkOn: date('joined_work_on', { mode: 'string' }),
    partyStatus: text('party_status', {
      enum: ['none', 'applicant', 'activist', 'development', 'probationary', 'full'],
    }).notNull(),
    appliedOn: date('applied_on', { mode: 'string' }),
    activistOn: date('activist_on', { mode: 'string' }),
    developmentOn: date('development_on', { mode: 'string' }),
    admittedOn: date('admitted_on', { mode: 'string' }),
    confirmedOn: date('confirmed_on', { mode: 'string' }),
    excludedFromQuorum: boolean('excluded_from_quorum').notNull().default(false),
    quorumExclusionReason: text('quorum_exclusion_reason'),
    quorumExclusionRef: text('quorum_exclusion_ref'),
    importBatchId: uuid('import_batch_id'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [
    index('person_org_idx').on(t.orgNodeId),
    index('person_group_idx').on(t.partyGroupId),
    index('person_name_idx').on(t.name),
    index('person_status_idx').on(t.partyStatus),
  ],
);

// A person's placement and status over time: "who belonged to branch B on date D" for any past date.
export const membershipPeriod = pgTable(
  'membership_period',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    partyGroupId: uuid('party_group_id'),
    partyStatus: text('party_status').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    index('membership_period_person_idx').on(t.personId),
    index('membership_period_org_idx').on(t.orgNodeId, t.validFrom),
  ],
);

export const personHistory = pgTable(
  'person_history',
  {
    id: uuid('id').primaryKey(),
    personId: uuid('person_id')
      .notNull()
      .references(() => person.id),
    kind: text('kind', { enum: ['created', 'updated', 'status_changed', 'transferred', 'imported'] }).notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    effectiveOn: date('effective_on', { mode: 'string' }),
    note: text('note'),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorAccountId: uuid('actor_account_id'),
  },
  (t) => [index('person_history_person_idx').on(t.personId, t.at)],
);

// Roster imports: rows are staged here, checked row by row and set-wise, then written in one transaction.
export const importBatch = pgTable('import_batch', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  fileSha256: text('file_sha256').notNull(),
  state: text('state', { enum: ['validating', 'validated', 'invalid', 'committing', 'committed', 'failed'] }).notNull(),
  totalRows: integer('total_rows').notNull().default(0),
  invalidRows: integer('invalid_rows').notNull().default(0),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  committedAt: timestamp('committed_at', { withTimezone: true, mode: 'string' }),
});

export const importRow = pgTable(
  'import_row',
  {
    batchId: uuid('batch_id')
      .notNull()
      .references(() => importBatch.id, { onDelete: 'cascade' }),
    rowNo: integer('row_no').notNull(),
    data: jsonb('data').notNull(),
    errors: jsonb('errors').notNull(),
  },
  (t) => [index('import_row_batch_idx').on(t.batchId, t.rowNo)],
);
