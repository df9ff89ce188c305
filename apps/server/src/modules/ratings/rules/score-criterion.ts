import type { Criterion } from '@zhibu/shared';
import { pointsOf, statusOf } from './criterion-points';
import { capitalise, deductionOutcome, metricFacts, pointsOutcome, sentence, type Facts } from './explain';
import { formatNumber } from './format-value';
import type { Bilingual, CriterionInput, CriterionScore, CriterionStatus } from './types';

// Scores one criterion for one org and says why, for the result page, what-if and advice. The points
// and status come from `criterion-points`, which bulk scoring uses on its own.

/**
 * What an evaluation that keeps no sentences puts in `explanation`: a whole round stores inputs, not
 * sentences (the result page rebuilds them), so it skips building the ~500,000 it would throw away.
 */
const UNEXPLAINED: Bilingual = { zh: '', en: '' };

export function scoreCriterion(c: Criterion, input: CriterionInput, explain = true): CriterionScore {
  const score = pointsOf(c, input);
  const status = statusOf(c, input);
  return {
    code: c.code,
    value: valueOf(c, input, status),
    score,
    status,
    explanation: explain ? explanationOf(c, input, score, status) : UNEXPLAINED,
    weighted: score * c.weight,
    sourceIds: input.metric?.sourceIds ?? [],
    ...(input.unit ? { unit: input.unit } : {}),
  };
}

/** The measured value, or the reviewer's score; a missing metric counts as 0 where a rule reads it. */
function valueOf(c: Criterion, input: CriterionInput, status: CriterionStatus): number | null {
  if (status === 'skipped') return null;
  if (c.kind === 'metric' || (c.kind === 'deduction' && c.rule)) return input.metric?.value ?? 0;
  if (c.kind === 'veto') return input.metric?.value ?? null;
  return input.review?.score ?? null;
}

function explanationOf(c: Criterion, input: CriterionInput, score: number, status: CriterionStatus): Bilingual {
  if (status === 'skipped') return { zh: '未选答（自选题）', en: 'Not answered (optional item)' };
  switch (c.kind) {
    case 'metric':
      return sentence(
        metricFacts(c, input),
        c.rule ? pointsOutcome(score, c.maxScore) : { zh: '未配置计分规则', en: 'no scoring rule configured' },
      );
    case 'deduction':
      return c.rule ? sentence(metricFacts(c, input), deductionOutcome(c, input, score)) : reviewedDeduction(score);
    case 'veto':
      return vetoSentence(c, input, status === 'fail');
    case 'evidence':
      return evidenceSentence(c, score, status);
    case 'review':
      return reviewSentence(c, score, status);
  }
}

function reviewedDeduction(deducted: number): Bilingual {
  return deducted === 0
    ? { zh: '未扣分', en: 'No deduction' }
    : { zh: `经评审扣 ${formatNumber(deducted)} 分`, en: `Reviewer deducted ${formatNumber(deducted)} points` };
}

function vetoSentence(c: Criterion, input: CriterionInput, triggered: boolean): Bilingual {
  const facts: Facts = input.metric ? metricFacts(c, input) : { zh: [], en: [] };
  const verdict = triggered
    ? { zh: `触发一票否决：${c.title}`, en: `veto triggered: ${c.title}` }
    : { zh: '未触发一票否决', en: 'no veto' };
  return sentence(facts, verdict);
}

function evidenceSentence(c: Criterion, score: number, status: CriterionStatus): Bilingual {
  if (status === 'pending') return { zh: '待审核', en: 'Awaiting review' };
  const points = pointsOutcome(score, c.maxScore);
  return status === 'pass'
    ? { zh: `审核通过；${points.zh}`, en: `Approved; ${points.en}` }
    : { zh: `审核未通过；${points.zh}`, en: `Rejected; ${points.en}` };
}

function reviewSentence(c: Criterion, score: number, status: CriterionStatus): Bilingual {
  if (status === 'pending') return { zh: '待评审', en: "Awaiting the reviewer's score" };
  const points = pointsOutcome(score, c.maxScore);
  return { zh: `评审${points.zh}`, en: capitalise(`reviewer's score ${points.en}`) };
}
