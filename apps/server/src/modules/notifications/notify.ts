import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import type { Senders } from '../../platform/senders';
import type { NotificationType } from './notification-types';

export type Notice = {
  accountId: string;
  type: NotificationType;
  title: string;
  body: string;
  link: string | null;
  dedupeKey: string;
};

export type Delivery = { accountId: string; email: string | null; phone: string | null; title: string; body: string; channels: ('email' | 'sms')[] };

/**
 * Adds notices to the in-app centre, skipping accounts that switched the type off and notices already
 * sent (same account and dedupe key) — so reminders can be generated as often as wanted, by any
 * number of instances. Returns what should also go out by e-mail or SMS, for delivery after commit.
 */
export async function notify(ex: Executor, notices: readonly Notice[]): Promise<{ inserted: number; deliveries: Delivery[] }> {
  if (notices.length === 0) return { inserted: 0, deliveries: [] };
  const payload = JSON.stringify(notices);
  const [r] = await rows<{ inserted: number; deliveries: Delivery[] }>(
    ex,
    sql`WITH input AS (
          SELECT * FROM jsonb_to_recordset(${payload}::jsonb)
            AS x("accountId" uuid, type text, title text, body text, link text, "dedupeKey" text)
        ), wanted AS (
          SELECT i.* FROM input i
          LEFT JOIN notification_preference p ON p.account_id = i."accountId" AND p.type = i.type
          WHERE coalesce(p.in_app, true)
        ), inserted AS (
          INSERT INTO notification (id, account_id, type, title, body, link, dedupe_key)
          SELECT gen_random_uuid(), "accountId", type, title, body, link, "dedupeKey" FROM wanted
          ON CONFLICT (account_id, dedupe_key) DO NOTHING
          RETURNING account_id, type, title, body
        )
        SELECT (SELECT count(*)::int FROM inserted) AS inserted,
               coalesce((SELECT jsonb_agg(jsonb_build_object(
                   'accountId', i.account_id, 'email', a.email, 'phone', a.phone, 'title', i.title, 'body', i.body,
                   'channels', to_jsonb(array_remove(ARRAY[CASE WHEN p.email THEN 'email' END, CASE WHEN p.sms THEN 'sms' END], NULL))))
                 FROM inserted i JOIN account a ON a.id = i.account_id
                 JOIN notification_preference p ON p.account_id = i.account_id AND p.type = i.type
                 WHERE p.email OR p.sms), '[]'::jsonb) AS deliveries`,
  );
  return r ?? { inserted: 0, deliveries: [] };
}

/** Sends the e-mail / SMS copies; a failed delivery is logged and never undoes the in-app notice. */
export async function deliver(senders: Senders, deliveries: readonly Delivery[], log: { warn(obj: object, msg: string): void }) {
  for (const d of deliveries) {
    for (const ch of d.channels) {
      const to = ch === 'email' ? d.email : d.phone;
      const sender = senders[ch];
      if (!to || !sender) continue;
      await sender.send({ to, subject: d.title, text: d.body }).catch((err: unknown) => log.warn({ err, channel: ch }, 'notification delivery failed'));
    }
  }
}
