import { RATER_GROUP_VALUES, zRatingSheetInput, zRatingToken } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { closeRound } from './close-round';
import { createRound } from './create-round';
import { enterValues } from './enter-values';
import { findRounds, getRound } from './find-rounds';
import { memberResult, roundResults } from './find-results';
import { evaluationTemplates } from './find-templates';
import { markVeto } from './mark-veto';
import { mySheets, myRounds, submitSheets } from './my-sheets';
import { openRound } from './open-round';
import { publishRound } from './publish-round';
import { addComment, findComments, publishedResults } from './published-results';
import { staffForm, submitStaffSheet } from './rate-by-link';
import { issueStaffLinks, MAX_STAFF_LINKS } from './staff-links';

const tags = ['evaluation'];
const Id = z.object({ id: z.string().uuid() });
const reason = z.string().trim().min(1).max(1000);
const Scores = zRatingSheetInput.shape.scores;
const MAX_SHEETS = 1000;
/** The anonymous rating link: like the login, limited per address (a workshop behind one NAT fits). */
const LINK_RATE_LIMIT = { max: 60, timeWindow: '1 minute' };

/** Quantified post-performance evaluation (岗位量化评价): rounds, sheets, anonymous staff links, results. */
export const evaluationRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  // The branch (secretary in scope, or the committee): rounds, inputs, results.
  app.get(
    '/api/v1/evaluation/templates',
    { config: { permission: 'evaluation:manage' }, schema: { tags } },
    async () => evaluationTemplates(),
  );
  app.get(
    '/api/v1/evaluation/rounds',
    {
      config: { permission: 'evaluation:manage' },
      schema: {
        tags,
        querystring: z.object({
          orgId: z.string().uuid().optional(),
          year: z.coerce.number().int().min(2000).max(2100).optional(),
        }),
      },
    },
    async (req) => findRounds(db, ctx(req), req.query),
  );
  app.post(
    '/api/v1/evaluation/rounds',
    {
      config: { permission: 'evaluation:manage' },
      schema: {
        tags,
        body: z.object({
          orgId: z.string().uuid(),
          templateKey: z.string().trim().min(1).max(50).optional(),
          year: z.number().int().min(2000).max(2100),
          quarter: z.number().int().min(1).max(4).nullable().optional(),
          title: z.string().trim().min(1).max(200).optional(),
          peerSample: z.number().int().min(1).max(500).nullable().optional(),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await db.transaction((tx) => createRound(tx, ctx(req), req.body))),
  );
  app.get(
    '/api/v1/evaluation/rounds/:id',
    { config: { permission: 'evaluation:manage' }, schema: { tags, params: Id } },
    async (req) => getRound(db, ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/evaluation/rounds/:id/open',
    {
      config: { permission: 'evaluation:manage' },
      schema: {
        tags,
        params: Id,
        body: z.object({ staffLinks: z.number().int().min(0).max(MAX_STAFF_LINKS) }),
      },
    },
    async (req) => db.transaction((tx) => openRound(tx, ctx(req), req.params.id, req.body)),
  );
  app.post(
    '/api/v1/evaluation/rounds/:id/staff-links',
    {
      config: { permission: 'evaluation:manage' },
      schema: { tags, params: Id, body: z.object({ count: z.number().int().min(1).max(MAX_STAFF_LINKS) }) },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await db.transaction((tx) => issueStaffLinks(tx, ctx(req), req.params.id, req.body.count))),
  );
  app.post(
    '/api/v1/evaluation/rounds/:id/close',
    { config: { permission: 'evaluation:manage' }, schema: { tags, params: Id } },
    async (req) => db.transaction((tx) => closeRound(tx, ctx(req), req.params.id)),
  );
  app.post(
    '/api/v1/evaluation/rounds/:id/publish',
    { config: { permission: 'evaluation:manage' }, schema: { tags, params: Id } },
    async (req) => db.transaction((tx) => publishRound(tx, ctx(req), req.params.id)),
  );
  app.put(
    '/api/v1/evaluation/rounds/:id/values',
    {
      config: { permission: 'evaluation:manage' },
      schema: {
        tags,
        params: Id,
        body: z.object({
          entries: z
            .array(
              z.object({
                personId: z.string().uuid(),
                code: z.string().trim().min(1).max(20),
                value: z.number().finite().nullable(),
                reason: reason.nullable().optional(),
              }),
            )
            .min(1)
            .max(MAX_SHEETS),
        }),
      },
    },
    async (req) => db.transaction((tx) => enterValues(tx, ctx(req), req.params.id, req.body.entries)),
  );
  app.put(
    '/api/v1/evaluation/rounds/:id/vetoes',
    {
      config: { permission: 'evaluation:manage' },
      schema: {
        tags,
        params: Id,
        body: z.object({
          personId: z.string().uuid(),
          code: z.string().trim().min(1).max(20),
          vetoed: z.boolean(),
          reason: reason.nullable().optional(),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => markVeto(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/evaluation/rounds/:id/results',
    { config: { permission: 'evaluation:manage' }, schema: { tags, params: Id } },
    async (req) => roundResults(db, ctx(req), req.params.id),
  );
  app.get(
    '/api/v1/evaluation/rounds/:id/results/:personId',
    {
      config: { permission: 'evaluation:manage' },
      schema: { tags, params: Id.extend({ personId: z.string().uuid() }) },
    },
    async (req) => memberResult(db, ctx(req), req.params.id, req.params.personId),
  );

  // Members (and the secretaries and committee members among them): their sheets, then the published results.
  app.get(
    '/api/v1/evaluation/my/rounds',
    { config: { permission: 'evaluation:rate' }, schema: { tags } },
    async (req) => myRounds(db, ctx(req)),
  );
  app.get(
    '/api/v1/evaluation/rounds/:id/my-sheets',
    { config: { permission: 'evaluation:rate' }, schema: { tags, params: Id } },
    async (req) => mySheets(db, ctx(req), req.params.id),
  );
  app.put(
    '/api/v1/evaluation/rounds/:id/my-sheets',
    {
      config: { permission: 'evaluation:rate' },
      schema: {
        tags,
        params: Id,
        body: z.object({
          sheets: z
            .array(
              z.object({ rateeId: z.string().uuid(), group: z.enum(RATER_GROUP_VALUES), scores: Scores }),
            )
            .min(1)
            .max(MAX_SHEETS),
        }),
      },
    },
    async (req) => db.transaction((tx) => submitSheets(tx, ctx(req), req.params.id, req.body.sheets)),
  );
  app.get(
    '/api/v1/evaluation/rounds/:id/published',
    { config: { permission: 'evaluation:rate' }, schema: { tags, params: Id } },
    async (req) => publishedResults(db, ctx(req), req.params.id),
  );
  app.get(
    '/api/v1/evaluation/rounds/:id/comments',
    { config: { permission: 'evaluation:rate' }, schema: { tags, params: Id } },
    async (req) => findComments(db, ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/evaluation/rounds/:id/comments',
    {
      config: { permission: 'evaluation:rate' },
      schema: {
        tags,
        params: Id,
        body: z.object({
          body: z.string().trim().min(1).max(2000),
          subjectId: z.string().uuid().nullable().optional(),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await db.transaction((tx) => addComment(tx, ctx(req), req.params.id, req.body))),
  );

  // Staff (职工群众): the one-time anonymous link, without signing in.
  const Token = z.object({ token: zRatingToken });
  app.get(
    '/api/v1/rate/:token',
    {
      config: { public: true, rateLimit: LINK_RATE_LIMIT },
      schema: { tags, params: z.object({ token: z.string().max(100) }) },
    },
    async (req) => {
      const parsed = Token.safeParse(req.params);
      return staffForm(db, parsed.success ? parsed.data.token : '');
    },
  );
  app.post(
    '/api/v1/rate/:token',
    {
      config: { public: true, rateLimit: LINK_RATE_LIMIT },
      schema: {
        tags,
        params: z.object({ token: z.string().max(100) }),
        body: z.object({
          sheets: z
            .array(z.object({ rateeId: z.string().uuid(), scores: Scores }))
            .min(1)
            .max(MAX_SHEETS),
        }),
      },
    },
    async (req, reply) => {
      const parsed = Token.safeParse(req.params);
      const result = await db.transaction((tx) =>
        submitStaffSheet(tx, parsed.success ? parsed.data.token : '', req.body.sheets),
      );
      return reply.status(201).send(result);
    },
  );
};
