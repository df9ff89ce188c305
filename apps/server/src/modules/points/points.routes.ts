import { zPointRuleSetDefinition, type PointPeriod } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ATTACHMENT_LIMITS, sendAttachment } from '../../platform/attachments';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http';
import { decideAppeal, fileAppeal } from './appeals';
import { readableEntryFile } from './entry-files';
import { awardPoints } from './award-points';
import { claimPoints, MAX_CLAIM_FILES, type ClaimInput } from './claim-points';
import { createRuleSet } from './create-rule-set';
import { branchAggregates, findBalances } from './find-balances';
import { findAppeals, findClaims } from './find-queue';
import { findRuleSets, getRuleSet, pointTemplates } from './find-rule-sets';
import { memberPoints, myPoints } from './person-points';
import { publishRuleSet, updateDraftRuleSet } from './publish-rule-set';
import { reverseEntry } from './reverse-entry';
import { reviewClaim } from './review-claim';
import { getRuleSetRow } from './rule-sets.repository';
import { scorePastMeetings } from './score-past-meetings';

const tags = ['points'];
const Id = z.object({ id: z.string().uuid() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const reason = z.string().trim().min(1).max(1000);
/** ?year=2026&quarter=2 or &month=7; neither means the whole year. */
const PeriodQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  quarter: z.coerce.number().int().min(1).max(4).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
});
const periodOf = (q: { quarter?: number; month?: number }): PointPeriod =>
  q.month ? { kind: 'month', month: q.month } : q.quarter ? { kind: 'quarter', quarter: q.quarter } : { kind: 'year' };

const ClaimFields = z.object({
  ruleCode: z.string().trim().min(1).max(20),
  occurredOn: day,
  units: z.coerce.number().positive().max(10_000).default(1),
  note: z.string().trim().max(1000).optional(),
});

