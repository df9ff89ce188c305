// Public surface of members' points: routes, the listener that turns records' facts into ledger entries,
// and what the benchmark and the demo need.
export { pointsRoutes } from './points.routes';
export { pointsFromFacts } from './points-from-facts';
export { pointsFollowPerson } from './person-moved';
export { createRuleSet } from './create-rule-set';
export { publishRuleSet } from './publish-rule-set';
export { awardPoints } from './award-points';
export { claimPoints } from './claim-points';
export { balanceRows, writeBalanceRows, BALANCE_PERIODS } from './refresh-balances';
export { findBalances, branchAggregates } from './find-balances';
export { getRuleSetRow } from './rule-sets.repository';
export { BUILTIN_POINT_TEMPLATES } from './templates/index';
export { POINTS_FAMILY, POINTS_METRICS, pointsFamily } from './rating-metrics';
export { pointsAppraisalInputs } from './appraisal-provider';
