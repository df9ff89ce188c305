import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('authentication', () => {
  it('answers 401 with a Chinese message to anonymous requests', async () => {
    const res = await t.anonymous().get('/api/v1/people');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录' });
  });

  it('speaks English when asked', async () => {
    const res = await t.anonymous().request({ method: 'GET', url: '/api/v1/people', headers: { 'accept-language': 'en-US' } });
    expect(res.json().message).toBe('Please sign in');
  });

  it('signs in by username or by phone, and returns permissions and the CSRF token', async () => {
    const me = await (await t.login('secretary')).get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().permissions).toContain('person:read');
    expect(me.json().permissions).not.toContain('audit:read');
    await t.database.db.execute(sql`UPDATE account SET phone = '13800001111' WHERE username = 'member'`);
    const byPhone = await t.anonymous().post('/api/v1/auth/login', { login: '13800001111', password: 'Zhibu@2026' });
    expect(byPhone.statusCode).toBe(200);
    expect(byPhone.json().user.username).toBe('member');
    expect(byPhone.json().csrfToken).toMatch(/.{20,}/);
  });

  it('rejects a wrong password without saying whether the user exists', async () => {
    const wrong = await t.anonymous().post('/api/v1/auth/login', { login: 'member', password: 'nope' });
    const unknown = await t.anonymous().post('/api/v1/auth/login', { login: 'nobody', password: 'nope' });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().code).toBe('LOGIN_FAILED');
    expect(unknown.json().code).toBe('LOGIN_FAILED');
  });

  it('locks the account for 15 minutes after five wrong passwords, even for the right password', async () => {
    const anon = t.anonymous();
    for (let i = 0; i < 4; i++) {
      expect((await anon.post('/api/v1/auth/login', { login: 'other', password: `wrong-${i}` })).statusCode).toBe(401);
    }
    const fifth = await anon.post('/api/v1/auth/login', { login: 'other', password: 'wrong-5' });
    expect(fifth.statusCode).toBe(403);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    const right = await anon.post('/api/v1/auth/login', { login: 'other', password: 'Zhibu@2026' });
    expect(right.statusCode).toBe(403);
    expect(right.json().code).toBe('ACCOUNT_LOCKED');
    const until = Date.parse(right.json().details.lockedUntil);
    expect(until - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    // When the lock has expired the right password works again.
    await t.database.db.execute(sql`UPDATE account SET locked_until = now() - interval '1 second' WHERE username = 'other'`);
    expect((await anon.post('/api/v1/auth/login', { login: 'other', password: 'Zhibu@2026' })).statusCode).toBe(200);
  });

  it('refuses writes without the CSRF header', async () => {
    const c = await t.login('admin');
    const res = await c.request({
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'Zhibu@2026', newPassword: 'Another#2026' },
      headers: { 'x-csrf-token': 'forged' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_FAILED');
  });

  it('ends a session after 30 idle minutes', async () => {
    const c = await t.login('member');
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(200);
    await t.database.db.execute(
      sql`UPDATE session SET last_seen_at = now() - interval '31 minutes'
          WHERE account_id = (SELECT id FROM account WHERE username = 'member')`,
    );
    const res = await c.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });

  it('logs out', async () => {
    const c = await t.login('member');
    expect((await c.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await c.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('forces a new account to change its initial password, with the password policy', async () => {
    const sys = await t.login('sysadmin');
    const weak = await sys.post('/api/v1/accounts', { username: 'newbie', displayName: '新用户', initialPassword: 'short' });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().code).toBe('PASSWORD_POLICY');
    const created = await sys.post('/api/v1/accounts', { username: 'newbie', displayName: '新用户', initialPassword: 'Init#Pass2026' });
    expect(created.statusCode).toBe(201);
    const sec = await t.login('secadmin');
    const orgs = (await sec.get('/api/v1/accounts/org-options')).json().items as { id: string; parentId: string | null }[];
    const root = orgs.find((o) => o.parentId === null)!;
    expect((await sec.post(`/api/v1/accounts/${created.json().id}/roles`, { role: 'inspector', orgNodeId: root.id })).statusCode).toBe(201);

    const newbie = await t.login('newbie', 'Init#Pass2026');
    expect((await newbie.get('/api/v1/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await newbie.get('/api/v1/people');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const policy = await newbie.post('/api/v1/auth/password', { currentPassword: 'Init#Pass2026', newPassword: 'alllowercase' });
    expect(policy.json().code).toBe('PASSWORD_POLICY');
    const ok = await newbie.post('/api/v1/auth/password', { currentPassword: 'Init#Pass2026', newPassword: 'Better#Pass2026' });
    expect(ok.statusCode).toBe(204);
    expect((await newbie.get('/api/v1/people')).statusCode).toBe(200);
  });

  it('exempts demo accounts from the forced change only while demo mode is on', async () => {
    const off = await createTestApp({ env: { ZHIBU_DEMO: 'off' } });
    try {
      const c = await off.login('secretary');
      expect((await c.get('/api/v1/people')).json().code).toBe('PASSWORD_CHANGE_REQUIRED');
      expect((await off.anonymous().get('/api/v1/auth/demo-accounts')).json()).toEqual({ demo: false, password: null, items: [] });
    } finally {
      await off.close();
    }
    const list = (await t.anonymous().get('/api/v1/auth/demo-accounts')).json();
    expect(list.items.map((a: { username: string }) => a.username)).toEqual(
      expect.arrayContaining(['admin', 'secretary', 'member', 'other', 'sysadmin', 'secadmin', 'auditor']),
    );
  });

  it('rate-limits login attempts per IP', async () => {
    const anon = t.anonymous();
    let limited = 0;
    for (let i = 0; i < 25; i++) {
      const r = await anon.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { login: 'ghost', password: 'x' },
        remoteAddress: '10.9.9.9',
      });
      if (r.statusCode === 429) {
        limited++;
        expect(r.json().code).toBe('RATE_LIMITED');
      }
    }
    expect(limited).toBeGreaterThan(0);
  });
});
