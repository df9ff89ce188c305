// Public surface of quantified post-performance evaluation (岗位量化评价): the routes, and what the demo,
// the benchmark or another module (民主评议, talent) may call.
export { evaluationRoutes } from './evaluation.routes';
export { createRound } from './create-round';
export { openRound } from './open-round';
export { mySheets, submitSheets } from './my-sheets';
export { staffForm, submitStaffSheet } from './rate-by-link';
export { closeRound } from './close-round';
export { publishRound } from './publish-round';
export { computeRoundResults, type MemberResult } from './compute-results';
export { frozenResults } from './frozen-results';
export { DEFAULT_TEMPLATE_KEY, evaluationTemplates } from './find-templates';
export { BUILTIN_EVALUATION_TEMPLATES } from './templates/index';
export { EVALUATION_FAMILY, EVALUATION_METRICS, evaluationFamily } from './rating-metrics';
export { evaluationAppraisalInputs } from './appraisal-provider';