/** Members' points: rule sets, the ledger (claims, reviews, branch records, corrections), appeals, balances. */
export const pointsRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  app.get('/api/v1/points/templates', { config: { permission: 'points:manage' }, schema: { tags } }, async () => pointTemplates());
  app.get('/api/v1/points/rule-sets', { config: { permission: 'points:read' }, schema: { tags, querystring: z.object({ year: z.coerce.number().int().optional() }) } }, async (req) =>
    findRuleSets(db, ctx(req), req.query),
  );
  app.get('/api/v1/points/rule-sets/:id', { config: { permission: 'points:read' }, schema: { tags, params: Id } }, async (req) => getRuleSet(db, ctx(req), req.params.id));
  app.post(
    '/api/v1/points/rule-sets',
    {
      config: { permission: 'points:manage' },
      schema: {
        tags,
        body: z.object({
          scopeOrgId: z.string().uuid(),
          year: z.number().int().min(2000).max(2100),
          templateKey: z.string().max(50).optional(),
          definition: z.unknown().optional(),
          code: z.string().trim().min(1).max(20).optional(),
          name: z.string().trim().min(1).max(100).optional(),
        }),
      },
    },
    async (req, reply) => {
      const created = await db.transaction((tx) => createRuleSet(tx, ctx(req), { ...req.body, definition: req.body.definition as never }));
      return reply.status(201).send(created);
    },
  );
  app.put(
    '/api/v1/points/rule-sets/:id',
    { config: { permission: 'points:manage' }, schema: { tags, params: Id, body: z.object({ name: z.string().trim().min(1).max(100).optional(), definition: zPointRuleSetDefinition }) } },
    async (req, reply) => {
      await db.transaction((tx) => updateDraftRuleSet(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );
  app.post('/api/v1/points/rule-sets/:id/publish', { config: { permission: 'points:manage' }, schema: { tags, params: Id } }, async (req, reply) => {
    const c = ctx(req);
    await db.transaction((tx) => publishRuleSet(tx, c, req.params.id));
    // Meetings already held this year score under the new rule set, in the background.
    const rs = (await getRuleSetRow(db, req.params.id))!;
    await deps.jobs.start('points.score-past-meetings', c.actor.accountId, (progress) => scorePastMeetings(db, rs, progress));
    return reply.status(204).send();
  });

  // A member's own points, and their claims and appeals.
  app.get('/api/v1/points/me', { config: { permission: 'points:claim' }, schema: { tags, querystring: PeriodQuery } }, async (req) =>
    myPoints(db, ctx(req), { year: req.query.year, period: periodOf(req.query) }),
  );
  app.post('/api/v1/points/claims', { config: { permission: 'points:claim' }, schema: { tags } }, async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('BAD_REQUEST');
    const fields: Record<string, string> = {};
    const files: ClaimInput['files'] = [];
    for await (const part of req.parts({ limits: { files: MAX_CLAIM_FILES, fileSize: ATTACHMENT_LIMITS.maxBytes, fields: 10 } })) {
      if (part.type === 'file') files.push({ fileName: part.filename, data: await part.toBuffer() });
      else fields[part.fieldname] = String(part.value);
    }
    const parsed = ClaimFields.safeParse(fields);
    if (!parsed.success) throw new AppError('VALIDATION_FAILED', {}, { issues: parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })) });
    const created = await db.transaction((tx) => claimPoints(tx, ctx(req), deps.storage, { ...parsed.data, note: parsed.data.note ?? null, files }));
    return reply.status(201).send(created);
  });
  app.get(
    '/api/v1/points/entries/:id/files/:fileId',
    {
      config: { permission: 'points:claim' },
      schema: { tags, params: Id.extend({ fileId: z.string().uuid() }), querystring: z.object({ thumb: z.enum(['true', 'false']).default('false') }) },
    },
    async (req, reply) => {
      const f = await readableEntryFile(db, ctx(req), req.params.id, req.params.fileId);
      return sendAttachment(reply, deps.storage, f, req.query.thumb === 'true');
    },
  );
  app.post('/api/v1/points/entries/:id/appeal', { config: { permission: 'points:claim' }, schema: { tags, params: Id, body: z.object({ reason }) } }, async (req, reply) => {
    const created = await db.transaction((tx) => fileAppeal(tx, ctx(req), { entryId: req.params.id, reason: req.body.reason }));
    return reply.status(201).send(created);
  });

  // The branch: members' points, the claims to review, its own records and corrections.
  app.get('/api/v1/points/people/:id', { config: { permission: 'points:read' }, schema: { tags, params: Id, querystring: PeriodQuery } }, async (req) =>
    memberPoints(db, ctx(req), { personId: req.params.id, year: req.query.year, period: periodOf(req.query) }),
  );
  app.get(
    '/api/v1/points/balances',
    {
      config: { permission: 'points:read' },
      schema: {
        tags,
        querystring: PeriodQuery.extend({
          orgId: z.string().uuid(),
          q: z.string().trim().max(50).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
          order: z.enum(['name', 'points']).default('name'),
        }),
      },
    },
    async (req) => findBalances(db, ctx(req), { ...req.query, period: periodOf(req.query) }),
  );
  app.get(
    '/api/v1/points/claims',
    { config: { permission: 'points:review' }, schema: { tags, querystring: z.object({ status: z.enum(['claimed', 'approved', 'rejected']).default('claimed'), orgId: z.string().uuid().optional() }) } },
    async (req) => findClaims(db, ctx(req), req.query),
  );
  app.post(
    '/api/v1/points/entries/:id/review',
    { config: { permission: 'points:review' }, schema: { tags, params: Id, body: z.object({ decision: z.enum(['approve', 'reject']), reason: reason.nullable().optional() }) } },
    async (req, reply) => {
      await db.transaction((tx) => reviewClaim(tx, ctx(req), { entryId: req.params.id, decision: req.body.decision, reason: req.body.reason ?? null }));
      return reply.status(204).send();
    },
  );
  app.post(
    '/api/v1/points/entries',
    {
      config: { permission: 'points:review' },
      schema: {
        tags,
        body: z.object({
          personId: z.string().uuid(),
          ruleCode: z.string().trim().min(1).max(20),
          occurredOn: day,
          units: z.number().positive().max(10_000).default(1),
          note: z.string().trim().max(1000).nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      const created = await db.transaction((tx) => awardPoints(tx, ctx(req), { ...req.body, note: req.body.note ?? null }));
      return reply.status(201).send(created);
    },
  );
  app.post('/api/v1/points/entries/:id/reverse', { config: { permission: 'points:review' }, schema: { tags, params: Id, body: z.object({ reason }) } }, async (req, reply) => {
    const created = await db.transaction((tx) => reverseEntry(tx, ctx(req), { entryId: req.params.id, reason: req.body.reason }));
    return reply.status(201).send(created);
  });

  // The committee: appeals to decide, branch-level figures.
  app.get(
    '/api/v1/points/appeals',
    { config: { permission: 'points:decide' }, schema: { tags, querystring: z.object({ status: z.enum(['open', 'upheld', 'dismissed']).default('open') }) } },
    async (req) => findAppeals(db, ctx(req), req.query),
  );
  app.post(
    '/api/v1/points/appeals/:id/decision',
    { config: { permission: 'points:decide' }, schema: { tags, params: Id, body: z.object({ decision: z.enum(['uphold', 'dismiss']), reason }) } },
    async (req, reply) => {
      await db.transaction((tx) => decideAppeal(tx, ctx(req), { appealId: req.params.id, ...req.body }));
      return reply.status(204).send();
    },
  );
  app.get('/api/v1/points/aggregates', { config: { permission: 'points:aggregate' }, schema: { tags, querystring: PeriodQuery.extend({ orgId: z.string().uuid() }) } }, async (req) =>
    branchAggregates(db, ctx(req), { orgId: req.query.orgId, year: req.query.year, period: periodOf(req.query) }),
  );
};
