import {
  criteriaOf,
  type Category,
  type Criterion,
  type LevelConfig,
  type SchemeDefinition,
} from '@zhibu/shared';
import type { MetricUnit } from '../../../platform/metrics';
import { occurrencesShort } from './apply-rule';
import { formatNumber, formatPercent } from './format-value';
import { toFullMarks } from './full-marks';
import { definedLevels, nextLevelAbove } from './label-ladder';
import { round2 } from './round';
import type { Bilingual, CriterionScore, OrgEvaluation } from './types';

// What stands between an org and the next level: the hard items of that level not yet passed, the
// points short of its band, and the cheapest points still to be had. Effort is counted in the records
// to add (meetings to hold, days, hours); a percentage, a yes/no item, an upload or choosing an
// optional item counts as one action. Deductions, vetoes and reviewer scores are left out: nothing the
// branch adds now changes them. Cheapest first, then the largest gain; at most eight.

export type GapToNext = {
  current: number | null;
  next: number | null;
  failingHard: { code: string; title: string; fromStar: number; status: string }[];
  pointsShort: number;
  suggestions: Suggestion[];
};

export type Suggestion = { code: string; title: string; gain: number; action: Bilingual };

const MAX_SUGGESTIONS = 8;

type Candidate = Suggestion & { effort: number };

export function gapToNext(def: SchemeDefinition, evaluation: OrgEvaluation, levels: LevelConfig): GapToNext {
  const current = evaluation.level;
  const next = current === null ? (definedLevels(levels)[0] ?? null) : nextLevelAbove(levels, current);
  const scores = new Map(evaluation.criteria.map((s) => [s.code, s]));
  const all = criteriaOf(def);

  const failingHard =
    next === null
      ? []
      : all
          .filter(
            (c) => c.hardFromStar !== null && c.hardFromStar <= next && scores.get(c.code)?.status !== 'pass',
          )
          .map((c) => ({
            code: c.code,
            title: c.title,
            fromStar: c.hardFromStar!,
            status: scores.get(c.code)?.status ?? 'pending',
          }));

  const bandMins = next === null ? [] : levels.bands.filter((b) => b.level === next).map((b) => b.min);
  const pointsShort =
    bandMins.length === 0 ? 0 : round2(Math.max(0, Math.min(...bandMins) - evaluation.total));

  const candidates = def.categories.flatMap((cat) =>
    cat.criteria.flatMap((c) => {
      const s = scores.get(c.code);
      const found = s ? candidateFor(cat, c, s, scores) : null;
      return found && found.gain > 0 ? [found] : [];
    }),
  );
  const suggestions = candidates
    .map((x, order) => ({ ...x, order }))
    .sort((a, b) => a.effort - b.effort || b.gain - a.gain || a.order - b.order)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ code, title, gain, action }) => ({ code, title, gain, action }));

  return { current, next, failingHard, pointsShort, suggestions };
}

function candidateFor(
  cat: Category,
  c: Criterion,
  s: CriterionScore,
  scores: ReadonlyMap<string, CriterionScore>,
): Candidate | null {
  const base = { code: c.code, title: c.title };
  if (s.status === 'skipped') {
    const gain = round2(optionalGain(cat, c, scores));
    return {
      ...base,
      gain,
      effort: 1,
      action: {
        zh: `选答该自选题，最多可得 +${formatNumber(gain)} 分`,
        en: `Answer this optional item for up to +${formatNumber(gain)} points`,
      },
    };
  }
  const gain = round2((c.maxScore - s.score) * c.weight);
  if (c.kind === 'evidence') {
    return s.status === 'pending'
      ? {
          ...base,
          gain,
          effort: 1,
          action: { zh: '上传佐证材料并提交审核', en: 'Upload the evidence and submit it for review' },
        }
      : {
          ...base,
          gain,
          effort: 1,
          action: { zh: '补充佐证材料后重新提交审核', en: 'Add to the evidence and submit it again' },
        };
  }
  if (c.kind !== 'metric' || !c.rule) return null;
  const full = toFullMarks(c.rule, s.value ?? 0, c.maxScore);
  if (!full || full.needed <= 0) return null;
  const metricGain = round2((full.fullScore - s.score) * c.weight);
  return { ...base, gain: metricGain, ...metricAction(c, s, full.needed, metricGain) };
}

function metricAction(
  c: Criterion,
  s: CriterionScore,
  needed: number,
  gain: number,
): { effort: number; action: Bilingual } {
  const g = formatNumber(gain);
  const unit: MetricUnit | undefined = s.unit;
  if (unit === 'ratio') {
    const to = formatPercent((s.value ?? 0) + needed);
    return {
      effort: 1,
      action: { zh: `提高到 ${to} 可得 +${g} 分`, en: `Raise it to ${to} to gain +${g} points` },
    };
  }
  if (unit === 'bool') {
    return { effort: 1, action: { zh: `达标可得 +${g} 分`, en: `Meet it to gain +${g} points` } };
  }
  const n = occurrencesShort((s.value ?? 0) + needed, s.value ?? 0);
  if (unit === 'days') {
    return {
      effort: n,
      action: {
        zh: `再增加 ${n} 天可得 +${g} 分`,
        en: `${n} more ${n === 1 ? 'day' : 'days'} to gain +${g} points`,
      },
    };
  }
  if (unit === 'hours') {
    return {
      effort: n,
      action: {
        zh: `再增加 ${n} 小时可得 +${g} 分`,
        en: `${n} more ${n === 1 ? 'hour' : 'hours'} to gain +${g} points`,
      },
    };
  }
  if (unit === 'points') {
    return {
      effort: n,
      action: {
        zh: `再增加 ${n} 分可得 +${g} 分`,
        en: `${n} more ${n === 1 ? 'point' : 'points'} to gain +${g} points`,
      },
    };
  }
  if (c.metric?.key.startsWith('meetings.')) {
    return {
      effort: n,
      action: { zh: `再召开 ${n} 次可得 +${g} 分`, en: `Hold ${n} more to gain +${g} points` },
    };
  }
  return { effort: n, action: { zh: `再增加 ${n} 次可得 +${g} 分`, en: `${n} more to gain +${g} points` } };
}

/** With `optionalLimit` reached, a newly answered item only counts by beating the weakest one counted. */
function optionalGain(cat: Category, c: Criterion, scores: ReadonlyMap<string, CriterionScore>): number {
  const full = c.maxScore * c.weight;
  if (cat.optionalLimit === undefined) return full;
  const counted = cat.criteria
    .filter(
      (o) =>
        !o.required &&
        o.kind !== 'deduction' &&
        o.kind !== 'veto' &&
        scores.get(o.code) &&
        scores.get(o.code)!.status !== 'skipped',
    )
    .map((o) => scores.get(o.code)!.weighted)
    .sort((a, b) => b - a)
    .slice(0, cat.optionalLimit);
  if (counted.length < cat.optionalLimit) return full;
  return Math.max(0, full - (counted.at(-1) ?? 0));
}
