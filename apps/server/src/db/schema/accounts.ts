import { orgNode } from './org';
import { person } from './people';
import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const account = pgTable('account', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  phone: text('phone').unique(),
  /** For e-mail reminders (optional). */
  email: text('email'),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  personId: uuid('person_id')
    .unique()
    .references(() => person.id),
  disabled: boolean('disabled').notNull().default(false),
  mustChangePassword: boolean('must_change_password').notNull().default(true),
  demo: boolean('demo').notNull().default(false),
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'string' }),
  lastLoginAt: timestamp('last_login_at', { withTimezone: true, mode: 'string' }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true, mode: 'string' }),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

// (account, role, org node): the grant's scope is the node's subtree.
export const roleAssignment = pgTable(
  'role_assignment',
  {
    id: uuid('id').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    orgNodeId: uuid('org_node_id')
      .notNull()
      .references(() => orgNode.id),
    grantedBy: uuid('granted_by'),
    grantedAt: timestamp('granted_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('role_assignment_account_idx').on(t.accountId)],
);

// Server-side sessions so several app instances can share one PostgreSQL. Only a hash of the token is kept.
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    accountId: uuid('account_id')
      .notNull()
      .references(() => account.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  },
  (t) => [index('session_account_idx').on(t.accountId)],
);
