// The pure rules of star rating and grading: scoring, totals, levels, advice and simulation.
export { compileFormula, type CompiledFormula, type FormulaError } from './formula';
export { applyRule, type RuleResult } from './apply-rule';
export { scoreCriterion } from './score-criterion';
export { categoryScore } from './category-score';
export { formulaNames, totalOf } from './total';
export { evaluateOrg } from './evaluate-org';
export * from './levels';
export { definedLevels, highestLevelAtMost, nextLevelAbove, nextLevelBelow, topLevel } from './label-ladder';
export { gapToNext, type GapToNext, type Suggestion } from './gap';
export { simulate, type WhatIfChange } from './what-if';
export type * from './types';
