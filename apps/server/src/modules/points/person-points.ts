import { POINT_PARTICIPANT_ROLES, pointItemOf, type PointPeriod } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { inUuids } from '../../platform/sql-helpers';
import { entriesOf } from './ledger.repository';
import { participants, requireParticipant, type Participant } from './participants';
import { ruleSetInForce } from './rule-sets.repository';
import { appraisalInput, balanceOf } from './rules/index';

// One person's points for a year or a period, every entry with what it counted and why, the items they
// may claim, their appeals, and what 民主评议 will receive. Members read their own; branch administrators
// read their members' (points:read). Nobody else's points and no ranking appear here.

async function pointsOf(ex: Executor, person: Participant, year: number, period: PointPeriod) {
  const ruleSet = await ruleSetInForce(ex, person.orgPath, year);
  const role = POINT_PARTICIPANT_ROLES.find((r) => r.value === person.role)!;
  const base = { person: { id: person.personId, name: person.name, role: person.role, roleLabel: { zh: role.zh, en: role.en } }, year, period };
  if (!ruleSet) return { ...base, ruleSet: null, balance: null, entries: [], claimable: [], appeals: [], appraisal: null };
  const def = ruleSet.definition;
  const entries = await entriesOf(ex, ruleSet, [person.personId]);
  const balance = balanceOf(def, entries, period);
  const yearBalance = period.kind === 'year' ? balance : balanceOf(def, entries, { kind: 'year' });
  const ids = entries.map((e) => e.id);
  const [files, appeals] = await Promise.all([
    ids.length
      ? rows<{ id: string; ownerId: string; fileName: string; mime: string; hasThumb: boolean }>(
          ex,
          sql`SELECT id, owner_id AS "ownerId", file_name AS "fileName", mime, thumb_key IS NOT NULL AS "hasThumb" FROM attachment WHERE owner_type = 'point_entry' AND ${inUuids(sql`owner_id`, ids)}`,
        )
      : Promise.resolve([]),
    rows<{ id: string; entryId: string; reason: string; status: string; createdAt: string; decidedAt: string | null; decisionReason: string | null }>(
      ex,
      sql`SELECT id, entry_id AS "entryId", reason, status, created_at AS "createdAt", decided_at AS "decidedAt", decision_reason AS "decisionReason"
          FROM point_appeal WHERE person_id = ${person.personId} AND ${ids.length ? inUuids(sql`entry_id`, ids) : sql`false`} ORDER BY created_at DESC`,
    ),
  ]);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const counted = new Map(balance.entries.map((c) => [c.entry.id, c]));
  return {
    ...base,
    ruleSet: { id: ruleSet.id, name: ruleSet.name, version: ruleSet.version, basePoints: def.basePoints, positiveCap: def.positiveCap, minTotal: def.minTotal, maxTotal: def.maxTotal },
    balance: {
      from: balance.from,
      to: balance.to,
      base: balance.base,
      positive: balance.positive,
      negative: balance.negative,
      total: balance.total,
      vetoed: balance.vetoed,
      vetoItems: balance.vetoItems,
      categories: balance.categories,
      lines: balance.lines,
    },
    // Entries of the period (or the year), newest first, each with its item, what it counted and why.
    entries: entries
      .filter((e) => e.occurredOn >= balance.from && e.occurredOn <= balance.to)
      .reverse()
      .map((e) => {
        const item = pointItemOf(def, e.ruleCode);
        const c = counted.get(e.id);
        return {
          id: e.id,
          itemCode: e.ruleCode,
          itemTitle: item?.title ?? e.ruleCode,
          category: item?.category ?? null,
          veto: item?.veto ?? false,
          points: e.points,
          units: e.units,
          counted: c?.counted ?? 0,
          explanation: c?.explanation ?? null,
          occurredOn: e.occurredOn,
          origin: e.origin,
          sourceType: e.sourceType,
          sourceId: e.sourceType === 'meeting' ? e.sourceId : null,
          status: e.status,
          note: e.note,
          reviewReason: e.reviewReason,
          reversesId: e.reversesEntryId ?? null,
          reversedBy: e.reversedBy,
          reversesTitle: e.reversesEntryId ? (byId.get(e.reversesEntryId)?.occurredOn ?? null) : null,
          files: files.filter((f) => f.ownerId === e.id).map((f) => ({ id: f.id, fileName: f.fileName, mime: f.mime, hasThumb: f.hasThumb })),
        };
      }),
    claimable: def.items
      .filter((i) => i.awardedBy === 'self_claim')
      .map((i) => ({ code: i.code, title: i.title, category: i.category, points: i.points, unit: i.unit, cap: i.cap, evidenceRequired: i.evidenceRequired })),
    appeals,
    appraisal: appraisalInput(yearBalance, person.role),
  };
}

export async function myPoints(ex: Executor, ctx: RequestContext, q: { year: number; period: PointPeriod }) {
  return pointsOf(ex, await requireParticipant(ex, ctx.actor.personId), q.year, q.period);
}

export async function memberPoints(ex: Executor, ctx: RequestContext, q: { personId: string; year: number; period: PointPeriod }) {
  const person = (await participants(ex, [q.personId])).get(q.personId);
  if (!person) throw notFound();
  try {
    await requireOrgsInScope(ex, ctx.actor, 'points:read', [person.orgNodeId]);
  } catch {
    throw notFound();
  }
  return pointsOf(ex, person, q.year, q.period);
}
