import { MEETING_TYPES } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { addMonths } from '../../platform/clock';
import { rows, type Db } from '../../platform/db';
import { accountsCovering } from '../accounts/index';
import { notify, type Delivery, type Notice } from '../notifications/index';
import { currentTermFacts } from '../orgs/index';
import { heldCounts, rulesForYear } from './compliance.repository';
import { monthlyCompliance } from './rules/compliance';

const DAY = 86_400_000;

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

function periodEnd(period: string): string {
  // '2026-11' | '2026Q4' | '2026H2' | '2026'
  const y = Number(period.slice(0, 4));
  let month = 12;
  if (/^\d{4}-\d{2}$/.test(period)) month = Number(period.slice(5));
  else if (period.includes('Q')) month = Number(period.slice(5)) * 3;
  else if (period.includes('H')) month = Number(period.slice(5)) * 6;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  return `${y}-${String(month).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * Generates reminders for today, set-based over every branch and group: organisational life due within
 * 7 days, overdue from last month, and 换届 at 6 months and 1 month before the end of a term and after
 * it. Dedupe keys make repeated runs (and several instances) harmless.
 */
export async function generateReminders(db: Db, today: string): Promise<{ notices: number; deliveries: Delivery[] }> {
  const notices: Notice[] = [];
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const orgs = await rows<{ id: string; name: string; type: 'branch' | 'group' }>(
    db,
    sql`SELECT id, name, type FROM org_node WHERE type IN ('branch', 'group') AND dissolved_at IS NULL`,
  );
  const ids = orgs.map((o) => o.id);
  const [counts, terms, { rules }, secretaries] = await Promise.all([
    heldCounts(db, year, sql`o.type IN ('branch', 'group') AND o.dissolved_at IS NULL`),
    currentTermFacts(db, ids),
    rulesForYear(db, year),
    accountsCovering(db, ids, ['secretary']),
  ]);
  const secretariesOf = new Map<string, string[]>();
  for (const s of secretaries) secretariesOf.set(s.orgId, [...(secretariesOf.get(s.orgId) ?? []), s.accountId]);
  for (const o of orgs) {
    const to = secretariesOf.get(o.id) ?? [];
    if (to.length === 0) continue;
    const cells = monthlyCompliance(
      { type: o.type, hasCommittee: (terms.get(o.id)?.committeeSize ?? 0) >= 3, counts: counts.get(o.id) ?? {} },
      rules,
      year,
      today,
    );
    for (const m of cells[month - 1]?.missing ?? []) {
      const end = periodEnd(m.period);
      const left = daysBetween(today, end);
      if (left < 0 || left > 7) continue;
      const label = MEETING_TYPES.label(m.meetingType);
      for (const accountId of to) {
        notices.push({
          accountId,
          type: 'meeting_due',
          title: `${o.name}：${label}将于${end}前到期`,
          body: `${m.period} 应开展${label}${m.required}次，已开展${m.held}次，还剩${left}天。`,
          link: `/orglife/compliance/${o.id}`,
          dedupeKey: `due:${o.id}:${m.meetingType}:${m.period}`,
        });
      }
    }
    const previous = month > 1 ? cells[month - 2] : undefined;
    for (const m of previous?.status === 'red' ? previous.missing : []) {
      const label = MEETING_TYPES.label(m.meetingType);
      for (const accountId of to) {
        notices.push({
          accountId,
          type: 'meeting_overdue',
          title: `${o.name}：${m.period}${label}未开展`,
          body: `${m.period} 应开展${label}${m.required}次，实际${m.held}次。请尽快补充开展或说明原因。`,
          link: `/orglife/compliance/${o.id}`,
          dedupeKey: `overdue:${o.id}:${m.meetingType}:${m.period}`,
        });
      }
    }
  }

  // 换届: the branch itself and the higher organisation's administrators are reminded.
  const ending = await rows<{ termId: string; orgId: string; orgName: string; endsOn: string }>(
    db,
    sql`SELECT t.id AS "termId", t.org_node_id AS "orgId", o.name AS "orgName", t.ends_on AS "endsOn"
        FROM committee_term t JOIN org_node o ON o.id = t.org_node_id
        WHERE t.closed_on IS NULL AND o.type <> 'group' AND o.dissolved_at IS NULL AND t.ends_on <= ${addMonths(today, 6)}`,
  );
  const responsible = await accountsCovering(db, [...new Set(ending.map((e) => e.orgId))], ['secretary', 'committee_admin']);
  for (const t of ending) {
    const stage = t.endsOn < today ? 'over' : t.endsOn <= addMonths(today, 1) ? '1m' : '6m';
    for (const r of responsible.filter((x) => x.orgId === t.orgId)) {
      notices.push({
        accountId: r.accountId,
        type: stage === 'over' ? 'term_overdue' : 'term_ending',
        title: stage === 'over' ? `${t.orgName}届期已满，请尽快换届` : `${t.orgName}将于${t.endsOn}届满`,
        body:
          stage === 'over'
            ? `届期已于${t.endsOn}届满。延期换届须经上级党组织批准，一般不超过1年。`
            : `请按程序提前请示上级党组织，做好换届选举准备（届满前${stage === '1m' ? '1个月' : '6个月'}提醒）。`,
        link: `/orgs/${t.orgId}`,
        dedupeKey: `term${stage}:${t.termId}`,
      });
    }
  }
  return db.transaction(async (tx) => {
    const { inserted, deliveries } = await notify(tx, notices);
    if (inserted > 0) {
      await recordAudit(tx, { accountId: null, name: '系统提醒', ip: null }, {
        action: 'reminders.generate',
        entityType: 'notification',
        entityId: null,
        after: { date: today, notices: inserted },
      });
    }
    return { notices: inserted, deliveries };
  });
}
