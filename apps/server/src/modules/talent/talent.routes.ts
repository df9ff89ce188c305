import { PassThrough } from 'node:stream';
import type {} from '@fastify/multipart';
import { zTalentTier } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http';
import { contentDisposition, XLSX_MIME } from '../../platform/xlsx';
import { addCredential } from './add-credential';
import { assignTier } from './assign-tier';
import { copyBuiltinPortraits, createPortrait } from './create-portrait';
import { writeCredentialTemplate } from './credential-template';
import { deleteCredential } from './delete-credential';
import { enterReserve } from './enter-reserve';
import { myCredentials, personCredentials } from './find-credentials';
import { findPortraits, getPortrait, portraitTemplates } from './find-portraits';
import { findReserve } from './find-reserve';
import { findTiers } from './find-tiers';
import { getReserveEntry } from './get-reserve-entry';
import { checkCredentialImport, commitCredentialImport, CREDENTIAL_IMPORT_MAX_BYTES, readCredentialUpload, type ImportUpload } from './import-credentials';
import { myTalent } from './my-talent';
import { myMatch, personMatch } from './person-match';
import { recordScores } from './record-scores';
import { reviewReserve } from './review-reserve';
import { updatePortrait } from './update-portrait';

const tags = ['talent'];
const Id = z.object({ id: z.string().uuid() });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const reason = z.string().trim().min(1).max(1000);
const Page = {
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
};
const PortraitQuery = z.object({ portraitId: z.string().uuid() });

/**
 * Talent profiles (人才画像): job portraits, credentials (with the .xlsx import), indicator scores and
 * portrait matches, tiers and the reserve pool. The branch and the committee work on the people of
 * their scope (talent:read, talent:manage); members read their own profile (self:read).
 */
