import type { Permission } from '@zhibu/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { can, type Actor } from './access';
import type { Config } from './config';
import type { RequestContext } from './context';
import type { Database } from './db';
import { AppError } from './errors';
import { CSRF_HEADER, loadSession, SESSION_COOKIE } from './session';

/** 'authenticated': any signed-in user (their own profile, logout, password change, their jobs). */
export type RoutePermission = Permission | 'authenticated';

declare module 'fastify' {
  // Module augmentation needs interfaces.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyContextConfig {
    permission?: RoutePermission;
    public?: boolean;
    /** Reachable while the account must still change its initial password. */
    allowPendingPasswordChange?: boolean;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyRequest {
    actor: Actor | null;
    sessionHash: string | null;
    csrfToken: string | null;
    mustChangePassword: boolean;
  }
}

export type DeclaredRoute = { method: string; url: string; permission: RoutePermission | null; public: boolean };

const GUARDED = /^\/api\/(v1\/|health$|ready$|openapi\.json$)/;

function methods(route: RouteOptions): string[] {
  return [route.method].flat().map(String);
}

/**
 * Installs the one access check of the API: every guarded route must declare `permission` or
 * `public: true` (registration fails otherwise), and each request is authenticated, checked for
 * CSRF on writes, and checked for the declared permission before its handler runs.
 */
export function installAccessControl(app: FastifyInstance, deps: { config: Config; database: Database }) {
  const declared: DeclaredRoute[] = [];
  app.decorate('declaredRoutes', declared);
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionHash', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('mustChangePassword', false);

  app.addHook('onRoute', (route) => {
    if (!GUARDED.test(route.url)) return;
    const cfg = (route.config ?? {}) as { permission?: RoutePermission; public?: boolean };
    if (!cfg.permission && cfg.public !== true) {
      throw new Error(`Route ${methods(route).join(',')} ${route.url} declares neither a permission nor public: true`);
    }
    for (const m of methods(route)) {
      if (m === 'HEAD') continue;
      declared.push({ method: m, url: route.url, permission: cfg.permission ?? null, public: cfg.public === true });
    }
  });

  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    const cfg = req.routeOptions.config;
    if (!req.routeOptions.url || !GUARDED.test(req.routeOptions.url)) return;
    const token = req.cookies[SESSION_COOKIE];
    if (cfg.public) {
      // Public routes still see who is signed in (login page, logout after expiry).
      if (token) await attach(req, token, deps, false);
      return;
    }
    const state = await attach(req, token, deps, true);
    const actor = req.actor;
    if (state !== 'ok' || !actor) throw new AppError(state === 'expired' ? 'SESSION_EXPIRED' : 'UNAUTHENTICATED');
    if (req.mustChangePassword && !cfg.allowPendingPasswordChange) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method) && req.headers[CSRF_HEADER] !== req.csrfToken) {
      throw new AppError('CSRF_FAILED');
    }
    const perm = cfg.permission!;
    if (perm !== 'authenticated' && !can(actor, perm)) throw new AppError('FORBIDDEN');
  });

  return declared;
}

async function attach(
  req: FastifyRequest,
  token: string | undefined,
  deps: { config: Config; database: Database },
  _required: boolean,
): Promise<'ok' | 'none' | 'expired'> {
  const s = await loadSession(
    deps.database.db,
    { secret: deps.config.sessionSecret, demoMode: deps.config.demo },
    token,
  );
  if (s.state !== 'ok') return s.state;
  req.actor = s.actor;
  req.sessionHash = s.tokenHash;
  req.csrfToken = s.csrfToken;
  req.mustChangePassword = s.mustChangePassword;
  return 'ok';
}

/** The context a use case receives. Only call on routes that require a session. */
export function contextOf(req: FastifyRequest, config: Config): RequestContext {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return { actor: req.actor, ip: req.ip, timeZone: config.timeZone };
}

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface FastifyInstance {
    declaredRoutes: DeclaredRoute[];
  }
}
