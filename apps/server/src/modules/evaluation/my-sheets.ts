import { RATER_GROUP_VALUES, type RaterGroup } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { getOrgRow } from '../orgs/index';
import { personNames, placementsOf } from '../people/index';
import { STATUS_LABELS } from './round-access';
import { getRoundRow, sheetsOfRater, type RoundRow } from './rounds.repository';
import { ratingForm, sheetIssues } from './rating-form';
import { checkRatingSheet } from './rules/index';

// A signed-in rater's sheets (self, fellow members, branch committee). Decision: a submitted sheet may
// be changed until the round closes — the last version counts, submitted_at keeps the first submission
// and updated_at the last change — so a slip can be corrected without asking the branch to reopen it.

/**
 * The rounds the actor takes part in: those where they have sheets to fill in, and the published
 * rounds of their branch (as ratee or as a member placed in it now), newest first.
 */
export async function myRounds(ex: Executor, ctx: RequestContext) {
  const personId = ctx.actor.personId;
  if (!personId) return { items: [] };
  const branch = (await placementsOf(ex, [personId])).get(personId) ?? null;
  const list = await rows<{
    id: string;
    orgNodeId: string;
    title: string;
    year: number;
    quarter: number | null;
    status: RoundRow['status'];
    sheets: number;
    submitted: number;
  }>(
    ex,
    sql`SELECT r.id, r.org_node_id AS "orgNodeId", r.title, r.year, r.quarter, r.status,
               (SELECT count(*)::int FROM evaluation_sheet s WHERE s.round_id = r.id AND s.rater_id = ${personId}) AS sheets,
               (SELECT count(*)::int FROM evaluation_sheet s WHERE s.round_id = r.id AND s.rater_id = ${personId} AND s.submitted_at IS NOT NULL) AS submitted
        FROM evaluation_round r
        WHERE r.status <> 'draft' AND (
          EXISTS (SELECT 1 FROM evaluation_sheet s WHERE s.round_id = r.id AND s.rater_id = ${personId})
          OR (r.status = 'published' AND (r.org_node_id = ${branch}
              OR EXISTS (SELECT 1 FROM evaluation_ratee x WHERE x.round_id = r.id AND x.person_id = ${personId}))))
        ORDER BY r.year DESC, r.quarter DESC NULLS FIRST, r.created_at DESC`,
  );
  return { items: list.map((r) => ({ ...r, statusLabel: STATUS_LABELS[r.status] })) };
}

async function raterRound(ex: Executor, ctx: RequestContext, roundId: string, lock: 'share' | null) {
  const round = await getRoundRow(ex, roundId, lock);
  const personId = ctx.actor.personId;
  if (!round || !personId || round.status === 'draft') throw notFound();
  const sheets = await sheetsOfRater(ex, round.id, personId, lock !== null);
  if (sheets.length === 0) throw notFound();
  return { round, sheets };
}

const groupOrder = (g: RaterGroup) => RATER_GROUP_VALUES.indexOf(g);

/** The actor's sheets of a round: per group the form, per ratee the scores so far. Names in name order. */
export async function mySheets(ex: Executor, ctx: RequestContext, roundId: string) {
  const { round, sheets } = await raterRound(ex, ctx, roundId, null);
  const [names, org] = await Promise.all([
    personNames(
      ex,
      sheets.map((s) => s.rateeId),
    ),
    getOrgRow(ex, round.orgNodeId),
  ]);
  const groups = [...new Set(sheets.map((s) => s.group))].sort((a, b) => groupOrder(a) - groupOrder(b));
  return {
    round: {
      id: round.id,
      title: round.title,
      year: round.year,
      quarter: round.quarter,
      status: round.status,
      statusLabel: STATUS_LABELS[round.status],
      orgName: org?.name ?? '',
    },
    editable: round.status === 'open',
    forms: groups.map((g) => ratingForm(round.template, g)),
    sheets: sheets
      .map((s) => ({
        rateeId: s.rateeId,
        rateeName: names.get(s.rateeId) ?? '',
        group: s.group,
        scores: s.scores,
        submittedAt: s.submittedAt,
        updatedAt: s.updatedAt,
      }))
      .sort(
        (a, b) =>
          groupOrder(a.group) - groupOrder(b.group) ||
          (a.rateeName < b.rateeName ? -1 : a.rateeName > b.rateeName ? 1 : 0),
      ),
  };
}

export type SheetInput = { rateeId: string; group: RaterGroup; scores: Record<string, number> };

/**
 * Submits (or changes) some of the actor's sheets, all or none: every sheet must be one assigned to
 * them and pass checkRatingSheet. Indicators left out are abstentions. Only while the round is open.
 */
export async function submitSheets(
  ex: Executor,
  ctx: RequestContext,
  roundId: string,
  input: readonly SheetInput[],
): Promise<{ submitted: number }> {
  const { round, sheets } = await raterRound(ex, ctx, roundId, 'share');
  if (round.status !== 'open') {
    throw new AppError('EVALUATION_ROUND_STATE_INVALID', { status: STATUS_LABELS[round.status] });
  }
  const seen = new Set<string>();
  const targets = input.map((s) => {
    const sheet = sheets.find((x) => x.rateeId === s.rateeId && x.group === s.group);
    if (!sheet) throw new AppError('EVALUATION_NOT_ASSIGNED');
    if (seen.has(sheet.id)) {
      throw new AppError(
        'VALIDATION_FAILED',
        {},
        { issues: [{ path: 'sheets', message: '同一评价表重复提交' }] },
      );
    }
    seen.add(sheet.id);
    const check = checkRatingSheet(round.template, s.group, s.scores);
    if (!check.ok) {
      throw new AppError(
        'EVALUATION_SHEET_INVALID',
        { count: check.problems.length },
        { issues: sheetIssues(s.rateeId, check.problems) },
      );
    }
    return { id: sheet.id, scores: s.scores, resubmitted: sheet.submittedAt !== null };
  });
  if (targets.length === 0) return { submitted: 0 };
  const payload = JSON.stringify(targets.map((t) => ({ id: t.id, scores: t.scores })));
  await ex.execute(sql`UPDATE evaluation_sheet s SET scores = x.scores, submitted_at = coalesce(s.submitted_at, now()), updated_at = now()
    FROM jsonb_to_recordset(${payload}::jsonb) AS x(id uuid, scores jsonb) WHERE s.id = x.id`);
  await recordAudit(ex, auditActor(ctx), {
    action: 'evaluation_sheet.submit',
    entityType: 'evaluation_round',
    entityId: round.id,
    after: {
      sheets: targets.length,
      changed: targets.filter((t) => t.resubmitted).length,
      groups: [...new Set(input.map((s) => s.group))],
    },
  });
  return { submitted: targets.length };
}
