import { criteriaOf, MEETING_TYPES, type Criterion, type MeetingType, type SchemeDefinition } from '@zhibu/shared';
import { sql, type SQL } from 'drizzle-orm';
import { rows, serialReader, type Executor, type Reader } from '../../platform/db';
import { metricInstanceKey, type FamilyResult, type MetricInstance, type MetricRegistry, type MetricValue } from '../../platform/metrics';
import type { CriterionInput } from './rules/index';

export type AnswerRow = {
  orgId: string;
  code: string;
  answered: boolean;
  reviewScore: number | null;
  reviewPass: boolean | null;
  reviewTriggered: boolean | null;
};

export function metricInstancesOf(def: SchemeDefinition): MetricInstance[] {
  return criteriaOf(def)
    .filter((c) => c.metric)
    .map((c) => ({ key: c.metric!.key, params: c.metric!.params ?? {} }));
}

/** What a metric measures, in words: the meeting type for meeting metrics, else the metric's name. */
export function subjectOf(metrics: MetricRegistry, c: Criterion): { zh: string; en: string } | undefined {
  if (!c.metric) return undefined;
  const type = c.metric.params?.type;
  if (typeof type === 'string' && (MEETING_TYPES.values as readonly string[]).includes(type)) {
    return { zh: MEETING_TYPES.label(type as MeetingType, 'zh'), en: MEETING_TYPES.label(type as MeetingType, 'en') };
  }
  const m = metrics.get(c.metric.key);
  return m && { zh: m.zh, en: m.en };
}

/**
 * Everything an evaluation reads for the orgs matched by `orgWhere`: metric values (a fixed number of
 * queries per family) and answers, all through `source` (an executor, or a parallel reader).
 */
export async function loadEvaluationData(
  source: Executor | Reader,
  metrics: MetricRegistry,
  input: { roundId: string; def: SchemeDefinition; orgWhere: SQL; from: string; to: string; sources?: boolean },
): Promise<{ values: FamilyResult; answers: Map<string, Map<string, AnswerRow>> }> {
  const read = typeof source === 'function' ? source : serialReader(source);
  const computing = metrics.compute(read, { orgWhere: input.orgWhere, from: input.from, to: input.to, sources: input.sources }, metricInstancesOf(input.def));
  const answering = read((ex) =>
    rows<AnswerRow>(
      ex,
      sql`SELECT a.org_node_id AS "orgId", a.criterion_code AS code, a.answered, a.review_score::float8 AS "reviewScore",
               a.review_pass AS "reviewPass", a.review_triggered AS "reviewTriggered"
        FROM rating_answer a JOIN org_node o ON o.id = a.org_node_id
        WHERE a.round_id = ${input.roundId} AND ${input.orgWhere}`,
    ),
  );
  const [values, list] = await Promise.all([computing, answering]);
  const answers = new Map<string, Map<string, AnswerRow>>();
  for (const a of list) {
    const m = answers.get(a.orgId) ?? new Map<string, AnswerRow>();
    m.set(a.code, a);
    answers.set(a.orgId, m);
  }
  return { values, answers };
}

/** The value of a metric for an org without a row: 0, shared (inputs are only read). */
const NONE: MetricValue = Object.freeze({ value: 0 });

/**
 * The inputs of each org's criteria, as the pure scoring rules take them. What does not depend on the
 * org (metric keys, subjects, units, and the whole input of an item without a metric or an answer) is
 * worked out once for the whole evaluation; inputs are only read, so such parts are shared.
 */
export function inputsFactory(
  def: SchemeDefinition,
  metrics: MetricRegistry,
  data: { values: FamilyResult; answers: Map<string, Map<string, AnswerRow>> },
): (orgId: string) => (code: string) => CriterionInput {
  const fixed = criteriaOf(def).map((c) => {
    const subject = subjectOf(metrics, c);
    const unit = c.metric ? metrics.get(c.metric.key)?.unit : undefined;
    const values = c.metric ? (data.values.get(metricInstanceKey(c.metric.key, c.metric.params ?? {})) ?? new Map<string, MetricValue>()) : null;
    // Required items are always answered; an optional one only when the branch chose it.
    const unanswered: CriterionInput | null = values ? null : { metric: undefined, subject, unit, answered: c.required, review: undefined };
    return { code: c.code, required: c.required, values, subject, unit, unanswered };
  });
  const position = new Map(fixed.map((c, i) => [c.code, i]));
  // Each org's inputs are made once, up front: the scoring and the stored form both read all of them.
  return (orgId) => {
    const orgAnswers = data.answers.get(orgId);
    const inputs = new Array<CriterionInput>(fixed.length);
    for (let i = 0; i < fixed.length; i++) {
      const c = fixed[i]!;
      const a = orgAnswers?.get(c.code);
      if (!a && c.unanswered) {
        inputs[i] = c.unanswered;
        continue;
      }
      inputs[i] = {
        metric: c.values ? (c.values.get(orgId) ?? NONE) : undefined,
        subject: c.subject,
        unit: c.unit,
        answered: c.required || (a?.answered ?? false),
        review:
          a && (a.reviewScore !== null || a.reviewPass !== null || a.reviewTriggered !== null)
            ? { score: a.reviewScore, pass: a.reviewPass, triggered: a.reviewTriggered }
            : undefined,
      };
    }
    return (code) => inputs[position.get(code)!]!;
  };
}
