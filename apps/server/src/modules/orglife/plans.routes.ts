import { zIsoDate } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIn } from '../../platform/clock';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { zMeetingType } from './orglife.schemas';
import { addPlanItem, deletePlanItem, generatePlan, listPlan, updatePlanItem } from './plans';

const tags = ['organisational life'];
const Year = z.coerce.number().int().min(2000).max(2100);
const Month = z.coerce.number().int().min(1).max(12);

/** The annual plan of organisational life per org: drafted from the rules, then edited by the branch. */
export const planRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  app.get(
    '/api/v1/plans',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        querystring: z.object({ orgId: z.string().uuid(), year: Year, month: Month.optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                month: z.number(),
                meetingType: zMeetingType,
                title: z.string(),
                plannedOn: z.string().nullable(),
                note: z.string().nullable(),
                status: z.enum(['done', 'overdue', 'upcoming']),
                meetingIds: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await listPlan(db, ctx(req), req.query.orgId, req.query.year, todayIn(deps.config.timeZone), req.query.month) }),
  );

  app.post(
    '/api/v1/plans/generate',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        body: z.object({ orgNodeId: z.string().uuid(), year: Year, replace: z.boolean().default(false) }),
        response: { 201: z.object({ items: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => generatePlan(tx, ctx(req), req.body))),
  );

  app.post(
    '/api/v1/plans/items',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        body: z.object({
          orgNodeId: z.string().uuid(),
          year: Year,
          month: Month,
          meetingType: zMeetingType,
          title: z.string().trim().min(1).max(100),
          plannedOn: zIsoDate.nullable().optional(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => addPlanItem(tx, ctx(req), req.body))),
  );

  app.patch(
    '/api/v1/plans/items/:id',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        params: z.object({ id: z.string().uuid() }),
        body: z.object({
          title: z.string().trim().min(1).max(100).optional(),
          month: Month.optional(),
          plannedOn: zIsoDate.nullable().optional(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => updatePlanItem(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/v1/plans/items/:id',
    { config: { permission: 'meeting:write' }, schema: { tags, params: z.object({ id: z.string().uuid() }) } },
    async (req, reply) => {
      await db.transaction((tx) => deletePlanItem(tx, ctx(req), req.params.id));
      return reply.status(204).send();
    },
  );
};
