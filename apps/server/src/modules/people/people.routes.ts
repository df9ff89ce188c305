import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { createPerson } from './create-person';
import { findPeople } from './find-people';
import { getPerson } from './get-person';
import {
  CreatePersonBody,
  PeopleQuery,
  PersonDetailDto,
  PersonListItemDto,
  TransferPersonBody,
  UpdatePersonBody,
} from './people.schemas';
import { transferPerson } from './transfer-person';
import { updatePerson } from './update-person';

const IdParams = z.object({ id: z.string().uuid() });
const tags = ['people'];

export const peopleRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);

  app.get(
    '/api/v1/people',
    {
      config: { permission: 'person:read' },
      schema: {
        tags,
        querystring: PeopleQuery,
        response: {
          200: z.object({ items: z.array(PersonListItemDto), total: z.number(), page: z.number(), pageSize: z.number() }),
        },
      },
    },
    async (req) => findPeople(db, ctx(req), req.query),
  );

  // 'self:read' lets members open their own record; getPerson checks the scope for anyone else.
  app.get(
    '/api/v1/people/:id',
    { config: { permission: 'self:read' }, schema: { tags, params: IdParams, response: { 200: PersonDetailDto } } },
    async (req) => getPerson(db, ctx(req), req.params.id),
  );

  app.post(
    '/api/v1/people',
    {
      config: { permission: 'person:write' },
      schema: { tags, body: CreatePersonBody, response: { 201: z.object({ id: z.string() }) } },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createPerson(tx, ctx(req), req.body))),
  );

  app.patch(
    '/api/v1/people/:id',
    { config: { permission: 'person:write' }, schema: { tags, params: IdParams, body: UpdatePersonBody } },
    async (req, reply) => {
      await db.transaction((tx) => updatePerson(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/people/:id/transfer',
    { config: { permission: 'person:write' }, schema: { tags, params: IdParams, body: TransferPersonBody } },
    async (req, reply) => {
      await db.transaction((tx) => transferPerson(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );
};
