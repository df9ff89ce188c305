import { APPRAISAL_GRADES, type AppraisalGrade } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit, type AuditActor } from '../../platform/audit';
import { orgsInScope, requireOrgsInScope } from '../../platform/access';
import { auditActor, type RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { addPersonHistory, membersOn } from '../people/index';
import { appraisalInputs } from './appraisal-inputs';
import { ballotCounts, entriesOf, getRound, type RoundRow } from './appraisal.repository';
import { checkGrades, finalGrade } from './rules/appraisal';

// 民主评议党员: a yearly round per branch. Members evaluate themselves and each other (ballots are
// counted, never shown per voter); the committee decides the grades; the round closes into each
// member's history.

async function roundInScope(ex: Executor, ctx: RequestContext, id: string, permission: 'meeting:read' | 'meeting:write', forUpdate = false) {
  const r = await getRound(ex, id, forUpdate);
  if (!r || !(await orgsInScope(ex, ctx.actor, permission, [r.orgNodeId])).has(r.orgNodeId)) {
    if (r && permission === 'meeting:write' && (await orgsInScope(ex, ctx.actor, 'meeting:read', [r.orgNodeId])).has(r.orgNodeId)) {
      throw new AppError('FORBIDDEN');
    }
    throw notFound();
  }
  return r;
}

const open = (r: RoundRow) => {
  if (r.status !== 'open') throw new AppError('APPRAISAL_ROUND_CLOSED');
};

export async function openAppraisal(ex: Executor, ctx: RequestContext, input: { orgNodeId: string; year: number }, today: string) {
  await requireOrgsInScope(ex, ctx.actor, 'meeting:write', [input.orgNodeId]);
  if (await one(ex, sql`SELECT 1 FROM appraisal_round WHERE org_node_id = ${input.orgNodeId} AND year = ${input.year}`)) {
    throw new AppError('APPRAISAL_ROUND_EXISTS', { year: input.year });
  }
  const id = newId();
  const onDate = today < `${input.year}-12-31` ? today : `${input.year}-12-31`;
  const members = await membersOn(ex, { orgNodeId: input.orgNodeId, date: onDate });
  await ex.execute(sql`INSERT INTO appraisal_round (id, org_node_id, year, status) VALUES (${id}, ${input.orgNodeId}, ${input.year}, 'open')`);
  for (const m of members) {
    await ex.execute(sql`INSERT INTO appraisal_entry (round_id, person_id) VALUES (${id}, ${m.personId})`);
  }
  // A veto recorded earlier in the year (a negative-list item in points) holds from the start.
  const vetoes = await vetoesFor(ex, members.map((m) => m.personId), input.year);
  for (const v of vetoes) await setVeto(ex, id, v);
  await recordAudit(ex, auditActor(ctx), {
    action: 'appraisal.open',
    entityType: 'appraisal_round',
    entityId: id,
    after: { ...input, members: members.length, vetoes: vetoes.map((v) => v.source) },
  });
  return { id };
}

/** A member's own self-evaluation and their ballots for the others. */
export async function submitMemberEvaluation(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  input: { selfGrade: AppraisalGrade; selfSummary: string; ballots: { personId: string; grade: AppraisalGrade }[] },
) {
  const r = await roundInScope(ex, ctx, roundId, 'meeting:read', true);
  open(r);
  const me = ctx.actor.personId;
  const entries = await entriesOf(ex, roundId);
  if (!me || !entries.some((e) => e.personId === me)) throw new AppError('APPRAISAL_NOT_PARTICIPANT');
  const others = new Set(entries.map((e) => e.personId).filter((p) => p !== me));
  const bad = input.ballots.findIndex((b) => !others.has(b.personId));
  if (bad >= 0) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: `ballots.${bad}.personId`, message: 'not another member of this round' }] });
  await ex.execute(sql`UPDATE appraisal_entry SET self_grade = ${input.selfGrade}, self_summary = ${input.selfSummary}
    WHERE round_id = ${roundId} AND person_id = ${me}`);
  await ex.execute(sql`DELETE FROM appraisal_ballot WHERE round_id = ${roundId} AND voter_person_id = ${me}`);
  for (const b of input.ballots) {
    await ex.execute(sql`INSERT INTO appraisal_ballot (round_id, voter_person_id, target_person_id, grade)
      VALUES (${roundId}, ${me}, ${b.personId}, ${b.grade})`);
  }
  // The audit keeps that a member voted, not how: ballots are anonymous to everyone, auditors included.
  await recordAudit(ex, auditActor(ctx), {
    action: 'appraisal.evaluate',
    entityType: 'appraisal_round',
    entityId: roundId,
    after: { selfGrade: input.selfGrade, ballots: input.ballots.length },
  });
}