export const talentRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  // Job portraits.
  app.get('/api/v1/talent/portrait-templates', { config: { permission: 'talent:manage' }, schema: { tags } }, async () => portraitTemplates());
  app.get(
    '/api/v1/talent/portraits',
    { config: { permission: 'talent:read' }, schema: { tags, querystring: z.object({ orgId: z.string().uuid().optional() }) } },
    async (req) => findPortraits(db, ctx(req), req.query),
  );
  app.get('/api/v1/talent/portraits/:id', { config: { permission: 'talent:read' }, schema: { tags, params: Id } }, async (req) =>
    getPortrait(db, ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/talent/portraits',
    {
      config: { permission: 'talent:manage' },
      schema: {
        tags,
        body: z.object({ scopeOrgId: z.string().uuid(), builtinCode: z.string().trim().min(1).max(32).optional(), definition: z.unknown().optional() }),
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createPortrait(tx, ctx(req), req.body))),
  );
  app.post(
    '/api/v1/talent/portraits/copy',
    {
      config: { permission: 'talent:manage' },
      schema: { tags, body: z.object({ scopeOrgId: z.string().uuid(), codes: z.array(z.string().trim().min(1).max(32)).min(1).max(50).optional() }) },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => copyBuiltinPortraits(tx, ctx(req), req.body))),
  );
  app.put(
    '/api/v1/talent/portraits/:id',
    { config: { permission: 'talent:manage' }, schema: { tags, params: Id, body: z.object({ version: z.number().int().min(1), definition: z.unknown() }) } },
    async (req) => db.transaction((tx) => updatePortrait(tx, ctx(req), req.params.id, req.body)),
  );

  // Credentials.
  app.get('/api/v1/talent/people/:id/credentials', { config: { permission: 'talent:read' }, schema: { tags, params: Id } }, async (req) =>
    personCredentials(db, ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/talent/people/:id/credentials',
    { config: { permission: 'talent:manage' }, schema: { tags, params: Id, body: z.record(z.string(), z.unknown()) } },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => addCredential(tx, ctx(req), req.params.id, req.body))),
  );
  app.delete('/api/v1/talent/credentials/:id', { config: { permission: 'talent:manage' }, schema: { tags, params: Id } }, async (req, reply) => {
    await db.transaction((tx) => deleteCredential(tx, ctx(req), req.params.id));
    return reply.status(204).send();
  });
  app.get(
    '/api/v1/talent/credential-imports/template',
    { config: { permission: 'talent:manage' }, schema: { tags, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const stream = new PassThrough();
      reply.header('content-type', XLSX_MIME).header('content-disposition', contentDisposition('证书资格导入模板.xlsx'));
      writeCredentialTemplate(stream).catch((err: unknown) => {
        req.log.error({ err }, 'credential template failed');
        stream.destroy(err as Error);
      });
      return reply.send(stream);
    },
  );
  // multipart/form-data: an optional field "mode" (check | commit, default check) before one part "file" (.xlsx, ≤ 5 MB).
  app.post('/api/v1/talent/credential-imports', { config: { permission: 'talent:manage' }, schema: { tags, consumes: ['multipart/form-data'] } }, async (req, reply) => {
    if (!req.isMultipart()) throw new AppError('IMPORT_FILE_INVALID');
    let mode = 'check';
    let upload: ImportUpload | null = null;
    for await (const part of req.parts({ limits: { files: 1, fileSize: CREDENTIAL_IMPORT_MAX_BYTES, fields: 5 } })) {
      if (part.type === 'file') {
        const data = await part.toBuffer().catch((err: unknown) => {
          if ((err as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw new AppError('IMPORT_TOO_LARGE', { limit: '5 MB' });
          throw err;
        });
        if (part.fieldname === 'file') upload = { fileName: part.filename, data, truncated: part.file.truncated };
      } else if (part.fieldname === 'mode') {
        mode = String(part.value);
      }
    }
    if (!upload || (mode !== 'check' && mode !== 'commit')) throw new AppError('IMPORT_FILE_INVALID');
    const file = await readCredentialUpload(upload);
    if (mode === 'check') return { mode, committed: false, ...(await checkCredentialImport(db, ctx(req), file)) };
    const done = await db.transaction((tx) => commitCredentialImport(tx, ctx(req), file));
    return reply.status(201).send({ mode, committed: true, importId: done.importId, created: done.created, people: done.people, ...done.report });
  });

  // Indicator scores and portrait matches.
  app.post(
    '/api/v1/talent/people/:id/scores',
    {
      config: { permission: 'talent:manage' },
      schema: {
        tags,
        params: Id,
        body: z.object({
          portraitId: z.string().uuid(),
          scoredOn: day,
          scores: z
            .array(z.object({ code: z.string().trim().min(1).max(32), score: z.number().min(0).max(100) }))
            .min(1)
            .max(20),
          note: z.string().trim().max(500).nullable().optional(),
        }),
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => recordScores(tx, ctx(req), req.params.id, req.body))),
  );
  app.get('/api/v1/talent/people/:id/match', { config: { permission: 'talent:read' }, schema: { tags, params: Id, querystring: PortraitQuery } }, async (req) =>
    personMatch(db, ctx(req), req.params.id, req.query.portraitId),
  );

  // One's own profile.
  app.get('/api/v1/talent/me', { config: { permission: 'self:read' }, schema: { tags } }, async (req) => myTalent(db, ctx(req)));
  app.get('/api/v1/talent/me/credentials', { config: { permission: 'self:read' }, schema: { tags } }, async (req) => myCredentials(db, ctx(req)));
  app.get('/api/v1/talent/me/match', { config: { permission: 'self:read' }, schema: { tags, querystring: PortraitQuery } }, async (req) =>
    myMatch(db, ctx(req), req.query.portraitId),
  );

  // Tiers.
  app.get(
    '/api/v1/talent/tiers',
    { config: { permission: 'talent:read' }, schema: { tags, querystring: z.object({ orgId: z.string().uuid(), tier: zTalentTier.optional(), ...Page }) } },
    async (req) => findTiers(db, ctx(req), req.query),
  );
  app.put(
    '/api/v1/talent/people/:id/tier',
    {
      config: { permission: 'talent:manage' },
      schema: { tags, params: Id, body: z.object({ tier: zTalentTier.nullable(), portraitId: z.string().uuid().nullable().optional(), assignedOn: day, reason }) },
    },
    async (req) => db.transaction((tx) => assignTier(tx, ctx(req), req.params.id, req.body)),
  );

  // The reserve pool.
  app.get(
    '/api/v1/talent/reserve',
    {
      config: { permission: 'talent:read' },
      schema: { tags, querystring: z.object({ orgId: z.string().uuid(), status: z.enum(['active', 'removed']).default('active'), ...Page }) },
    },
    async (req) => findReserve(db, ctx(req), req.query),
  );
  app.post(
    '/api/v1/talent/reserve',
    {
      config: { permission: 'talent:manage' },
      schema: {
        tags,
        body: z.object({
          personId: z.string().uuid(),
          portraitId: z.string().uuid(),
          enteredOn: day,
          targetTier: zTalentTier.nullable().optional(),
          direction: z.string().trim().max(50).nullable().optional(),
          criteria: z.unknown().optional(),
          nextReviewOn: day.nullable().optional(),
          reviewMonths: z.number().int().min(1).max(60).optional(),
        }),
      },
    },
    async (req, reply) =>
      reply.status(201).send(await db.transaction((tx) => enterReserve(tx, ctx(req), { ...req.body, criteria: req.body.criteria as never }))),
  );
  app.get('/api/v1/talent/reserve/:id', { config: { permission: 'talent:read' }, schema: { tags, params: Id } }, async (req) =>
    getReserveEntry(db, ctx(req), req.params.id),
  );
  app.post(
    '/api/v1/talent/reserve/:id/reviews',
    {
      config: { permission: 'talent:manage' },
      schema: {
        tags,
        params: Id,
        body: z.object({ reviewedOn: day, outcome: z.enum(['keep', 'remove']), reason: reason.nullable().optional(), nextReviewOn: day.nullable().optional() }),
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => reviewReserve(tx, ctx(req), req.params.id, req.body))),
  );
};
