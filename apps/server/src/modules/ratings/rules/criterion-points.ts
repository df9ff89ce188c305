import type { Criterion } from '@zhibu/shared';
import { clamp, rulePasses, ruleScore } from './apply-rule';
import type { CriterionInput, CriterionStatus } from './types';

// The points and status of one criterion for one org, and nothing else: a round scores every item of
// every branch, so these return plain numbers and status strings. Choices the catalogue leaves open:
// - only an optional item (自选题) can be skipped; `answered: false` on a required item is ignored,
//   because a 必答题 counts whether or not the branch filled it in;
// - evidence approved without points earns full marks, rejected without points earns none;
// - a reviewer's score passes at 60% of the maximum unless the reviewer said pass or fail outright
//   (60% is the usual 及格 line of the 100-point schemes in domain-rules §5.3).

const PASS_SHARE = 0.6;

export function isSkipped(c: Criterion, input: CriterionInput): boolean {
  return !c.required && !input.answered;
}

/** Points earned (0..maxScore, or more under a linear cap); for a deduction, the points taken off. */
export function pointsOf(c: Criterion, input: CriterionInput): number {
  if (isSkipped(c, input)) return 0;
  switch (c.kind) {
    case 'metric':
      return c.rule ? ruleScore(c.rule, input.metric?.value ?? 0, c.maxScore) : 0;
    case 'deduction':
      return c.rule
        ? ruleScore(c.rule, input.metric?.value ?? 0, c.maxScore)
        : Math.max(0, input.review?.score ?? 0);
    case 'veto':
      return 0;
    case 'evidence': {
      const given = input.review?.score ?? null;
      if (given !== null) return clamp(given, 0, c.maxScore);
      return input.review?.pass ? c.maxScore : 0;
    }
    case 'review': {
      const given = input.review?.score ?? null;
      return given === null ? 0 : clamp(given, 0, c.maxScore);
    }
  }
}

export function statusOf(c: Criterion, input: CriterionInput): CriterionStatus {
  if (isSkipped(c, input)) return 'skipped';
  switch (c.kind) {
    case 'metric':
      return c.rule && rulePasses(c.rule, input.metric?.value ?? 0) ? 'pass' : 'fail';
    case 'deduction':
      return pointsOf(c, input) === 0 ? 'pass' : 'fail';
    case 'veto':
      return vetoTriggered(input) ? 'fail' : 'pass';
    case 'evidence': {
      const verdict = input.review?.pass ?? null;
      if ((input.review?.score ?? null) === null && verdict === null) return 'pending';
      return (verdict ?? pointsOf(c, input) > 0) ? 'pass' : 'fail';
    }
    case 'review': {
      if ((input.review?.score ?? null) === null) return 'pending';
      return (input.review?.pass ?? pointsOf(c, input) >= PASS_SHARE * c.maxScore) ? 'pass' : 'fail';
    }
  }
}

/** A veto fires on any occurrence the metric counted, or on the reviewer's word. */
export function vetoTriggered(input: CriterionInput): boolean {
  return (input.metric !== undefined && input.metric.value > 0) || input.review?.triggered === true;
}
