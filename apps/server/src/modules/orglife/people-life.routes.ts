import { APPRAISAL_GRADES, zIsoDate } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayIn } from '../../platform/clock';
import { auditActor } from '../../platform/context';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { requireOrgsInScope } from '../../platform/access';
import { AppError, notFound } from '../../platform/errors';
import { one } from '../../platform/db';
import { sql } from 'drizzle-orm';
import { applyAppraisalVeto, closeAppraisal, decideGrades, getAppraisal, openAppraisal, submitMemberEvaluation } from './appraisal';
import { findAbsenceWarnings } from './find-absence-warnings';
import { findTalks, recordTalk, TALK_TRIGGERS, talkCoverageOf } from './talks';

// The person-centred parts of organisational life: 谈心谈话, 民主评议, and absence warnings.
const tags = ['organisational life'];
const IdParams = z.object({ id: z.string().uuid() });
const zGrade = z.enum(APPRAISAL_GRADES.values);
const Year = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
const Named = z.object({ personId: z.string(), name: z.string() });

// Explicit allow-lists of what these person-centred answers contain.
const AbsenceWarningsDto = z.object({
  items: z.array(
    Named.extend({
      orgId: z.string(),
      orgName: z.string(),
      lastAttendedOn: z.string().nullable(),
      since: z.string(),
      months: z.number(),
      level: z.enum(['notice', 'urgent']),
    }),
  ),
});
const TalksDto = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      talkedOn: z.string(),
      initiatorName: z.string(),
      partnerName: z.string(),
      trigger: z.string(),
      topic: z.string(),
      followUp: z.string().nullable(),
    }),
  ),
});
const CoverageDto = z.object({
  year: z.number(),
  committee: z.array(Named.extend({ post: z.string() })),
  committeePairs: z.array(z.object({ a: Named, b: Named, talks: z.number() })),
  members: z.array(Named.extend({ talks: z.number(), with: z.array(Named) })),
  missingMembers: z.array(Named),
  required: z.number(),
  covered: z.number(),
});
const AppraisalDto = z.object({
  id: z.string(),
  orgNodeId: z.string(),
  orgName: z.string(),
  year: z.number(),
  status: z.enum(['open', 'closed']),
  manageable: z.boolean(),
  cap: z.number(),
  members: z.number(),
  others: z.array(Named),
  entries: z.array(
    Named.extend({
      partyStatus: z.string(),
      selfGrade: zGrade.nullable(),
      selfSummary: z.string().nullable(),
      orgGrade: zGrade.nullable(),
      vetoSource: z.string().nullable(),
      vetoReason: z.string().nullable(),
      note: z.string().nullable(),
      finalGrade: zGrade.nullable(),
      ballots: z.record(z.string(), z.number()),
      inputs: z.array(
        z.object({
          source: z.string(),
          title: z.object({ zh: z.string(), en: z.string() }),
          text: z.object({ zh: z.string(), en: z.string() }),
          suggestion: zGrade.nullable(),
          veto: z.boolean(),
        }),
      ),
    }),
  ),
});

