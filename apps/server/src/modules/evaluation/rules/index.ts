// The pure rules of quantified post-performance evaluation (岗位量化评价): group scores, indicator
// and member scores, the 民主评议 suggestion, rater assignment and anonymous rating tokens.
export { raterGroupScore, type GroupScoreOptions } from './rater-group-score';
export { applyIndicatorRule, ruleTarget } from './apply-indicator-rule';
export { weightedIndicatorScore } from './weighted-indicator-score';
export { evaluateMember, completionOf } from './evaluate-member';
export { appraisalSuggestion } from './appraisal-suggestion';
export {
  checkRatingSheet,
  indicatorsRatedBy,
  type SheetCheck,
  type SheetProblem,
} from './check-rating-sheet';
export { assignRaters, type AssignOptions, type RaterAssignment } from './assign-raters';
export { seededShuffle } from './seeded-shuffle';
export {
  checkTokenUse,
  newRatingToken,
  tokenHash,
  type NewRatingToken,
  type RatingTokenRecord,
  type TokenCheck,
  type TokenProblem,
} from './rating-token';
export type * from './types';
