// Public surface of talent profiles (人才画像, 后备人才库): the routes, the rating metrics, and what the
// demo, the benchmark or another module may call.
export { talentRoutes } from './talent.routes';
export { TALENT_FAMILY, TALENT_METRICS, talentFamily } from './rating-metrics';
export { copyBuiltinPortraits, createPortrait } from './create-portrait';
export { addCredential } from './add-credential';
export { recordScores } from './record-scores';
export { enterReserve } from './enter-reserve';
export { assignTier } from './assign-tier';
export { BUILTIN_PORTRAITS, DEFAULT_RESERVE_CRITERIA, DEFAULT_TIER_CRITERIA } from './templates/index';