export const peopleLifeRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);
  const today = () => todayIn(deps.config.timeZone);

  app.get(
    '/api/v1/orglife/absence-warnings',
    {
      config: { permission: 'compliance:read' },
      schema: { tags, querystring: z.object({ underId: z.string().uuid().optional() }), response: { 200: AbsenceWarningsDto } },
    },
    async (req) => ({ items: await findAbsenceWarnings(db, ctx(req), req.query, today()) }),
  );

  app.post(
    '/api/v1/talks',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        body: z.object({
          orgNodeId: z.string().uuid(),
          talkedOn: zIsoDate,
          initiatorPersonId: z.string().uuid(),
          partnerPersonId: z.string().uuid(),
          trigger: z.enum(TALK_TRIGGERS).default('routine'),
          topic: z.string().trim().min(1).max(200),
          followUp: z.string().trim().max(1000).nullable().optional(),
        }),
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => recordTalk(tx, ctx(req), req.body))),
  );

  app.get(
    '/api/v1/talks',
    {
      config: { permission: 'meeting:read' },
      schema: { tags, querystring: Year.extend({ orgId: z.string().uuid() }), response: { 200: TalksDto } },
    },
    async (req) => ({ items: await findTalks(db, ctx(req), req.query.orgId, req.query.year) }),
  );

  app.get(
    '/api/v1/talks/coverage',
    {
      config: { permission: 'meeting:read' },
      schema: { tags, querystring: Year.extend({ orgId: z.string().uuid() }), response: { 200: CoverageDto } },
    },
    async (req) => talkCoverageOf(db, ctx(req), req.query.orgId, req.query.year, today()),
  );

  app.post(
    '/api/v1/appraisals',
    {
      config: { permission: 'meeting:write' },
      schema: { tags, body: Year.extend({ orgNodeId: z.string().uuid() }), response: { 201: z.object({ id: z.string() }) } },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => openAppraisal(tx, ctx(req), req.body, today()))),
  );

  app.get(
    '/api/v1/appraisals',
    {
      config: { permission: 'meeting:read' },
      schema: { tags, querystring: Year.extend({ orgId: z.string().uuid() }), response: { 200: AppraisalDto } },
    },
    async (req) => {
      await requireOrgsInScope(db, ctx(req).actor, 'meeting:read', [req.query.orgId]);
      const r = await one<{ id: string }>(db, sql`SELECT id FROM appraisal_round WHERE org_node_id = ${req.query.orgId} AND year = ${req.query.year}`);
      if (!r) throw notFound();
      return getAppraisal(db, ctx(req), r.id);
    },
  );

  app.get(
    '/api/v1/appraisals/:id',
    { config: { permission: 'meeting:read' }, schema: { tags, params: IdParams, response: { 200: AppraisalDto } } },
    async (req) => getAppraisal(db, ctx(req), req.params.id),
  );

  app.post(
    '/api/v1/appraisals/:id/evaluation',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        params: IdParams,
        body: z.object({
          selfGrade: zGrade,
          selfSummary: z.string().trim().min(1).max(4000),
          ballots: z.array(z.object({ personId: z.string().uuid(), grade: zGrade })).max(200),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => submitMemberEvaluation(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.put(
    '/api/v1/appraisals/:id/grades',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        params: IdParams,
        body: z.object({
          grades: z.array(z.object({ personId: z.string().uuid(), grade: zGrade, note: z.string().trim().max(500).nullable().optional() })).max(500),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => decideGrades(tx, ctx(req), req.params.id, req.body.grades));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/appraisals/:id/close',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await db.transaction((tx) => closeAppraisal(tx, ctx(req), req.params.id, today()));
      return reply.status(204).send();
    },
  );

  // Manual entry of a negative-list veto by a reviewer, until the points module sends them itself.
  app.post(
    '/api/v1/appraisals/vetoes',
    {
      config: { permission: 'meeting:review' },
      schema: {
        tags,
        body: Year.extend({ personId: z.string().uuid(), reason: z.string().trim().min(2).max(200) }),
        response: { 200: z.object({ applied: z.boolean() }) },
      },
    },
    async (req) => {
      const c = ctx(req);
      const placed = await one<{ orgNodeId: string }>(db, sql`SELECT org_node_id AS "orgNodeId" FROM person WHERE id = ${req.body.personId}`);
      if (!placed) throw notFound();
      await requireOrgsInScope(db, c.actor, 'meeting:review', [placed.orgNodeId]);
      const r = await db.transaction((tx) =>
        applyAppraisalVeto(tx, auditActor(c), { personId: req.body.personId, year: req.body.year, source: 'manual', reason: req.body.reason }),
      );
      if (!r.applied) throw new AppError('NOT_FOUND');
      return r;
    },
  );
};
