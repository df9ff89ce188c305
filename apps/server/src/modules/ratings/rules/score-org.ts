import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { pointsOf, statusOf } from './criterion-points';
import { capBelow, levelUnderCap } from './level-before-population';
import { totalOfSheet } from './total';
import type { CriterionInput, CriterionStatus, OrgScore } from './types';

// The totals and level of one org, as `evaluateOrg` gives them, for a round that scores every branch
// and keeps its inputs rather than per-criterion results: no object per criterion, no map by code,
// no hard-set list. Of the hard items only the lowest star with one not passed is kept: the sets are
// cumulative, so that star alone sets the cap.

export function scoreOrg(def: SchemeDefinition, inputs: (code: string) => CriterionInput): OrgScore {
  const all = criteriaOf(def);
  const weighted: number[] = new Array<number>(all.length);
  const statuses: CriterionStatus[] = new Array<CriterionStatus>(all.length);
  const vetoedBy: string[] = [];
  let lowestFailedStar = Infinity;
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    const input = inputs(c.code);
    const status = statusOf(c, input);
    weighted[i] = pointsOf(c, input) * c.weight;
    statuses[i] = status;
    const holdsBack = c.hardFromStar !== null && status !== 'skipped' && status !== 'pass';
    if (holdsBack) lowestFailedStar = Math.min(lowestFailedStar, c.hardFromStar);
    if (c.kind === 'veto' && status === 'fail') vetoedBy.push(c.code);
  }
  const totals = totalOfSheet(def, { weighted, statuses });
  const hardCap = capBelow(lowestFailedStar);

  if (!def.levels) return { ...totals, vetoedBy, hardCap, bandLevel: null, level: null };
  const lv = levelUnderCap(totals.total, hardCap, vetoedBy.length > 0, def.levels);
  return { ...totals, vetoedBy, hardCap, bandLevel: lv.bandLevel, level: lv.level };
}
