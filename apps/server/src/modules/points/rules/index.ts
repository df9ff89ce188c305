// The pure rules of members' points: deriving ledger entries from records, correcting them by reversal,
// caps, balances, the hand-over to 民主评议 and claim checks. No I/O; the use cases store what these return.
export { derivePointEntries } from './derive-entries';
export { draftEntry, idempotencyKeyOf, pointsFor, type EntryFacts } from './entry-draft';
export { reconcileSource, type SourceReconciliation } from './reconcile-source';
export { applyCaps } from './apply-caps';
export { balanceOf, balancesByPerson } from './balance';
export { appraisalInput, type PointAppraisalInput } from './appraisal-input';
export { validateClaim, type PointClaim, type PointClaimCheck, type PointClaimIssue } from './validate-claim';
export { periodBounds, periodName } from './dates';
export type * from './types';
