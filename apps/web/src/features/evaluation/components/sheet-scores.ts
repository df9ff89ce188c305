import type { RatingForm, Scores } from '../api/types';

// Sheets being filled in: per sheet the points given so far; an indicator left out is an abstention.

export type SheetKey = string;
export const sheetKey = (group: string, rateeId: string): SheetKey => `${group}/${rateeId}`;

/** Sets or clears one indicator's points, keeping every other sheet object as it was. */
export function withScore(
  drafts: Record<SheetKey, Scores>,
  key: SheetKey,
  code: string,
  value: number | null | undefined,
): Record<SheetKey, Scores> {
  const next: Scores = { ...drafts[key] };
  if (value === null || value === undefined || !Number.isFinite(value)) delete next[code];
  else next[code] = value;
  return { ...drafts, [key]: next };
}

/** Indicators of the form this sheet leaves unrated. */
export function blanksOf(form: RatingForm, scores: Scores | undefined): number {
  return form.indicators.filter((i) => scores?.[i.code] === undefined).length;
}

/** Only what the form asks for, within each indicator's scale. */
export function cleanScores(form: RatingForm, scores: Scores | undefined): Scores {
  const out: Scores = {};
  for (const i of form.indicators) {
    const v = scores?.[i.code];
    if (v !== undefined && Number.isFinite(v)) out[i.code] = Math.min(Math.max(v, 0), i.maxScore);
  }
  return out;
}

/** The step a score input moves by: halves on small scales, whole points on large ones. */
export function scoreStep(maxScore: number): number {
  return maxScore <= 10 ? 0.5 : 1;
}
