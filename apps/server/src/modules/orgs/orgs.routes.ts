import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { createBusinessUnit, findBusinessUnits } from './business-units';
import { createOrg } from './create-org';
import { dissolveOrg } from './dissolve-org';
import { findOrgWarnings } from './find-org-warnings';
import { getOrg } from './get-org';
import { getOrgTree } from './get-org-tree';
import { moveOrg } from './move-org';
import {
  BusinessUnitDto,
  CreateBusinessUnitBody,
  CreateOrgBody,
  DissolveOrgBody,
  MoveOrgBody,
  OrgDetailDto,
  OrgTreeNodeDto,
  OrgWarningRowDto,
  TermBody,
  UpdateOrgBody,
  WarningsQuery,
} from './orgs.schemas';
import { saveTerm } from './save-term';
import { updateOrg } from './update-org';

const IdParams = z.object({ id: z.string().uuid() });
const Created = z.object({ id: z.string() });
const tags = ['orgs'];

export const orgRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  app.get(
    '/api/v1/orgs/tree',
    {
      config: { permission: 'org:read' },
      schema: {
        tags,
        querystring: z.object({ includeDissolved: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.object({ items: z.array(OrgTreeNodeDto) }) },
      },
    },
    async (req) => ({ items: await getOrgTree(db, ctx(req), { includeDissolved: req.query.includeDissolved === 'true' }) }),
  );

  app.get(
    '/api/v1/orgs/warnings',
    {
      config: { permission: 'org:read' },
      schema: { tags, querystring: WarningsQuery, response: { 200: z.object({ items: z.array(OrgWarningRowDto) }) } },
    },
    async (req) => ({ items: await findOrgWarnings(db, ctx(req), req.query) }),
  );

  app.get(
    '/api/v1/orgs/:id',
    { config: { permission: 'org:read' }, schema: { tags, params: IdParams, response: { 200: OrgDetailDto } } },
    async (req) => getOrg(db, ctx(req), req.params.id),
  );

  app.post(
    '/api/v1/orgs',
    { config: { permission: 'org:write' }, schema: { tags, body: CreateOrgBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createOrg(tx, ctx(req), req.body))),
  );

  app.patch(
    '/api/v1/orgs/:id',
    { config: { permission: 'org:write' }, schema: { tags, params: IdParams, body: UpdateOrgBody } },
    async (req, reply) => {
      await db.transaction((tx) => updateOrg(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/orgs/:id/move',
    { config: { permission: 'org:write' }, schema: { tags, params: IdParams, body: MoveOrgBody } },
    async (req, reply) => {
      await db.transaction((tx) => moveOrg(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/orgs/:id/dissolve',
    { config: { permission: 'org:write' }, schema: { tags, params: IdParams, body: DissolveOrgBody } },
    async (req, reply) => {
      await db.transaction((tx) => dissolveOrg(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/orgs/:id/terms',
    { config: { permission: 'org:write' }, schema: { tags, params: IdParams, body: TermBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => saveTerm(tx, ctx(req), req.params.id, req.body))),
  );

  app.put(
    '/api/v1/orgs/:id/terms/:termId',
    {
      config: { permission: 'org:write' },
      schema: { tags, params: IdParams.extend({ termId: z.string().uuid() }), body: TermBody },
    },
    async (req, reply) => {
      await db.transaction((tx) => saveTerm(tx, ctx(req), req.params.id, req.body, req.params.termId));
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/business-units',
    {
      config: { permission: 'org:read' },
      schema: { tags, response: { 200: z.object({ items: z.array(BusinessUnitDto) }) } },
    },
    async () => ({ items: await findBusinessUnits(db) }),
  );

  app.post(
    '/api/v1/business-units',
    { config: { permission: 'org:write' }, schema: { tags, body: CreateBusinessUnitBody, response: { 201: Created } } },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createBusinessUnit(tx, ctx(req), req.body))),
  );
};
