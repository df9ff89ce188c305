import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit';
import { one, rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { getOrgRow } from '../orgs/index';
import { personNames } from '../people/index';
import { ratingForm, sheetIssues } from './rating-form';
import { getRoundRow, rateesOf, type RoundRow } from './rounds.repository';
import { checkRatingSheet, checkTokenUse, tokenHash, type RatingTokenRecord } from './rules/index';

// Staff (职工群众) rate through a one-time link, without an account. Anonymity, by construction:
// - the link's token is stored only as its SHA-256, and nothing records who received which link;
// - a submission stores one row per ratee with the scores and the round, and nothing else: no token
//   id, no submission id, no time, and a random (UUIDv4, not time-ordered) id. The link row keeps only
//   used_at, which is what completion counts. Nothing in the database joins a link to its scores;
// - the audit event names the round and the number of ratees, with no account and no IP address.
// Exactly once: the conditional UPDATE … WHERE used_at IS NULL AND revoked_at IS NULL decides, and its
// row count is the only answer that matters when two submissions race.

type TokenRow = RatingTokenRecord & { roundId: string };

async function tokenRow(ex: Executor, token: string): Promise<TokenRow | undefined> {
  return one<TokenRow>(
    ex,
    sql`SELECT round_id AS "roundId", used_at AS "usedAt", expires_at AS "expiresAt", revoked_at AS "revokedAt"
        FROM evaluation_staff_token WHERE token_hash = ${tokenHash(token)}`,
  );
}

/** The link's round if it may still be used; otherwise the RATING_TOKEN_* error that says why not. */
async function usableRound(ex: Executor, token: string, lock: 'share' | null): Promise<RoundRow> {
  const row = await tokenRow(ex, token);
  const check = checkTokenUse(row, new Date());
  if (!check.ok) throw new AppError(check.code);
  const round = (await getRoundRow(ex, row!.roundId, lock))!;
  // A round no longer open has revoked its unused links; say so even if a row was missed.
  if (round.status !== 'open') throw new AppError('RATING_TOKEN_REVOKED');
  return round;
}

/** What the staff rating page shows: the branch, the round, the members to rate and the staff form. */
export async function staffForm(ex: Executor, token: string) {
  const round = await usableRound(ex, token, null);
  const ratees = await rateesOf(ex, round.id);
  const [names, org] = await Promise.all([
    personNames(
      ex,
      ratees.map((r) => r.personId),
    ),
    getOrgRow(ex, round.orgNodeId),
  ]);
  return {
    round: { title: round.title, year: round.year, quarter: round.quarter },
    branch: { name: org?.name ?? '' },
    ratees: ratees
      .map((r) => ({ id: r.personId, name: names.get(r.personId) ?? '' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1)),
    form: ratingForm(round.template, 'staff'),
  };
}

export type StaffSheetInput = { rateeId: string; scores: Record<string, number> };

/** One staff sheet covering every ratee of the round, accepted once per link. */
export async function submitStaffSheet(
  ex: Executor,
  token: string,
  sheets: readonly StaffSheetInput[],
): Promise<{ submitted: number }> {
  // FOR SHARE on the round: closing it (FOR UPDATE) waits for a submission in flight, or goes first.
  const round = await usableRound(ex, token, 'share');
  const ratees = new Set((await rateesOf(ex, round.id)).map((r) => r.personId));
  const given = new Set(sheets.map((s) => s.rateeId));
  if (
    given.size !== sheets.length ||
    given.size !== ratees.size ||
    [...given].some((id) => !ratees.has(id))
  ) {
    throw new AppError('EVALUATION_STAFF_SHEET_INCOMPLETE');
  }
  const issues = sheets.flatMap((s) =>
    sheetIssues(s.rateeId, checkRatingSheet(round.template, 'staff', s.scores).problems),
  );
  if (issues.length > 0) throw new AppError('EVALUATION_SHEET_INVALID', { count: issues.length }, { issues });

  const used = await rows<{ roundId: string }>(
    ex,
    sql`UPDATE evaluation_staff_token SET used_at = now()
        WHERE token_hash = ${tokenHash(token)} AND used_at IS NULL AND revoked_at IS NULL RETURNING round_id AS "roundId"`,
  );
  if (used.length !== 1) {
    // Lost a race: the row now says why (used by the other submission, or revoked by the close).
    const check = checkTokenUse(await tokenRow(ex, token), new Date());
    throw new AppError(check.ok ? 'RATING_TOKEN_USED' : check.code);
  }
  const payload = JSON.stringify(
    sheets.map((s) => ({ id: randomUUID(), ratee_id: s.rateeId, scores: s.scores })),
  );
  await ex.execute(sql`INSERT INTO evaluation_staff_sheet (id, round_id, ratee_id, scores)
    SELECT x.id, ${round.id}, x.ratee_id, x.scores FROM jsonb_to_recordset(${payload}::jsonb) AS x(id uuid, ratee_id uuid, scores jsonb)`);
  // No account and, deliberately, no IP address.
  await recordAudit(
    ex,
    { accountId: null, name: null, ip: null },
    {
      action: 'evaluation_staff_sheet.submit',
      entityType: 'evaluation_round',
      entityId: round.id,
      after: { ratees: sheets.length },
    },
  );
  return { submitted: sheets.length };
}