/** The committee's grades (组织评定). Refuses more than a third as 优秀 and any grade but 不合格 for a veto. */
export async function decideGrades(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  grades: { personId: string; grade: AppraisalGrade; note?: string | null }[],
) {
  const r = await roundInScope(ex, ctx, roundId, 'meeting:write', true);
  open(r);
  const entries = await entriesOf(ex, roundId);
  const byPerson = new Map(grades.map((g) => [g.personId, g]));
  const unknown = grades.findIndex((g) => !entries.some((e) => e.personId === g.personId));
  if (unknown >= 0) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: `grades.${unknown}.personId`, message: 'not in this round' }] });
  const next = entries.map((e) => ({ personId: e.personId, grade: byPerson.get(e.personId)?.grade ?? e.orgGrade, vetoed: !!e.vetoSource }));
  const problems = checkGrades(next);
  for (const p of problems) {
    if (p.code === 'APPRAISAL_VETOED') {
      const e = entries.find((x) => x.personId === p.personId)!;
      throw new AppError('APPRAISAL_VETOED', { name: e.name, reason: e.vetoReason ?? e.vetoSource ?? '' });
    }
    throw new AppError('APPRAISAL_EXCELLENT_CAP', { members: p.members, cap: p.cap, count: p.count });
  }
  for (const g of grades) {
    await ex.execute(sql`UPDATE appraisal_entry SET org_grade = ${g.grade}, note = ${g.note ?? null}, decided_at = now()
      WHERE round_id = ${roundId} AND person_id = ${g.personId}`);
  }
  await recordAudit(ex, auditActor(ctx), {
    action: 'appraisal.decide',
    entityType: 'appraisal_round',
    entityId: roundId,
    before: Object.fromEntries(entries.filter((e) => byPerson.has(e.personId)).map((e) => [e.personId, e.orgGrade])),
    after: Object.fromEntries(grades.map((g) => [g.personId, g.grade])),
  });
}

type Veto = { personId: string; source: string; reason: string };

/** The vetoes the providers report for these members, one per member (the first recorded). */
async function vetoesFor(ex: Executor, personIds: readonly string[], year: number): Promise<Veto[]> {
  const inputs = await appraisalInputs(ex, { personIds, year });
  return [...inputs.values()].flatMap((list) => {
    const v = list.find((i) => i.vetoReason !== null);
    return v ? [{ personId: v.personId, source: v.source, reason: v.vetoReason! }] : [];
  });
}

async function setVeto(ex: Executor, roundId: string, v: Veto) {
  await ex.execute(sql`UPDATE appraisal_entry SET veto_source = ${v.source}, veto_reason = ${v.reason}, org_grade = 'unqualified'
    WHERE round_id = ${roundId} AND person_id = ${v.personId}`);
}

async function openEntryOf(ex: Executor, personId: string, year: number) {
  return one<{ roundId: string; vetoSource: string | null }>(
    ex,
    sql`SELECT e.round_id AS "roundId", e.veto_source AS "vetoSource" FROM appraisal_entry e JOIN appraisal_round r ON r.id = e.round_id
        WHERE e.person_id = ${personId} AND r.year = ${year} AND r.status = 'open' FOR UPDATE OF e`,
  );
}

/**
 * The input through which a negative-list veto (the points module) forces 不合格 in the member's
 * branch round of that year. Idempotent per source. A round opened later picks the veto up itself.
 */
export async function applyAppraisalVeto(
  ex: Executor,
  who: AuditActor,
  input: { personId: string; year: number; source: string; reason: string },
): Promise<{ applied: boolean }> {
  const entry = await openEntryOf(ex, input.personId, input.year);
  if (!entry) return { applied: false };
  await setVeto(ex, entry.roundId, input);
  await recordAudit(ex, who, { action: 'appraisal.veto', entityType: 'appraisal_round', entityId: entry.roundId, after: input });
  return { applied: true };
}

