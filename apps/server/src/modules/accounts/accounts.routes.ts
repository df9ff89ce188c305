import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { deleteSession, loadSession, SESSION_COOKIE } from '../../platform/session';
import {
  AccountDto,
  AccountsQuery,
  AssignRoleBody,
  ChangePasswordBody,
  CreateAccountBody,
  LoginBody,
  MeDto,
  ResetPasswordBody,
  UpdateAccountBody,
} from './accounts.schemas';
import { changePassword } from './change-password';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { findAccounts, findPersonCandidates, orgOptions } from './find-accounts';
import { presentMe } from './get-me';
import { login } from './login';
import { createAccount, resetPassword, unlockAccount, updateAccount } from './manage-account';
import { assignRole, revokeRole } from './manage-roles';

const IdParams = z.object({ id: z.string().uuid() });
const tags = ['accounts'];

export const accountRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const { config } = deps;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, config);
  const cookie = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: { tags, body: LoginBody, response: { 200: MeDto } },
    },
    async (req, reply) => {
      const s = await login(db, config.sessionSecret, {
        ...req.body,
        ip: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        timeZone: config.timeZone,
      });
      reply.setCookie(SESSION_COOKIE, s.token, cookie);
      // Load the actor through the same path every later request takes.
      const loaded = await loadSession(db, { secret: config.sessionSecret, demoMode: config.demo }, s.token);
      if (loaded.state !== 'ok') throw new Error('session vanished after login');
      return presentMe(loaded.actor, {
        csrfToken: loaded.csrfToken,
        mustChangePassword: loaded.mustChangePassword,
        demo: config.demo,
      });
    },
  );

  app.post('/api/v1/auth/logout', { config: { public: true }, schema: { tags } }, async (req, reply) => {
    if (req.sessionHash) await deleteSession(db, req.sessionHash);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get(
    '/api/v1/auth/me',
    {
      config: { permission: 'authenticated', allowPendingPasswordChange: true },
      schema: { tags, response: { 200: MeDto } },
    },
    async (req) =>
      presentMe(ctx(req).actor, {
        csrfToken: req.csrfToken!,
        mustChangePassword: req.mustChangePassword,
        demo: config.demo,
      }),
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'authenticated', allowPendingPasswordChange: true },
      schema: { tags, body: ChangePasswordBody },
    },
    async (req, reply) => {
      await db.transaction((tx) => changePassword(tx, ctx(req), { ...req.body, keepSession: req.sessionHash }));
      return reply.status(204).send();
    },
  );

  // The login page lists the demo accounts only while demo mode is on.
  app.get(
    '/api/v1/auth/demo-accounts',
    {
      config: { public: true },
      schema: {
        tags,
        response: {
          200: z.object({
            demo: z.boolean(),
            password: z.string().nullable(),
            items: z.array(z.object({ username: z.string(), role: z.string(), description: z.string() })),
          }),
        },
      },
    },
    async () =>
      config.demo
        ? {
            demo: true,
            password: DEMO_ACCOUNTS.password,
            items: DEMO_ACCOUNTS.accounts.map((a) => ({ username: a.username, role: a.role, description: a.description })),
          }
        : { demo: false, password: null, items: [] },
  );

  app.get(
    '/api/v1/accounts',
    {
      config: { permission: 'account:read' },
      schema: {
        tags,
        querystring: AccountsQuery,
        response: {
          200: z.object({ items: z.array(AccountDto), total: z.number(), page: z.number(), pageSize: z.number() }),
        },
      },
    },
    async (req) => findAccounts(db, req.query, { demoMode: config.demo }),
  );

  app.get(
    '/api/v1/accounts/person-candidates',
    {
      config: { permission: 'account:write' },
      schema: {
        tags,
        querystring: z.object({ q: z.string().trim().min(1).max(50) }),
        response: { 200: z.object({ items: z.array(z.object({ id: z.string(), name: z.string(), orgName: z.string() })) }) },
      },
    },
    async (req) => ({ items: await findPersonCandidates(db, req.query.q) }),
  );

  app.get(
    '/api/v1/accounts/org-options',
    {
      config: { permission: 'role:read' },
      schema: {
        tags,
        response: {
          200: z.object({
            items: z.array(z.object({ id: z.string(), parentId: z.string().nullable(), name: z.string(), type: z.string() })),
          }),
        },
      },
    },
    async () => ({ items: await orgOptions(db) }),
  );

  app.post(
    '/api/v1/accounts',
    {
      config: { permission: 'account:write' },
      schema: { tags, body: CreateAccountBody, response: { 201: z.object({ id: z.string() }) } },
    },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createAccount(tx, ctx(req), req.body))),
  );

  app.patch(
    '/api/v1/accounts/:id',
    { config: { permission: 'account:write' }, schema: { tags, params: IdParams, body: UpdateAccountBody } },
    async (req, reply) => {
      await db.transaction((tx) => updateAccount(tx, ctx(req), req.params.id, req.body));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/accounts/:id/reset-password',
    { config: { permission: 'account:write' }, schema: { tags, params: IdParams, body: ResetPasswordBody } },
    async (req, reply) => {
      await db.transaction((tx) => resetPassword(tx, ctx(req), req.params.id, req.body.newPassword));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/accounts/:id/unlock',
    { config: { permission: 'account:write' }, schema: { tags, params: IdParams } },
    async (req, reply) => {
      await db.transaction((tx) => unlockAccount(tx, ctx(req), req.params.id));
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/accounts/:id/roles',
    {
      config: { permission: 'role:write' },
      schema: { tags, params: IdParams, body: AssignRoleBody, response: { 201: z.object({ id: z.string() }) } },
    },
    async (req, reply) =>
      reply.status(201).send(await db.transaction((tx) => assignRole(tx, ctx(req), req.params.id, req.body))),
  );

  app.delete(
    '/api/v1/accounts/:id/roles/:assignmentId',
    {
      config: { permission: 'role:write' },
      schema: { tags, params: IdParams.extend({ assignmentId: z.string().uuid() }) },
    },
    async (req, reply) => {
      await db.transaction((tx) => revokeRole(tx, ctx(req), req.params.id, req.params.assignmentId));
      return reply.status(204).send();
    },
  );
};
