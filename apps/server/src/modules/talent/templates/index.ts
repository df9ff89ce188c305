import { zJobPortrait, type JobPortrait } from '@zhibu/shared';
import { MANAGEMENT_PORTRAITS } from './management-portraits';
import { PRODUCTION_PORTRAITS } from './production-portraits';
import { QUALITY_PORTRAITS } from './quality-portraits';

// The 16 built-in job portraits of a cigarette factory's process/quality department, along the
// production process. The source (a branch's account) gives only their number and the indicator set;
// titles, skills, certificates and weights here are a starting set a tenant copies and edits.

export const BUILTIN_PORTRAITS: readonly JobPortrait[] = [
  ...QUALITY_PORTRAITS,
  ...PRODUCTION_PORTRAITS,
  ...MANAGEMENT_PORTRAITS,
].map((p) => zJobPortrait.parse(p));

export function builtinPortrait(code: string): JobPortrait | undefined {
  return BUILTIN_PORTRAITS.find((p) => p.code === code);
}

export { DEFAULT_RESERVE_CRITERIA, DEFAULT_TIER_CRITERIA } from './tier-criteria';
export { POLITICAL_GATE } from './indicator-weights';
