import { SMTPServer } from 'smtp-server';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliver } from '../src/modules/notifications/index';
import { generateReminders } from '../src/modules/orglife/index';
import { rows } from '../src/platform/db';
import { createSenders } from '../src/platform/senders';
import { createTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

const titles = async (username: string) => {
  const c = await t.login(username);
  return ((await c.get('/api/v1/notifications')).json().items as { title: string; type: string }[]).map((n) => `${n.type} ${n.title}`);
};

describe('reminders', () => {
  it('reminds the secretary of what is due within 7 days and overdue, and the committee of 换届, once', async () => {
    const secretary = await t.login('secretary');
    // Opting out of one type before the run: none of that type arrives.
    expect(
      (await secretary.put('/api/v1/notifications/preferences', { items: [{ type: 'meeting_overdue', inApp: false, email: false, sms: false }] })).statusCode,
    ).toBe(204);
    const first = await generateReminders(t.database.db, '2026-11-25');
    expect(first.notices).toBeGreaterThan(0);
    const again = await generateReminders(t.database.db, '2026-11-25');
    expect(again.notices).toBe(0);

    const mine = await titles('secretary');
    expect(mine).toContain('meeting_due 制丝车间第一党支部：主题党日将于2026-11-30前到期');
    expect(mine).toContain('meeting_due 制丝车间第一党支部：支委会将于2026-11-30前到期');
    expect(mine.some((x) => x.startsWith('meeting_overdue'))).toBe(false);

    const admin = await titles('admin');
    expect(admin).toContain('term_overdue 卷包车间第二党支部届期已满，请尽快换届');
    expect(admin.some((x) => x.startsWith('term_ending 制丝车间第二党支部将于'))).toBe(true);
    expect(admin.some((x) => x.startsWith('meeting_due'))).toBe(false);

    const other = await titles('other');
    expect(other.some((x) => x.includes('制丝车间'))).toBe(false);

    const list = (await secretary.get('/api/v1/notifications?unread=true')).json();
    expect(list.unread).toBe(list.items.length);
    expect((await secretary.post(`/api/v1/notifications/${list.items[0].id}/read`)).statusCode).toBe(204);
    expect((await secretary.get('/api/v1/notifications')).json().unread).toBe(list.unread - 1);
    expect((await (await t.login('other')).post(`/api/v1/notifications/${list.items[1].id}/read`)).statusCode).toBe(404);
  });

  it('sends e-mail copies through SMTP to those who asked for them', async () => {
    const received: { to: string; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (c: Buffer) => (data += c.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), data });
          callback();
        });
      },
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.server.address() as { port: number }).port;
    try {
      const other = await t.login('other');
      await t.database.db.execute(sql`UPDATE account SET email = 'other@example.test' WHERE username = 'other'`);
      await other.put('/api/v1/notifications/preferences', { items: [{ type: 'meeting_due', inApp: true, email: true, sms: false }] });
      const r = await generateReminders(t.database.db, '2026-12-27');
      const mine = r.deliveries.filter((d) => d.email === 'other@example.test');
      expect(mine.length).toBeGreaterThan(0);
      const senders = createSenders({ smtpUrl: `smtp://127.0.0.1:${port}`, smtpFrom: 'Zhibu <zhibu@example.test>' }, { info: () => undefined });
      await deliver(senders, r.deliveries, { warn: () => undefined });
      expect(received.filter((m) => m.to === 'other@example.test')).toHaveLength(mine.length);
      expect(received[0]!.data).toContain('Subject:');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
    const audit = await rows<{ action: string }>(t.database.db, sql`SELECT action FROM audit_event WHERE action = 'reminders.generate'`);
    expect(audit.length).toBeGreaterThanOrEqual(2);
  });
});
