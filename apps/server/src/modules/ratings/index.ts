// Public surface of ratings and assessments: routes, and the evaluation for benchmarks and the demo.
export { assessmentRoutes } from './assessment.routes';
export { roundRoutes } from './rounds.routes';
export { schemeRoutes } from './schemes.routes';
export { createScheme } from './create-scheme';
export { publishVersion } from './scheme-versions';
export { openRound } from './open-round';
export { saveAnswer, submitAssessment } from './self-assessment';
export { completeReview, reviewAnswer } from './review-assessment';
export { evaluateRound } from './evaluate-round';
export { publishRound } from './round-lifecycle';
export { BUILTIN_TEMPLATES } from './templates/index';
