import { DEFAULT_INDICATORS, type DefaultIndicatorCode, type JobPortraitInput } from '@zhibu/shared';

// The built-in portraits all use the default indicator set, in its order (政治素质 first). Weights are
// written as whole percentages so that a reader can add them up; they become shares of 1 here.

/** Percentages in DEFAULT_INDICATORS order: 政治素质, 行为规范, 服务意识, 创新意识, 质量安全, 协同协作, 专业技能. */
export type WeightRow = readonly [number, number, number, number, number, number, number];

/** Every built-in portrait gates the political standard: below 60 the person does not qualify. */
export const POLITICAL_GATE = 60;

export function defaultIndicators(
  percent: WeightRow,
  gates: Partial<Record<DefaultIndicatorCode, number>> = {},
): JobPortraitInput['indicators'] {
  const gateOf: Partial<Record<DefaultIndicatorCode, number>> = { political: POLITICAL_GATE, ...gates };
  return DEFAULT_INDICATORS.map((d, i) => ({
    code: d.value,
    title: d.zh,
    weight: percent[i]! / 100,
    gateMin: gateOf[d.value] ?? null,
  }));
}
