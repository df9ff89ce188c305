import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { hardCapOf, levelUnderCap } from './level-before-population';
import { scoreCriterion } from './score-criterion';
import { totalOfSheet } from './total';
import type { CriterionInput, CriterionScore, OrgEvaluation } from './types';

// One org against one catalogue: every criterion scored, the totals, the hard sets and vetoes, and
// the level the org earns on its own. An optional hard item the branch did not answer is not part
// of its hard set; a hard item still awaiting review is, and holds the level down until it passes.
// `scoreOrg` gives the same totals and levels without the detail, for a whole round.

/** `explain: false` leaves the explanations empty, for callers that keep only scores and levels. */
export function evaluateOrg(def: SchemeDefinition, inputs: (code: string) => CriterionInput, opts: { explain?: boolean } = {}): OrgEvaluation {
  const all = criteriaOf(def);
  const criteria: CriterionScore[] = [];
  const hard: OrgEvaluation['hard'] = [];
  const vetoedBy: string[] = [];
  for (const c of all) {
    const s = scoreCriterion(c, inputs(c.code), opts.explain ?? true);
    criteria.push(s);
    if (c.hardFromStar !== null && s.status !== 'skipped') hard.push({ code: c.code, fromStar: c.hardFromStar, status: s.status });
    if (c.kind === 'veto' && s.status === 'fail') vetoedBy.push(c.code);
  }
  const totals = totalOfSheet(def, { weighted: criteria.map((s) => s.weighted), statuses: criteria.map((s) => s.status) });
  const hardCap = hardCapOf(hard.map((h) => ({ fromStar: h.fromStar, passed: h.status === 'pass' })));

  const base = { criteria, ...totals, hard, vetoedBy };
  if (!def.levels) return { ...base, hardCap, bandLevel: null, level: null, cappedBy: null };
  const lv = levelUnderCap(totals.total, hardCap, vetoedBy.length > 0, def.levels);
  return { ...base, hardCap: lv.hardCap, bandLevel: lv.bandLevel, level: lv.level, cappedBy: lv.cappedBy };
}
