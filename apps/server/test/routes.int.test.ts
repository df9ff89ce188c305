import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installAccessControl } from '../src/platform/http';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ kind: 'empty' });
});
afterAll(async () => t?.close());

describe('every API route declares its access', () => {
  it('lists only routes with a permission or public: true, and only the expected public ones', () => {
    const routes = t.app.declaredRoutes;
    expect(routes.length).toBeGreaterThan(25);
    for (const r of routes) expect(r.public || r.permission !== null).toBe(true);
    const open = routes.filter((r) => r.public).map((r) => `${r.method} ${r.url}`).sort();
    expect(open).toEqual([
      'GET /api/health',
      'GET /api/openapi.json',
      'GET /api/ready',
      'GET /api/v1/auth/demo-accounts',
      'GET /api/v1/rate/:token',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/logout',
      'POST /api/v1/rate/:token',
    ]);
  });

  it('refuses to register a route that declares neither', () => {
    const app = Fastify();
    installAccessControl(app, { config: t.config, database: t.database });
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow(/declares neither a permission nor public: true/);
  });

  it('sends security headers', async () => {
    const res = await t.anonymous().get('/api/health');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves the OpenAPI document', async () => {
    const res = await t.anonymous().get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toContain('/api/v1/people');
  });
});

describe('the web app shell', () => {
  it('answers 404, not the HTML shell, for a missing asset', async () => {
    const res = await t.anonymous().get('/assets/index-deadbeef.js');
    expect(res.statusCode).toBe(404);
  });
});
