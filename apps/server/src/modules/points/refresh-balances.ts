import type { PointPeriod } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { inUuids } from '../../platform/sql-helpers';
import { entriesOf } from './ledger.repository';
import { versionInForce, type RuleSetRow } from './rule-sets.repository';
import { balanceOf, type PointLedgerEntry } from './rules/index';

// The balance table is derived from the ledger in the same transaction as every entry, so lists and
// aggregates read stored numbers and a member's page explains them from the entries.

export const BALANCE_PERIODS: readonly { key: string; period: PointPeriod }[] = [
  { key: 'Y', period: { kind: 'year' } },
  ...[1, 2, 3, 4].map((quarter) => ({ key: `Q${quarter}`, period: { kind: 'quarter' as const, quarter } })),
  ...Array.from({ length: 12 }, (_, i) => ({ key: `M${String(i + 1).padStart(2, '0')}`, period: { kind: 'month' as const, month: i + 1 } })),
];

export function periodKey(period: PointPeriod): string {
  if (period.kind === 'year') return 'Y';
  if (period.kind === 'quarter') return `Q${period.quarter}`;
  return `M${String(period.month).padStart(2, '0')}`;
}

type BalanceRow = { personId: string; period: string; orgNodeId: string; base: number; positive: number; negative: number; total: number; vetoed: boolean; pending: number };

/** The balance rows of people under a rule set, from their entries (people without any get the base). */
export function balanceRows(ruleSet: RuleSetRow, people: readonly { personId: string; orgNodeId: string }[], entries: readonly PointLedgerEntry[]): BalanceRow[] {
  const byPerson = new Map<string, PointLedgerEntry[]>();
  for (const e of entries) byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  const out: BalanceRow[] = [];
  for (const p of people) {
    const mine = byPerson.get(p.personId) ?? [];
    for (const { key, period } of BALANCE_PERIODS) {
      const b = balanceOf(ruleSet.definition, mine, period);
      out.push({
        personId: p.personId,
        period: key,
        orgNodeId: p.orgNodeId,
        base: b.base,
        positive: b.positive,
        negative: b.negative,
        total: b.total,
        vetoed: b.vetoed,
        pending: b.entries.filter((c) => c.entry.status === 'claimed').length,
      });
    }
  }
  return out;
}

export async function writeBalanceRows(ex: Executor, ruleSetId: string, list: readonly BalanceRow[]): Promise<void> {
  if (list.length === 0) return;
  await ex.execute(sql`INSERT INTO point_balance (rule_set_id, person_id, period, org_node_id, base, positive, negative, total, vetoed, pending, updated_at)
    SELECT ${ruleSetId}, x."personId", x.period, x."orgNodeId", x.base, x.positive, x.negative, x.total, x.vetoed, x.pending, now()
    FROM json_to_recordset(${JSON.stringify(list)}::json) AS x("personId" uuid, period text, "orgNodeId" uuid, base numeric, positive numeric,
      negative numeric, total numeric, vetoed boolean, pending int)
    ON CONFLICT (rule_set_id, period, person_id) DO UPDATE SET org_node_id = excluded.org_node_id, base = excluded.base,
      positive = excluded.positive, negative = excluded.negative, total = excluded.total, vetoed = excluded.vetoed,
      pending = excluded.pending, updated_at = excluded.updated_at`);
}

/** Recomputes the stored balances of some people under one rule set. */
export async function refreshBalances(ex: Executor, given: RuleSetRow, personIds: readonly string[]): Promise<void> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) return;
  // Balances are kept under the version in force (an entry may belong to an earlier one).
  const ruleSet = given.status === 'published' ? given : await versionInForce(ex, given.id);
  if (!ruleSet) return;
  const people = await rows<{ personId: string; orgNodeId: string }>(
    ex,
    sql`SELECT id AS "personId", org_node_id AS "orgNodeId" FROM person WHERE ${inUuids(sql`id`, ids)}`,
  );
  await writeBalanceRows(ex, ruleSet.id, balanceRows(ruleSet, people, await entriesOf(ex, ruleSet, ids)));
}
