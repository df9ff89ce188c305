import { zCatalogue, zSchemeDefinition } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http';
import type { MetricRegistry } from '../../platform/metrics';
import { contentDisposition, XLSX_MIME } from '../../platform/xlsx';
import { writeCatalogueXlsx } from './catalogue-xlsx';
import { readCatalogueFile } from './read-catalogue-file';
import { createScheme } from './create-scheme';
import { findSchemes, getScheme, getSchemeVersion, listTemplates } from './find-schemes';
import { deleteDraft, newVersion, publishVersion, saveDraft } from './scheme-versions';
import { ratingTrend } from './trend';

const tags = ['ratings'];
const IdParams = z.object({ id: z.string().uuid() });
const VersionParams = IdParams.extend({ version: z.coerce.number().int().min(1) });

/** Rating schemes: built-in templates, catalogue versions (drafts edited, published ones frozen), import and export. */
export const schemeRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; metrics: MetricRegistry }> = async (app, { deps, metrics }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);
  const done = (reply: { status(n: number): { send(): unknown } }) => reply.status(204).send();

  app.get('/api/v1/rating-templates', { config: { permission: 'rating:read' }, schema: { tags } }, async () => ({ items: listTemplates() }));

  app.get('/api/v1/rating-metrics', { config: { permission: 'rating:read' }, schema: { tags } }, async () => ({
    items: metrics.list().map((m) => ({ key: m.key, zh: m.zh, en: m.en, unit: m.unit, params: m.params ?? [] })),
  }));

  app.get('/api/v1/rating-schemes', { config: { permission: 'rating:read' }, schema: { tags } }, async (req) => ({ items: await findSchemes(db, ctx(req)) }));

  app.post(
    '/api/v1/rating-schemes',
    {
      config: { permission: 'rating:manage' },
      schema: {
        tags,
        body: z.object({
          scopeOrgId: z.string().uuid(),
          templateKey: z.string().max(50).optional(),
          catalogue: zCatalogue.optional(),
          code: z.string().trim().min(1).max(20).regex(/^[A-Za-z0-9_.-]+$/).optional(),
          name: z.string().trim().min(1).max(100).optional(),
        }),
        response: { 201: z.object({ id: z.string(), version: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createScheme(tx, ctx(req), metrics, req.body))),
  );

  app.post(
    '/api/v1/rating-schemes/import',
    { config: { permission: 'rating:manage' }, schema: { tags, response: { 201: z.object({ id: z.string(), version: z.number() }) } } },
    async (req, reply) => {
      const file = await req.file();
      if (!file) throw new AppError('CATALOGUE_FILE_INVALID', { reason: { zh: '未选择文件', en: 'no file' } });
      const fields = file.fields as Record<string, { value?: unknown } | undefined>;
      const scopeOrgId = z.string().uuid().safeParse(fields.scopeOrgId?.value);
      if (!scopeOrgId.success) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'scopeOrgId', message: 'required' }] });
      const catalogue = await readCatalogueFile(file.filename, await file.toBuffer());
      return reply.status(201).send(await db.transaction((tx) => createScheme(tx, ctx(req), metrics, { scopeOrgId: scopeOrgId.data, catalogue })));
    },
  );

  app.get('/api/v1/rating-schemes/:id', { config: { permission: 'rating:read' }, schema: { tags, params: IdParams } }, async (req) =>
    getScheme(db, ctx(req), req.params.id),
  );

  app.get('/api/v1/rating-schemes/:id/trend', { config: { permission: 'rating:read' }, schema: { tags, params: IdParams, querystring: z.object({ orgId: z.string().uuid().optional() }) } }, async (req) =>
    ratingTrend(db, ctx(req), req.params.id, req.query.orgId),
  );

  app.get(
    '/api/v1/rating-schemes/:id/versions/:version',
    { config: { permission: 'rating:read' }, schema: { tags, params: VersionParams } },
    async (req) => {
      const v = await getSchemeVersion(db, ctx(req), req.params.id, req.params.version);
      return { schemeId: v.schemeId, version: v.version, status: v.status, note: v.note, publishedAt: v.publishedAt, updatedAt: v.updatedAt, definition: v.definition };
    },
  );

  app.get(
    '/api/v1/rating-schemes/:id/versions/:version/export',
    { config: { permission: 'rating:read' }, schema: { tags, params: VersionParams, querystring: z.object({ format: z.enum(['json', 'xlsx']).default('xlsx') }) } },
    async (req, reply) => {
      const v = await getSchemeVersion(db, ctx(req), req.params.id, req.params.version);
      const s = v.scheme;
      const catalogue = zCatalogue.parse({ code: s.code, name: s.name, kind: s.kind, period: s.period, orgTypes: s.orgTypes, definition: v.definition });
      const base = `${s.code}-v${v.version}`;
      if (req.query.format === 'json') {
        return reply
          .header('content-type', 'application/json; charset=utf-8')
          .header('content-disposition', contentDisposition(`${base}.json`))
          .send(JSON.stringify(catalogue, null, 2));
      }
      return reply.header('content-type', XLSX_MIME).header('content-disposition', contentDisposition(`${base}.xlsx`)).send(await writeCatalogueXlsx(catalogue));
    },
  );

  app.put(
    '/api/v1/rating-schemes/:id/versions/:version',
    {
      config: { permission: 'rating:manage' },
      schema: { tags, params: VersionParams, body: z.object({ definition: zSchemeDefinition, note: z.string().trim().max(500).nullable().optional() }) },
    },
    async (req, reply) => {
      await db.transaction((tx) => saveDraft(tx, ctx(req), metrics, { schemeId: req.params.id, version: req.params.version, definition: req.body.definition, note: req.body.note }));
      return done(reply);
    },
  );

  app.delete('/api/v1/rating-schemes/:id/versions/:version', { config: { permission: 'rating:manage' }, schema: { tags, params: VersionParams } }, async (req, reply) => {
    await db.transaction((tx) => deleteDraft(tx, ctx(req), { schemeId: req.params.id, version: req.params.version }));
    return done(reply);
  });

  app.post(
    '/api/v1/rating-schemes/:id/versions',
    {
      config: { permission: 'rating:manage' },
      schema: { tags, params: IdParams, body: z.object({ fromVersion: z.number().int().min(1) }), response: { 201: z.object({ version: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => newVersion(tx, ctx(req), { schemeId: req.params.id, fromVersion: req.body.fromVersion }))),
  );

  app.post('/api/v1/rating-schemes/:id/versions/:version/publish', { config: { permission: 'rating:manage' }, schema: { tags, params: VersionParams } }, async (req, reply) => {
    await db.transaction((tx) => publishVersion(tx, ctx(req), metrics, { schemeId: req.params.id, version: req.params.version }));
    return done(reply);
  });
};
