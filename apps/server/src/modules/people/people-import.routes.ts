import { PassThrough } from 'node:stream';
import type {} from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { contextOf } from '../../platform/http';
import { contentDisposition, sendWorkbook, XLSX_MIME } from '../../platform/xlsx';
import { confirmImport } from './confirm-import';
import { exportPeople } from './export-people';
import { getImport } from './get-import';
import { importReport } from './import-report';
import { importTemplate } from './import-template';
import { ConfirmImportResponse, ImportDto, ImportIdParams, StartImportResponse } from './people-import.schemas';
import { ExportQuery } from './people.schemas';
import { startImport } from './start-import';

const tags = ['people'];

/** Roster import (template, upload, validation report, confirm) and roster export. */
export const peopleImportRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  app.get(
    '/api/v1/people/import/template',
    { config: { permission: 'person:import' }, schema: { tags, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const template = await importTemplate(db, ctx(req));
      const stream = new PassThrough();
      reply.header('content-type', XLSX_MIME).header('content-disposition', contentDisposition(template.fileName));
      template.write(stream).catch((err: unknown) => {
        req.log.error({ err }, 'import template failed');
        stream.destroy(err as Error);
      });
      return reply.send(stream);
    },
  );

  // multipart/form-data with one part named "file" (.xlsx, ≤ 50 MB); validation runs as a job.
  app.post(
    '/api/v1/people/imports',
    {
      config: { permission: 'person:import' },
      schema: { tags, consumes: ['multipart/form-data'], response: { 202: StartImportResponse } },
    },
    async (req, reply) => {
      if (!req.isMultipart()) throw new AppError('IMPORT_FILE_INVALID');
      const part = await req.file();
      if (!part) throw new AppError('IMPORT_FILE_INVALID');
      if (part.fieldname !== 'file') {
        part.file.resume();
        throw new AppError('IMPORT_FILE_INVALID');
      }
      const started = await startImport(deps, ctx(req), {
        fileName: part.filename,
        stream: part.file,
        truncated: () => part.file.truncated,
      });
      return reply.status(202).send(started);
    },
  );

  app.get(
    '/api/v1/people/imports/:id',
    { config: { permission: 'person:import' }, schema: { tags, params: ImportIdParams, response: { 200: ImportDto } } },
    async (req) => getImport(db, ctx(req), req.params.id),
  );

  app.get(
    '/api/v1/people/imports/:id/report.xlsx',
    { config: { permission: 'person:import' }, schema: { tags, params: ImportIdParams, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const report = await importReport(db, ctx(req), req.params.id);
      return sendWorkbook(reply, report.fileName, report.spec);
    },
  );

  app.post(
    '/api/v1/people/imports/:id/confirm',
    {
      config: { permission: 'person:import' },
      schema: { tags, params: ImportIdParams, response: { 202: ConfirmImportResponse } },
    },
    async (req, reply) => reply.status(202).send(await confirmImport(deps, ctx(req), req.params.id)),
  );

  app.get(
    '/api/v1/people/export.xlsx',
    { config: { permission: 'person:export' }, schema: { tags, querystring: ExportQuery, produces: [XLSX_MIME] } },
    async (req, reply) => {
      const exported = await exportPeople(db, ctx(req), req.query);
      return sendWorkbook(reply, exported.fileName, exported.spec);
    },
  );
};
