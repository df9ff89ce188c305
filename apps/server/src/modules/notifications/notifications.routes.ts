import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../../platform/audit';
import { auditActor } from '../../platform/context';
import { one, rows } from '../../platform/db';
import type { AppDeps } from '../../platform/deps';
import { notFound } from '../../platform/errors';
import { contextOf } from '../../platform/http';
import { NOTIFICATION_TYPE_LABELS, NOTIFICATION_TYPES } from './notification-types';

const tags = ['notifications'];
const NoticeDto = z.object({
  id: z.string(),
  type: z.string(),
  title: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
const PreferenceDto = z.object({
  type: z.enum(NOTIFICATION_TYPES),
  label: z.string(),
  inApp: z.boolean(),
  email: z.boolean(),
  sms: z.boolean(),
});

/** Each signed-in user's own notices and their per-type opt-outs. */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const me = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  app.get(
    '/api/v1/notifications',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        querystring: z.object({ unread: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.object({ items: z.array(NoticeDto), unread: z.number() }) },
      },
    },
    async (req) => {
      const id = me(req).actor.accountId;
      const [items, unread] = await Promise.all([
        rows<z.infer<typeof NoticeDto>>(
          db,
          sql`SELECT id, type, title, body, link, created_at AS "createdAt", read_at AS "readAt" FROM notification
              WHERE account_id = ${id} ${req.query.unread === 'true' ? sql`AND read_at IS NULL` : sql``}
              ORDER BY created_at DESC LIMIT 100`,
        ),
        one<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM notification WHERE account_id = ${id} AND read_at IS NULL`),
      ]);
      return { items, unread: unread?.n ?? 0 };
    },
  );

  app.post(
    '/api/v1/notifications/:id/read',
    { config: { permission: 'authenticated' }, schema: { tags, params: z.object({ id: z.string().uuid() }) } },
    async (req, reply) => {
      const c = me(req);
      await db.transaction(async (tx) => {
        const n = await one<{ id: string }>(
          tx,
          sql`UPDATE notification SET read_at = coalesce(read_at, now()) WHERE id = ${req.params.id} AND account_id = ${c.actor.accountId} RETURNING id`,
        );
        if (!n) throw notFound();
        await recordAudit(tx, auditActor(c), { action: 'notification.read', entityType: 'notification', entityId: n.id });
      });
      return reply.status(204).send();
    },
  );

  app.post('/api/v1/notifications/read-all', { config: { permission: 'authenticated' }, schema: { tags } }, async (req, reply) => {
    const c = me(req);
    await db.transaction(async (tx) => {
      const r = await rows<{ id: string }>(
        tx,
        sql`UPDATE notification SET read_at = now() WHERE account_id = ${c.actor.accountId} AND read_at IS NULL RETURNING id`,
      );
      await recordAudit(tx, auditActor(c), { action: 'notification.read_all', entityType: 'account', entityId: c.actor.accountId, after: { count: r.length } });
    });
    return reply.status(204).send();
  });

  app.get(
    '/api/v1/notifications/preferences',
    { config: { permission: 'authenticated' }, schema: { tags, response: { 200: z.object({ items: z.array(PreferenceDto) }) } } },
    async (req) => {
      const saved = await rows<{ type: string; inApp: boolean; email: boolean; sms: boolean }>(
        db,
        sql`SELECT type, in_app AS "inApp", email, sms FROM notification_preference WHERE account_id = ${me(req).actor.accountId}`,
      );
      return {
        items: NOTIFICATION_TYPES.map((type) => {
          const s = saved.find((x) => x.type === type);
          return { type, label: NOTIFICATION_TYPE_LABELS[type].zh, inApp: s?.inApp ?? true, email: s?.email ?? false, sms: s?.sms ?? false };
        }),
      };
    },
  );

  app.put(
    '/api/v1/notifications/preferences',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags,
        body: z.object({
          items: z.array(z.object({ type: z.enum(NOTIFICATION_TYPES), inApp: z.boolean(), email: z.boolean(), sms: z.boolean() })).max(20),
        }),
      },
    },
    async (req, reply) => {
      const c = me(req);
      await db.transaction(async (tx) => {
        for (const p of req.body.items) {
          await tx.execute(sql`INSERT INTO notification_preference (account_id, type, in_app, email, sms)
            VALUES (${c.actor.accountId}, ${p.type}, ${p.inApp}, ${p.email}, ${p.sms})
            ON CONFLICT (account_id, type) DO UPDATE SET in_app = excluded.in_app, email = excluded.email, sms = excluded.sms`);
        }
        await recordAudit(tx, auditActor(c), { action: 'notification.preferences', entityType: 'account', entityId: c.actor.accountId, after: { items: req.body.items } });
      });
      return reply.status(204).send();
    },
  );
};
