import { zIsoDate, zPage, zPageSize } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { verifyAuditChain } from '../../platform/audit';
import type { AppDeps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/xlsx';
import { findAuditEvents, iterateAuditEvents } from './find-audit-events';

const Filter = z.object({
  q: z.string().trim().max(100).optional(),
  action: z.string().max(64).optional(),
  entityType: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actor: z.string().max(50).optional(),
  from: zIsoDate.optional(),
  to: zIsoDate.optional(),
});

const AuditEventDto = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.string(),
  actorAccountId: z.string().nullable(),
  actorName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  diff: z.unknown(),
});

const tags = ['audit'];

/** The audit administrator reads, filters, exports and verifies the log. Nothing here can change it. */
export const auditRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;

  app.get(
    '/api/v1/audit-events',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags,
        querystring: Filter.extend({ page: zPage, pageSize: zPageSize }),
        response: {
          200: z.object({ items: z.array(AuditEventDto), total: z.number(), page: z.number(), pageSize: z.number() }),
        },
      },
    },
    async (req) => findAuditEvents(db, req.query),
  );

  app.get(
    '/api/v1/audit-events/export.xlsx',
    { config: { permission: 'audit:read' }, schema: { tags, querystring: Filter } },
    async (req, reply) =>
      sendWorkbook(reply, `audit-${new Date().toISOString().slice(0, 10)}.xlsx`, {
        sheet: '审计日志',
        columns: [
          { header: '序号', width: 10 },
          { header: '时间', width: 24 },
          { header: '操作人', width: 16 },
          { header: 'IP', width: 16 },
          { header: '操作', width: 24 },
          { header: '对象类型', width: 16 },
          { header: '对象ID', width: 38 },
          { header: '变更内容', width: 80 },
        ],
        rows: (async function* () {
          for await (const page of iterateAuditEvents(db, req.query)) {
            for (const e of page) {
              yield [e.seq, e.at, e.actorName, e.ip, e.action, e.entityType, e.entityId, e.diff ? JSON.stringify(e.diff) : ''];
            }
          }
        })(),
      }),
  );

  app.get(
    '/api/v1/audit-events/verify',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags,
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            brokenAt: z.object({ seq: z.number(), id: z.string(), reason: z.string() }).optional(),
          }),
        },
      },
    },
    async () => verifyAuditChain(db),
  );
};
