import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import { evaluateOrg } from './evaluate-org';
import type { CriterionInput, OrgEvaluation } from './types';

// "What if we held two more meetings?" — the same evaluation over changed inputs, nothing saved.
// Changes to one code apply in the order given; within one change a set value comes before an added one. A changed value keeps the records that were counted
// but drops the list of missing periods, which would no longer be true; a new reviewer score drops
// the old pass/fail verdict so the score decides.

export type WhatIfChange = {
  code: string;
  addValue?: number;
  setValue?: number;
  reviewScore?: number;
  answered?: boolean;
};

export function simulate(
  def: SchemeDefinition,
  inputs: (code: string) => CriterionInput,
  changes: readonly WhatIfChange[],
): OrgEvaluation {
  const known = new Set(criteriaOf(def).map((c) => c.code));
  for (const change of changes) {
    if (!known.has(change.code)) throw new Error(`what-if: unknown criterion ${change.code}`);
  }
  const changed = (code: string): CriterionInput =>
    changes.filter((ch) => ch.code === code).reduce(applyChange, inputs(code));
  return evaluateOrg(def, changed);
}

function applyChange(input: CriterionInput, change: WhatIfChange): CriterionInput {
  let out = input;
  if (change.setValue !== undefined || change.addValue !== undefined) {
    const value = (change.setValue ?? input.metric?.value ?? 0) + (change.addValue ?? 0);
    const detail = input.metric?.detail;
    out = {
      ...out,
      metric: { ...input.metric, value, ...(detail ? { detail: withoutMissing(detail) } : {}) },
    };
  }
  if (change.reviewScore !== undefined) {
    out = { ...out, review: { ...out.review, score: change.reviewScore, pass: null } };
  }
  if (change.answered !== undefined) out = { ...out, answered: change.answered };
  return out;
}

function withoutMissing<T extends { missing?: string[]; missingPeople?: string[][] }>(detail: T): Omit<T, 'missing' | 'missingPeople'> {
  const { missing: _missing, missingPeople: _people, ...rest } = detail;
  return rest;
}
