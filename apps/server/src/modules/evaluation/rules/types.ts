import type { IndicatorSource, RaterGroup } from '@zhibu/shared';

export type Bilingual = { zh: string; en: string };

/** One group's scores for one indicator, after clamping and (optionally) trimming. */
export type GroupScore = {
  /** Mean of the scores used, 0..maxScore; null when the group submitted nothing. */
  mean: number | null;
  /** Scores submitted. */
  count: number;
  /** Scores that entered the mean (count − 2 after trimming). */
  used: number;
  trimmed: boolean;
};

export type GroupScores = Partial<Record<RaterGroup, GroupScore>>;

/**
 * What one member brings to one indicator: the metric value (automatic), the branch's points
 * (manual), or the rater groups' scores (rated). Only the part that fits the source is read.
 */
export type IndicatorEvidence = {
  value?: number | null;
  groups?: GroupScores;
};

export type IndicatorStatus = 'scored' | 'pending';

export type IndicatorScore = {
  code: string;
  /** Points earned, 0..maxScore, two decimals. */
  score: number;
  maxScore: number;
  /** score × indicator weight: what the indicator contributes to its category and the total. */
  weighted: number;
  /** Pending: no value, no entry or no rating yet (scores 0 until one arrives). */
  status: IndicatorStatus;
  /** Rated indicators: the share each group finally carried (renormalised over groups with scores). */
  weights?: Partial<Record<RaterGroup, number>>;
  explanation: Bilingual;
};

/**
 * One assigned rater's sheet. `scores` is null until the rater submits; a submitted sheet may leave
 * out indicators the rater chose not to score. Staff sheets carry no rater id (anonymous).
 */
export type RaterSheet = {
  group: RaterGroup;
  scores: Readonly<Record<string, number>> | null;
};

/** A veto the branch recorded against a veto indicator, with its reason for the record. */
export type VetoMark = { code: string; reason?: string };

export type MemberInputs = {
  /** Automatic indicators: metric values; manual indicators: the branch's points. Keyed by code. */
  values?: Readonly<Record<string, number | null | undefined>>;
  /** Every assigned rater's sheet, submitted or not (completion counts both). */
  sheets?: readonly RaterSheet[];
  vetoes?: readonly VetoMark[];
};

export type IndicatorResult = IndicatorScore & {
  categoryCode: string;
  /** A category's whole-category score rather than one of its indicators. */
  overall: boolean;
  source: IndicatorSource;
  weight: number;
  /** Rated indicators: each rating group's score. */
  groups?: GroupScores;
  /** True when this veto indicator was marked as triggered. */
  vetoed: boolean;
};

export type CategoryResult = {
  code: string;
  title: string;
  /** Weighted points earned and possible. */
  score: number;
  max: number;
};

export type Completion = {
  assigned: number;
  submitted: number;
  /** submitted / assigned; null when nobody was assigned. */
  share: number | null;
  byGroup: Partial<Record<RaterGroup, { assigned: number; submitted: number }>>;
};

export type MemberEvaluation = {
  indicators: IndicatorResult[];
  categories: CategoryResult[];
  /** Σ score × weight, and its maximum Σ maxScore × weight. */
  points: number;
  maxPoints: number;
  /** points / maxPoints × 100, two decimals: 0–100 whatever the template's points add up to. */
  total: number;
  completion: Completion;
  vetoed: boolean;
  vetoedBy: VetoMark[];
  /** Codes of indicators still without data. */
  pending: string[];
};
