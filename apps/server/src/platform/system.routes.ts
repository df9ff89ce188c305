import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './deps';
import { formatMessage, type ErrorCode } from '@zhibu/shared';
import { contextOf } from './http';
import { langOf } from './i18n';

/** Liveness, readiness and job status. */
export const systemRoutes: FastifyPluginAsyncZod<{ deps: AppDeps; isReady: () => boolean }> = async (app, opts) => {
  const { deps } = opts;
  app.get(
    '/api/health',
    { config: { public: true }, schema: { tags: ['system'], response: { 200: z.object({ status: z.literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/api/ready',
    {
      config: { public: true },
      schema: { tags: ['system'], response: { 200: z.object({ status: z.string() }), 503: z.object({ status: z.string() }) } },
    },
    async (_req, reply) =>
      opts.isReady() ? { status: 'ready' } : reply.status(503).send({ status: 'starting' }),
  );
  app.get(
    '/api/v1/jobs/:id',
    {
      config: { permission: 'authenticated' },
      schema: {
        tags: ['system'],
        params: z.object({ id: z.string().uuid() }),
        response: {
          200: z.object({
            id: z.string(),
            kind: z.string(),
            state: z.enum(['queued', 'running', 'succeeded', 'failed']),
            progress: z.object({ done: z.number(), total: z.number() }),
            result: z.unknown(),
            error: z.unknown(),
            /** The failure in the user's language, when the job failed. */
            message: z.string().nullable(),
            createdAt: z.string(),
            finishedAt: z.string().nullable(),
          }),
        },
      },
    },
    async (req) => {
      const job = await deps.jobs.get(req.params.id, contextOf(req, deps.config).actor.accountId);
      const e = job.error as { code?: ErrorCode; params?: Record<string, unknown> } | null;
      return { ...job, message: e?.code ? formatMessage(e.code, langOf(req), e.params ?? {}) : null };
    },
  );
};
