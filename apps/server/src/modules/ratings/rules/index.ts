// The pure rules of star rating and grading: scoring, totals, levels, advice and simulation.
export { compileFormula, type CompiledFormula, type FormulaError } from './formula';
export { applyRule, rulePasses, ruleScore, type RuleResult } from './apply-rule';
export { pointsOf, statusOf } from './criterion-points';
export { scoreCriterion } from './score-criterion';
export { categoryMax, categoryPoints } from './category-score';
export { formulaNames, totalOf, totalOfSheet } from './total';
export { evaluateOrg } from './evaluate-org';
export { scoreOrg } from './score-org';
export * from './levels';
export { definedLevels, highestLevelAtMost, nextLevelAbove, nextLevelBelow, topLevel } from './label-ladder';
export { gapToNext, type GapToNext, type Suggestion } from './gap';
export { simulate, type WhatIfChange } from './what-if';
export type * from './types';