/**
 * A veto was reversed (a branch's correction, or an appeal upheld by the committee): the member's open
 * round no longer forces 不合格 on its account, and the grade is for the committee to decide again —
 * unless another veto still stands, which then takes its place. A closed round is history and stays.
 */
export async function liftAppraisalVeto(
  ex: Executor,
  who: AuditActor,
  input: { personId: string; year: number; source: string },
): Promise<{ lifted: boolean }> {
  const entry = await openEntryOf(ex, input.personId, input.year);
  if (!entry || entry.vetoSource !== input.source) return { lifted: false };
  await ex.execute(sql`UPDATE appraisal_entry SET veto_source = NULL, veto_reason = NULL, org_grade = NULL
    WHERE round_id = ${entry.roundId} AND person_id = ${input.personId}`);
  const still = (await vetoesFor(ex, [input.personId], input.year)).find((v) => v.source !== input.source);
  if (still) await setVeto(ex, entry.roundId, still);
  await recordAudit(ex, who, {
    action: 'appraisal.veto_lift',
    entityType: 'appraisal_round',
    entityId: entry.roundId,
    before: { vetoSource: input.source },
    after: { personId: input.personId, vetoSource: still?.source ?? null },
  });
  return { lifted: true };
}

/** Closes the round; every member's final grade goes into their history. */
export async function closeAppraisal(ex: Executor, ctx: RequestContext, roundId: string, today: string) {
  const r = await roundInScope(ex, ctx, roundId, 'meeting:write', true);
  open(r);
  const entries = await entriesOf(ex, roundId);
  const missing = entries.filter((e) => finalGrade({ personId: e.personId, grade: e.orgGrade, vetoed: !!e.vetoSource }) === null);
  if (missing.length > 0) throw new AppError('APPRAISAL_INCOMPLETE', { count: missing.length });
  await ex.execute(sql`UPDATE appraisal_round SET status = 'closed', closed_at = now() WHERE id = ${roundId}`);
  for (const e of entries) {
    const grade = finalGrade({ personId: e.personId, grade: e.orgGrade, vetoed: !!e.vetoSource })!;
    await addPersonHistory(ex, {
      personId: e.personId,
      kind: 'appraised',
      after: { year: r.year, grade, gradeLabel: APPRAISAL_GRADES.label(grade), orgName: r.orgName, veto: e.vetoReason },
      effectiveOn: today,
      note: `${r.year}年度民主评议：${APPRAISAL_GRADES.label(grade)}`,
      actorAccountId: ctx.actor.accountId,
    });
  }
  await recordAudit(ex, auditActor(ctx), { action: 'appraisal.close', entityType: 'appraisal_round', entityId: roundId, after: { members: entries.length } });
}

/** The round for the committee (all entries, ballot counts) or for a member (their own entry only). */
export async function getAppraisal(ex: Executor, ctx: RequestContext, roundId: string) {
  const r = await roundInScope(ex, ctx, roundId, 'meeting:read');
  const manager = (await orgsInScope(ex, ctx.actor, 'meeting:write', [r.orgNodeId])).has(r.orgNodeId);
  const entries = await entriesOf(ex, roundId);
  const counts = manager ? await ballotCounts(ex, roundId) : [];
  const visible = manager ? entries : entries.filter((e) => e.personId === ctx.actor.personId);
  const inputs = await appraisalInputs(ex, { personIds: visible.map((e) => e.personId), year: r.year });
  const others = entries.filter((e) => e.personId !== ctx.actor.personId).map((e) => ({ personId: e.personId, name: e.name }));
  return {
    ...r,
    manageable: manager,
    cap: Math.floor(entries.length / 3),
    members: entries.length,
    others,
    entries: visible.map((e) => ({
      ...e,
      finalGrade: finalGrade({ personId: e.personId, grade: e.orgGrade, vetoed: !!e.vetoSource }),
      ballots: Object.fromEntries(counts.filter((c) => c.personId === e.personId).map((c) => [c.grade, c.n])),
      inputs: (inputs.get(e.personId) ?? []).map(({ source, title, text, suggestion, vetoReason }) => ({ source, title, text, suggestion, veto: vetoReason !== null })),
    })),
  };
}
