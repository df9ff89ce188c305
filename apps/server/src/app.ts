import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { LIMITS } from '@zhibu/shared';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { accountRoutes } from './modules/accounts/index';
import { auditRoutes } from './modules/audit/index';
import { evaluationAppraisalInputs, evaluationRoutes } from './modules/evaluation/index';
import { orglifeRoutes, peopleLifeRoutes, planRoutes, provideAppraisalInputs } from './modules/orglife/index';
import { notificationRoutes } from './modules/notifications/index';
import { orgRoutes } from './modules/orgs/index';
import { peopleImportRoutes, peopleRoutes } from './modules/people/index';
import { pointsAppraisalInputs, pointsFollowPerson, pointsFromFacts, pointsRoutes } from './modules/points/index';
import { assessmentRoutes, roundRoutes, schemeRoutes } from './modules/ratings/index';
import { talentRoutes } from './modules/talent/index';
import { buildMetricRegistry } from './metric-registry';
import type { AppDeps } from './platform/deps';
import { AppError, errorHandler } from './platform/errors';
import { installAccessControl } from './platform/http';
import { systemRoutes } from './platform/system.routes';
import { onFactsChanged } from './platform/fact-events';

export type BuildOptions = AppDeps & { logger: FastifyBaseLogger; isReady?: () => boolean };

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const { config } = opts;
  const app = Fastify({
    loggerInstance: opts.logger,
    trustProxy: config.trustProxy,
    bodyLimit: 2 * 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS style tags at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    hsts: config.cookieSecure,
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyMultipart, { limits: { fileSize: LIMITS.importMaxBytes, files: 1, fields: 10 } });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Zhibu API', version: '0.1.0', description: 'Party branch work platform' },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  installAccessControl(app, opts);
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());

  await app.register(systemRoutes, { deps: opts, isReady: opts.isReady ?? (() => true) });
  await app.register(accountRoutes, { deps: opts });
  await app.register(orgRoutes, { deps: opts });
  await app.register(peopleRoutes, { deps: opts });
  await app.register(peopleImportRoutes, { deps: opts });
  await app.register(orglifeRoutes, { deps: opts });
  await app.register(peopleLifeRoutes, { deps: opts });
  await app.register(planRoutes, { deps: opts });
  await app.register(notificationRoutes, { deps: opts });
  const metrics = buildMetricRegistry();
  await app.register(schemeRoutes, { deps: opts, metrics });
  await app.register(roundRoutes, { deps: opts, metrics });
  await app.register(assessmentRoutes, { deps: opts });
  await app.register(pointsRoutes, { deps: opts });
  await app.register(evaluationRoutes, { deps: opts });
  await app.register(talentRoutes, { deps: opts });
  // Records entered once score once: meetings report their re-derived facts, points books the difference.
  onFactsChanged('points', pointsFromFacts);
  onFactsChanged('points.placement', pointsFollowPerson);
  // 民主评议 reads what the evaluation and the points suggest, and a points veto, without knowing either.
  provideAppraisalInputs('evaluation', evaluationAppraisalInputs);
  provideAppraisalInputs('points', pointsAppraisalInputs);
  await app.register(auditRoutes, { deps: opts });

  const webDist = config.webDist ?? path.resolve(import.meta.dirname, '../../web/dist');
  if (existsSync(path.join(webDist, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDist, wildcard: false, maxAge: '1h' });
    app.setNotFoundHandler((req, reply) => {
      const pathname = req.url.split('?')[0] ?? '';
      // Missing files (an old chunk after a deploy) are 404s, never the HTML shell with status 200.
      if (req.url.startsWith('/api/') || pathname.startsWith('/assets/') || /\.[a-z0-9]{1,8}$/i.test(pathname)) {
        return errorHandler(new AppError('NOT_FOUND'), req, reply);
      }
      // Client-side routes: serve the SPA shell, never cached so a new build is picked up.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((req, reply) => errorHandler(new AppError('NOT_FOUND'), req, reply));
  }
  return app;
}
