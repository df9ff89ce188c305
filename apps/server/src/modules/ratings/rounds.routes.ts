import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIn } from '../../platform/clock';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import type { MetricRegistry } from '../../platform/metrics';
import { contentDisposition, XLSX_MIME } from '../../platform/xlsx';
import { startEvaluation } from './evaluate-round';
import { findRounds, getRound } from './find-rounds';
import { getResult } from './get-result';
import { leagueTable } from './league-table';
import { leagueWorkbook } from './league-export';
import { openRound } from './open-round';
import { buildResultReportDocx } from './report-docx';
import { archiveRound, publishRound, setOverride } from './round-lifecycle';
import { whatIf } from './what-if';

const tags = ['ratings'];
const IdParams = z.object({ id: z.string().uuid() });
const OrgParams = IdParams.extend({ orgId: z.string().uuid() });

/** Rating rounds: open, evaluate (a job), override, publish (frozen), archive; results, what-if and the league table. */
export const roundRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; metrics: MetricRegistry }> = async (app, { deps, metrics }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);
  const done = (reply: { status(n: number): { send(): unknown } }) => reply.status(204).send();

  app.get(
    '/api/v1/rating-rounds',
    {
      config: { permission: 'rating:read' },
      schema: { tags, querystring: z.object({ status: z.enum(['open', 'published', 'archived']).optional(), schemeId: z.string().uuid().optional() }) },
    },
    async (req) => ({ items: await findRounds(db, ctx(req), req.query) }),
  );

  app.post(
    '/api/v1/rating-rounds',
    {
      config: { permission: 'rating:manage' },
      schema: {
        tags,
        body: z.object({
          schemeId: z.string().uuid(),
          version: z.number().int().min(1),
          year: z.number().int().min(2000).max(2100),
          quarter: z.number().int().min(1).max(4).nullable().optional(),
          scopeOrgId: z.string().uuid().optional(),
          title: z.string().trim().min(1).max(100).optional(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => openRound(tx, ctx(req), req.body))),
  );

  app.get('/api/v1/rating-rounds/:id', { config: { permission: 'rating:read' }, schema: { tags, params: IdParams } }, async (req) => getRound(db, ctx(req), req.params.id));

  app.post(
    '/api/v1/rating-rounds/:id/evaluate',
    { config: { permission: 'rating:review' }, schema: { tags, params: IdParams, response: { 202: z.object({ jobId: z.string() }) } } },
    async (req, reply) => reply.status(202).send(await startEvaluation(db, ctx(req), deps.jobs, metrics, req.params.id)),
  );

  app.post('/api/v1/rating-rounds/:id/publish', { config: { permission: 'rating:manage' }, schema: { tags, params: IdParams } }, async (req, reply) => {
    await db.transaction((tx) => publishRound(tx, ctx(req), metrics, req.params.id));
    return done(reply);
  });

  app.post('/api/v1/rating-rounds/:id/archive', { config: { permission: 'rating:manage' }, schema: { tags, params: IdParams } }, async (req, reply) => {
    await db.transaction((tx) => archiveRound(tx, ctx(req), req.params.id));
    return done(reply);
  });

  app.put(
    '/api/v1/rating-rounds/:id/orgs/:orgId/override',
    {
      config: { permission: 'rating:manage' },
      schema: { tags, params: OrgParams, body: z.object({ level: z.number().int().min(0).max(10).nullable(), reason: z.string().trim().max(500).optional() }) },
    },
    async (req, reply) => {
      await db.transaction((tx) => setOverride(tx, ctx(req), { roundId: req.params.id, orgId: req.params.orgId, ...req.body }));
      return done(reply);
    },
  );

  app.get(
    '/api/v1/rating-rounds/:id/league',
    {
      config: { permission: 'rating:league' },
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({
          underOrgId: z.string().uuid().optional(),
          level: z.coerce.number().int().min(0).max(10).optional(),
          q: z.string().trim().max(50).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
          sort: z.enum(['total', 'code']).default('total'),
        }),
      },
    },
    async (req) => leagueTable(db, ctx(req), { roundId: req.params.id, ...req.query }),
  );

  app.get(
    '/api/v1/rating-rounds/:id/league.xlsx',
    {
      config: { permission: 'rating:league' },
      schema: { tags, params: IdParams, querystring: z.object({ underOrgId: z.string().uuid().optional(), level: z.coerce.number().int().min(0).max(10).optional(), q: z.string().trim().max(50).optional() }) },
    },
    async (req, reply) => {
      const { title, buffer } = await leagueWorkbook(db, ctx(req), { roundId: req.params.id, ...req.query });
      return reply.header('content-type', XLSX_MIME).header('content-disposition', contentDisposition(`${title}.xlsx`)).send(buffer);
    },
  );

  app.get('/api/v1/rating-rounds/:id/orgs/:orgId/result', { config: { permission: 'rating:read' }, schema: { tags, params: OrgParams } }, async (req) =>
    getResult(db, ctx(req), metrics, req.params.id, req.params.orgId),
  );

  app.get('/api/v1/rating-rounds/:id/orgs/:orgId/report.docx', { config: { permission: 'rating:read' }, schema: { tags, params: OrgParams } }, async (req, reply) => {
    const r = await getResult(db, ctx(req), metrics, req.params.id, req.params.orgId);
    const buffer = await buildResultReportDocx(r, { generatedOn: todayIn(deps.config.timeZone), schemeName: r.round.title });
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
      .header('content-disposition', contentDisposition(`${r.org.name}-${r.round.title}-考评报告.docx`))
      .send(buffer);
  });

  app.post(
    '/api/v1/rating-rounds/:id/orgs/:orgId/what-if',
    {
      config: { permission: 'rating:read' },
      schema: {
        tags,
        params: OrgParams,
        body: z.object({
          changes: z
            .array(
              z.object({
                code: z.string().min(1).max(20),
                addValue: z.number().min(-1000).max(1000).optional(),
                setValue: z.number().min(-1000).max(100000).optional(),
                reviewScore: z.number().min(0).max(1000).optional(),
                answered: z.boolean().optional(),
              }),
            )
            .max(100),
        }),
      },
    },
    async (req) => whatIf(db, ctx(req), metrics, { roundId: req.params.id, orgId: req.params.orgId, changes: req.body.changes }),
  );
};
