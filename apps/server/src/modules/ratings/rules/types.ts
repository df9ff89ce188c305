import type { MetricUnit, MetricValue } from '../../../platform/metrics';

export type Bilingual = { zh: string; en: string };

/** What one org brings to one criterion: the computed metric, or the reviewer's verdict, or neither. */
export type CriterionInput = {
  metric?: MetricValue;
  /** What the metric measures, in words ({zh: '支委会', en: 'Committee meetings'}). */
  subject?: Bilingual;
  unit?: MetricUnit;
  /** False only for an optional item (自选题) the branch chose not to answer. */
  answered: boolean;
  review?: { score: number | null; pass: boolean | null; triggered?: boolean | null };
};

export type CriterionStatus = 'pass' | 'fail' | 'pending' | 'skipped';

export type CriterionScore = {
  code: string;
  /** The measured value (metric) or the reviewer's score; null when there is nothing yet. */
  value: number | null;
  /** Points earned (0..maxScore); for a deduction, the points taken off (positive). */
  score: number;
  /** score × weight: what the criterion contributes to its category. */
  weighted: number;
  status: CriterionStatus;
  explanation: Bilingual;
  sourceIds: string[];
  /** The metric's unit, kept so that advice read back from a stored result can say "提高到 90%". */
  unit?: MetricUnit;
};

/**
 * The scores totals are made from, by each criterion's position in `criteriaOf(def)`: a round totals
 * every branch, and two arrays per branch cost far less than an object and a map entry per criterion.
 */
export type ScoreSheet = {
  /** score × weight, as in `CriterionScore.weighted`. */
  weighted: readonly number[];
  statuses: readonly CriterionStatus[];
};

export type GroupSums = Record<'base' | 'bonus' | 'deduction' | 'evaluation', number>;

export type CategoryScore = { code: string; score: number; max: number };

export type SchemeTotal = { categories: CategoryScore[]; groups: GroupSums; total: number };

export type LevelCause = 'veto' | 'hard' | 'band' | null;

export type OrgEvaluation = SchemeTotal & {
  /** Every criterion, in catalogue order. */
  criteria: CriterionScore[];
  /** The hard items that gate a star; optional ones the branch did not answer are left out. */
  hard: { code: string; fromStar: number; status: CriterionStatus }[];
  /** Codes of the veto items that were triggered. */
  vetoedBy: string[];
  hardCap: number | null;
  bandLevel: number | null;
  /** Before quotas, the one-step rule and overrides (see `applyPopulationRules`). */
  level: number | null;
  /** What held the level down: a veto, a failed hard set, or simply the score. */
  cappedBy: LevelCause;
};

/** What a round keeps of an evaluation: totals and levels, without the per-criterion detail. */
export type OrgScore = SchemeTotal & Pick<OrgEvaluation, 'vetoedBy' | 'hardCap' | 'bandLevel' | 'level'>;
