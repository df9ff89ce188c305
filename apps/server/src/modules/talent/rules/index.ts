// The pure rules of talent profiles: portrait matching, tiers, the reserve pool review and credential
// summaries. No I/O; dates are YYYY-MM-DD strings in the tenant's time zone (platform/clock `todayIn`).
export { portraitMatch, type GateFailure, type PortraitMatch, type RadarPoint } from './portrait-match';
export {
  checkCertificate,
  checkCertificates,
  normaliseName,
  requirementLabel,
  type CertificateCheck,
  type CertificateStatus,
} from './certificate-check';
export { tierFor, type TierDecision, type TierGap } from './tier-for';
export { ageOn, checkCriteria, type CriteriaCheck } from './talent-criteria';
export {
  DEFAULT_SOON_DAYS,
  nextReviewAfter,
  reservePoolReview,
  reviewDueOn,
  reviewReserveEntry,
  type ReserveAction,
  type ReserveEntryFacts,
  type ReserveReview,
  type ReserveReviewItem,
} from './reserve-pool-review';
export {
  credentialSummary,
  DEFAULT_EXPIRY_WINDOW_DAYS,
  type CredentialSummary,
  type LevelCount,
} from './credential-summary';
export { credentialMeeting, describeCondition, describeCredential } from './credential-condition';
export { daysBetween, isCurrent, isExpired, levelAtLeast } from './credential-status';
export type * from './types';
