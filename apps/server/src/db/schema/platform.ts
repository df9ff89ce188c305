import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// Append-only, hash-chained audit trail. Written in the same transaction as the change it records.
export const auditEvent = pgTable(
  'audit_event',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    id: uuid('id').notNull().unique(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorName: text('actor_name'),
    ip: text('ip'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    diff: jsonb('diff'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_event_at_idx').on(t.at),
    index('audit_event_entity_idx').on(t.entityType, t.entityId),
    index('audit_event_actor_idx').on(t.actorAccountId),
  ],
);

export const job = pgTable('job', {
  id: uuid('id').primaryKey(),
  kind: text('kind').notNull(),
  state: text('state', { enum: ['queued', 'running', 'succeeded', 'failed'] }).notNull(),
  progressDone: integer('progress_done').notNull().default(0),
  progressTotal: integer('progress_total').notNull().default(0),
  result: jsonb('result'),
  error: jsonb('error'),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  finishedAt: timestamp('finished_at', { withTimezone: true, mode: 'string' }),
});

// One row: facts about this installation (demo mode at creation, schema owner).
export const installation = pgTable('installation', {
  id: integer('id').primaryKey(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  demo: integer('demo').notNull().default(0),
  seededAt: timestamp('seeded_at', { withTimezone: true, mode: 'string' }),
});
