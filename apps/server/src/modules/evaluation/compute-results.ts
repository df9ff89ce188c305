import { scoredItemsOf, type AppraisalSuggestion } from '@zhibu/shared';
import type { Executor } from '../../platform/db';
import { personNames } from '../people/index';
import { memberMetricValues, metricAvailability } from './member-metrics';
import {
  rateesOf,
  sheetsOfRound,
  staffLinkCounts,
  staffSheetsOfRound,
  valuesOfRound,
  vetoesOfRound,
  type RoundRow,
  type ValueRow,
  type VetoRow,
} from './rounds.repository';
import { appraisalSuggestion, evaluateMember, type MemberEvaluation, type RaterSheet } from './rules/index';

// Every ratee's evaluation from what the round holds: the signed-in sheets, the anonymous staff sheets
// (each used link gave one sheet per ratee; each unused link is an empty sheet, so completion counts
// it), the branch's entries and vetoes, and the automatic metrics that are available. Until
// publication this is computed on every read; at publication it is frozen (publish-round.ts).

export type MemberResult = {
  personId: string;
  name: string;
  partyStatus: 'full' | 'probationary';
  evaluation: MemberEvaluation;
  suggestion: AppraisalSuggestion;
  values: Omit<ValueRow, 'personId'>[];
  vetoes: Omit<VetoRow, 'personId'>[];
};

/** Name order in code points, the same on every server: a roster, never a ranking. */
export function byName<T extends { name: string; personId: string }>(a: T, b: T): number {
  return a.name < b.name
    ? -1
    : a.name > b.name
      ? 1
      : a.personId < b.personId
        ? -1
        : a.personId > b.personId
          ? 1
          : 0;
}

export async function computeRoundResults(ex: Executor, round: RoundRow): Promise<MemberResult[]> {
  const template = round.template;
  const ratees = await rateesOf(ex, round.id);
  if (ratees.length === 0) return [];
  const ids = ratees.map((r) => r.personId);
  // One after another: publication runs this inside a transaction, whose one connection takes one query at a time.
  const names = await personNames(ex, ids);
  const sheets = await sheetsOfRound(ex, round.id);
  const staffSheets = await staffSheetsOfRound(ex, round.id);
  const links = await staffLinkCounts(ex, round.id);
  const values = await valuesOfRound(ex, round.id);
  const vetoes = await vetoesOfRound(ex, round.id);
  const metrics = await memberMetricValues(ex, template, ids, { year: round.year, quarter: round.quarter });
  const items = new Map(scoredItemsOf(template).map((i) => [i.code, i]));
  const unavailable = new Set(
    metricAvailability(template)
      .filter((m) => !m.available)
      .map((m) => m.code),
  );

  return ratees
    .map((ratee): MemberResult => {
      const own: RaterSheet[] = sheets
        .filter((s) => s.rateeId === ratee.personId)
        .map((s) => ({ group: s.group, scores: s.scores }));
      const staff = staffSheets.filter((s) => s.rateeId === ratee.personId);
      own.push(...staff.map((s): RaterSheet => ({ group: 'staff', scores: s.scores })));
      for (let i = staff.length; i < links.issued; i++) own.push({ group: 'staff', scores: null });

      const mine = values.filter((v) => v.personId === ratee.personId);
      const byCode: Record<string, number> = {};
      for (const [code, perPerson] of metrics) {
        const v = perPerson.get(ratee.personId);
        if (v !== undefined) byCode[code] = v;
      }
      for (const v of mine) byCode[v.code] = v.value;
      const marks = vetoes.filter((v) => v.personId === ratee.personId);

      const evaluation = evaluateMember(template, {
        values: byCode,
        sheets: own,
        vetoes: marks.map((m) => ({ code: m.code, reason: m.reason })),
      });
      // Say where a value came from when the branch entered it, and why an automatic one is missing.
      for (const ind of evaluation.indicators) {
        const entered = mine.find((v) => v.code === ind.code);
        if (entered && items.get(ind.code)?.source === 'automatic') {
          ind.explanation = {
            zh: `${ind.explanation.zh}（支部录入：${entered.reason ?? ''}）`,
            en: `${ind.explanation.en} (entered by the branch: ${entered.reason ?? ''})`,
          };
        } else if (ind.status === 'pending' && unavailable.has(ind.code)) {
          ind.explanation = {
            zh: `${ind.explanation.zh}（该数据尚未接入系统，可由支部录入并注明理由）`,
            en: `${ind.explanation.en} (this metric is not available yet; the branch may enter it with a reason)`,
          };
        }
      }
      const suggestion = appraisalSuggestion(template, evaluation);
      if (ratee.partyStatus === 'probationary') {
        suggestion.notes.push({
          zh: '预备党员：评价结果作为转正考察参考',
          en: 'Probationary member: the result informs full membership',
        });
      }
      return {
        personId: ratee.personId,
        name: names.get(ratee.personId) ?? '',
        partyStatus: ratee.partyStatus,
        evaluation,
        suggestion,
        values: mine.map(({ personId: _p, ...v }) => v),
        vetoes: marks.map(({ personId: _p, ...v }) => v),
      };
    })
    .sort(byName);
}

/** One member in full: totals, categories, completion, the suggestion, every indicator with its explanation, the branch's entries and vetoes. */
export function detailOf(m: MemberResult) {
  const e = m.evaluation;
  return {
    personId: m.personId,
    name: m.name,
    partyStatus: m.partyStatus,
    total: e.total,
    points: e.points,
    maxPoints: e.maxPoints,
    vetoed: e.vetoed,
    categories: e.categories,
    completion: e.completion,
    pending: e.pending,
    suggestion: m.suggestion,
    indicators: e.indicators,
    vetoedBy: e.vetoedBy,
    values: m.values,
    vetoes: m.vetoes,
  };
}
export type MemberDetail = ReturnType<typeof detailOf>;
