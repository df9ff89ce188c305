import type { Criterion, ScoringRule } from '@zhibu/shared';
import { applyRule, clamp } from './apply-rule';
import { capitalise, deductionOutcome, metricFacts, pointsOutcome, sentence, type Facts } from './explain';
import { formatNumber } from './format-value';
import type { Bilingual, CriterionInput, CriterionScore, CriterionStatus } from './types';

// Scores one criterion for one org. Choices the catalogue leaves open:
// - only an optional item (自选题) can be skipped; `answered: false` on a required item is ignored,
//   because a 必答题 counts whether or not the branch filled it in;
// - evidence approved without points earns full marks, rejected without points earns none;
// - a reviewer's score passes at 60% of the maximum unless the reviewer said pass or fail outright
//   (60% is the usual 及格 line of the 100-point schemes in domain-rules §5.3).

const PASS_SHARE = 0.6;

type Outcome = { value: number | null; score: number; status: CriterionStatus; explanation: Bilingual };

/**
 * What an evaluation that keeps no sentences puts in `explanation`: a whole round stores inputs, not
 * sentences (the result page rebuilds them), so it skips building the ~500,000 it would throw away.
 */
const UNEXPLAINED: Bilingual = { zh: '', en: '' };

export function scoreCriterion(c: Criterion, input: CriterionInput, explain = true): CriterionScore {
  const outcome = !c.required && !input.answered ? skipped() : outcomeByKind(c, input, explain);
  return {
    code: c.code,
    ...outcome,
    // (the short fixed sentences of the other kinds are made either way and dropped here)
    explanation: explain ? outcome.explanation : UNEXPLAINED,
    weighted: outcome.score * c.weight,
    sourceIds: input.metric?.sourceIds ?? [],
    ...(input.unit ? { unit: input.unit } : {}),
  };
}

function outcomeByKind(c: Criterion, input: CriterionInput, explain: boolean): Outcome {
  switch (c.kind) {
    case 'metric':
      return metricOutcome(c, input, explain);
    case 'deduction':
      return c.rule ? measuredDeduction(c, c.rule, input, explain) : reviewedDeduction(input);
    case 'veto':
      return vetoOutcome(c, input, explain);
    case 'evidence':
      return evidenceOutcome(c, input);
    case 'review':
      return reviewOutcome(c, input);
  }
}

function skipped(): Outcome {
  return {
    value: null,
    score: 0,
    status: 'skipped',
    explanation: { zh: '未选答（自选题）', en: 'Not answered (optional item)' },
  };
}

function metricOutcome(c: Criterion, input: CriterionInput, explain: boolean): Outcome {
  const value = input.metric?.value ?? 0;
  if (!c.rule) {
    return {
      value,
      score: 0,
      status: 'fail',
      explanation: explain ? sentence(metricFacts(c, input), { zh: '未配置计分规则', en: 'no scoring rule configured' }) : UNEXPLAINED,
    };
  }
  const { score, pass } = applyRule(c.rule, value, c.maxScore);
  return {
    value,
    score,
    status: pass ? 'pass' : 'fail',
    explanation: explain ? sentence(metricFacts(c, input), pointsOutcome(score, c.maxScore)) : UNEXPLAINED,
  };
}

function measuredDeduction(c: Criterion, rule: ScoringRule, input: CriterionInput, explain: boolean): Outcome {
  const value = input.metric?.value ?? 0;
  const deducted = applyRule(rule, value, c.maxScore, true).score;
  return {
    value,
    score: deducted,
    status: deducted === 0 ? 'pass' : 'fail',
    explanation: explain ? sentence(metricFacts(c, input), deductionOutcome(c, input, deducted)) : UNEXPLAINED,
  };
}

function reviewedDeduction(input: CriterionInput): Outcome {
  const given = input.review?.score ?? null;
  const deducted = Math.max(0, given ?? 0);
  const explanation =
    deducted === 0
      ? { zh: '未扣分', en: 'No deduction' }
      : {
          zh: `经评审扣 ${formatNumber(deducted)} 分`,
          en: `Reviewer deducted ${formatNumber(deducted)} points`,
        };
  return { value: given, score: deducted, status: deducted === 0 ? 'pass' : 'fail', explanation };
}

function vetoOutcome(c: Criterion, input: CriterionInput, explain: boolean): Outcome {
  const byMetric = input.metric !== undefined && input.metric.value > 0;
  const triggered = byMetric || input.review?.triggered === true;
  if (!explain) return { value: input.metric?.value ?? null, score: 0, status: triggered ? 'fail' : 'pass', explanation: UNEXPLAINED };
  const facts: Facts = input.metric ? metricFacts(c, input) : { zh: [], en: [] };
  const verdict = triggered
    ? { zh: `触发一票否决：${c.title}`, en: `veto triggered: ${c.title}` }
    : { zh: '未触发一票否决', en: 'no veto' };
  return {
    value: input.metric?.value ?? null,
    score: 0,
    status: triggered ? 'fail' : 'pass',
    explanation: sentence(facts, verdict),
  };
}

function evidenceOutcome(c: Criterion, input: CriterionInput): Outcome {
  const review = input.review;
  const given = review?.score ?? null;
  const verdict = review?.pass ?? null;
  if (given === null && verdict === null) {
    return { value: null, score: 0, status: 'pending', explanation: { zh: '待审核', en: 'Awaiting review' } };
  }
  const score = given === null ? (verdict ? c.maxScore : 0) : clamp(given, 0, c.maxScore);
  const pass = verdict ?? score > 0;
  const points = pointsOutcome(score, c.maxScore);
  return {
    value: given,
    score,
    status: pass ? 'pass' : 'fail',
    explanation: pass
      ? { zh: `审核通过；${points.zh}`, en: `Approved; ${points.en}` }
      : { zh: `审核未通过；${points.zh}`, en: `Rejected; ${points.en}` },
  };
}

function reviewOutcome(c: Criterion, input: CriterionInput): Outcome {
  const given = input.review?.score ?? null;
  if (given === null) {
    return {
      value: null,
      score: 0,
      status: 'pending',
      explanation: { zh: '待评审', en: "Awaiting the reviewer's score" },
    };
  }
  const score = clamp(given, 0, c.maxScore);
  const pass = input.review?.pass ?? score >= PASS_SHARE * c.maxScore;
  const points = pointsOutcome(score, c.maxScore);
  return {
    value: given,
    score,
    status: pass ? 'pass' : 'fail',
    explanation: { zh: `评审${points.zh}`, en: capitalise(`reviewer's score ${points.en}`) },
  };
}
