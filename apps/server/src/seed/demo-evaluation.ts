import type { RaterGroup } from '@zhibu/shared';
import { createRound, mySheets, openRound, staffForm, submitSheets, submitStaffSheet } from '../modules/evaluation/index';
import { membersOn } from '../modules/people/index';
import type { RequestContext } from '../platform/context';
import type { Executor } from '../platform/db';
import { memberContext, type DemoBranch, type DemoCast } from './demo-cast';
import type { Rng } from './random';

// The demo branch's 岗位量化评价 of the year on the default 4×6 template, opened and about two thirds
// filled in: most members have rated themselves and their sample of colleagues, the committee members
// other than the secretary have rated as the branch, and staff have used four of the five links. The
// demo secretary and member find their own sheets still to do, and the round stays open for them.

type Form = { group: RaterGroup; indicators: { code: string; maxScore: number }[] };

/** Scores as raters give them: mostly full marks or one below, now and then two below; oneself kindly. */
function scoresFor(form: Pick<Form, 'indicators'>, rng: Rng, self: boolean): Record<string, number> {
  return Object.fromEntries(
    form.indicators.map((i) => {
      const drop = self ? (rng.chance(0.2) ? 1 : 0) : rng.chance(0.55) ? 0 : rng.chance(0.75) ? 1 : 2;
      return [i.code, Math.max(0, i.maxScore - drop)];
    }),
  );
}

export type EvaluationCounts = { ratees: number; sheets: number; submitted: number; staffSheets: number };

export async function seedEvaluationRound(ex: Executor, cast: DemoCast, branch: DemoBranch, rng: Rng): Promise<EvaluationCounts> {
  const { id } = await createRound(ex, cast.ctx, { orgId: branch.id, year: cast.year });
  const opened = await openRound(ex, cast.ctx, id, { staffLinks: 5 });
  const members = await membersOn(ex, { orgNodeId: branch.id, date: cast.today });
  let submitted = 0;
  for (const m of members) {
    if (m.personId === cast.demoSecretaryId || m.personId === cast.demoMemberId || !rng.chance(0.7)) continue;
    submitted += await rateAs(ex, memberContext(branch, { id: m.personId, name: m.name }, cast.ctx.timeZone), id, rng);
  }
  let staffSheets = 0;
  for (const link of opened.staffLinks.slice(0, 4)) {
    const form = await staffForm(ex, link.token);
    await submitStaffSheet(
      ex,
      link.token,
      form.ratees.map((r) => ({ rateeId: r.id, scores: scoresFor(form.form, rng, false) })),
    );
    staffSheets++;
  }
  return { ratees: opened.ratees, sheets: opened.sheets, submitted, staffSheets };
}

/** Fills in every sheet assigned to one rater, as they would on the 我的评价 page. */
async function rateAs(ex: Executor, ctx: RequestContext, roundId: string, rng: Rng): Promise<number> {
  const mine = await mySheets(ex, ctx, roundId);
  const forms = new Map(mine.forms.map((f) => [f.group, f]));
  const sheets = mine.sheets.map((s) => ({ rateeId: s.rateeId, group: s.group, scores: scoresFor(forms.get(s.group)!, rng, s.group === 'self') }));
  return (await submitSheets(ex, ctx, roundId, sheets)).submitted;
}
