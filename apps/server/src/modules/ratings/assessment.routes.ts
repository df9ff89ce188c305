import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http';
import { sendAttachment } from '../../platform/attachments';
import { getAssessment, readableEvidence } from './get-assessment';
import { completeReview, returnAssessment, reviewAnswer } from './review-assessment';
import { addEvidence, removeEvidence, saveAnswer, submitAssessment } from './self-assessment';

const tags = ['ratings'];
const OrgParams = z.object({ id: z.string().uuid(), orgId: z.string().uuid() });
const CodeParams = OrgParams.extend({ code: z.string().min(1).max(20) });

/** A branch's self-assessment with evidence, and the committee's review of it. */
export const assessmentRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);
  const done = (reply: { status(n: number): { send(): unknown } }) => reply.status(204).send();
  const target = (p: { id: string; orgId: string }) => ({ roundId: p.id, orgId: p.orgId });

  app.get('/api/v1/rating-rounds/:id/orgs/:orgId/assessment', { config: { permission: 'rating:read' }, schema: { tags, params: OrgParams } }, async (req) =>
    getAssessment(db, ctx(req), req.params.id, req.params.orgId),
  );

  app.put(
    '/api/v1/rating-rounds/:id/orgs/:orgId/answers/:code',
    {
      config: { permission: 'rating:assess' },
      schema: {
        tags,
        params: CodeParams,
        body: z.object({
          answered: z.boolean().optional(),
          selfScore: z.number().min(0).max(1000).nullable().optional(),
          selfNote: z.string().trim().max(2000).nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => saveAnswer(tx, ctx(req), { ...target(req.params), code: req.params.code, ...req.body }));
      return done(reply);
    },
  );

  app.post('/api/v1/rating-rounds/:id/orgs/:orgId/answers/:code/evidence', { config: { permission: 'rating:assess' }, schema: { tags, params: CodeParams } }, async (req, reply) => {
    const file = await req.file();
    if (!file) throw new AppError('ATTACHMENT_TYPE_INVALID');
    const data = await file.toBuffer();
    const saved = await db.transaction((tx) => addEvidence(tx, ctx(req), deps.storage, { ...target(req.params), code: req.params.code, fileName: file.filename, data }));
    return reply.status(201).send(saved);
  });

  app.delete(
    '/api/v1/rating-rounds/:id/orgs/:orgId/evidence/:attachmentId',
    { config: { permission: 'rating:assess' }, schema: { tags, params: OrgParams.extend({ attachmentId: z.string().uuid() }) } },
    async (req, reply) => {
      await db.transaction((tx) => removeEvidence(tx, ctx(req), { ...target(req.params), attachmentId: req.params.attachmentId }));
      return done(reply);
    },
  );

  app.get(
    '/api/v1/rating-rounds/:id/orgs/:orgId/evidence/:attachmentId',
    {
      config: { permission: 'rating:read' },
      schema: { tags, params: OrgParams.extend({ attachmentId: z.string().uuid() }), querystring: z.object({ thumb: z.enum(['true', 'false']).default('false') }) },
    },
    async (req, reply) => {
      const f = await readableEvidence(db, ctx(req), req.params.id, req.params.orgId, req.params.attachmentId);
      return sendAttachment(reply, deps.storage, f, req.query.thumb === 'true');
    },
  );

  app.post('/api/v1/rating-rounds/:id/orgs/:orgId/submit', { config: { permission: 'rating:assess' }, schema: { tags, params: OrgParams } }, async (req, reply) => {
    await db.transaction((tx) => submitAssessment(tx, ctx(req), target(req.params)));
    return done(reply);
  });

  app.put(
    '/api/v1/rating-rounds/:id/orgs/:orgId/answers/:code/review',
    {
      config: { permission: 'rating:review' },
      schema: {
        tags,
        params: CodeParams,
        body: z.object({
          score: z.number().min(0).max(1000).nullable().optional(),
          pass: z.boolean().nullable().optional(),
          triggered: z.boolean().nullable().optional(),
          comment: z.string().trim().max(2000).nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => reviewAnswer(tx, ctx(req), { ...target(req.params), code: req.params.code, ...req.body }));
      return done(reply);
    },
  );

  app.post(
    '/api/v1/rating-rounds/:id/orgs/:orgId/return',
    { config: { permission: 'rating:review' }, schema: { tags, params: OrgParams, body: z.object({ reason: z.string().trim().min(1).max(500) }) } },
    async (req, reply) => {
      await db.transaction((tx) => returnAssessment(tx, ctx(req), { ...target(req.params), reason: req.body.reason }));
      return done(reply);
    },
  );

  app.post('/api/v1/rating-rounds/:id/orgs/:orgId/review-complete', { config: { permission: 'rating:review' }, schema: { tags, params: OrgParams } }, async (req, reply) => {
    await db.transaction((tx) => completeReview(tx, ctx(req), target(req.params)));
    return done(reply);
  });
};
