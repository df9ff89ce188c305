import type { ResultFlags } from '../api/types';

export type FlagKey = 'vetoed' | 'overridden' | 'quotaCut' | 'oneStepCapped';

/** Tag colours: a veto is the gravest, an override is a deliberate decision, the rest are caps. */
export const FLAG_COLORS: Record<FlagKey, string> = {
  vetoed: 'error',
  overridden: 'purple',
  quotaCut: 'warning',
  oneStepCapped: 'orange',
};

/** Which flags a result carries, in the order they are shown. */
export function flagKeys(flags: ResultFlags | null | undefined): FlagKey[] {
  if (!flags) return [];
  const out: FlagKey[] = [];
  if ((flags.vetoedBy?.length ?? 0) > 0) out.push('vetoed');
  if (flags.overridden) out.push('overridden');
  if (flags.quotaCut) out.push('quotaCut');
  if (flags.oneStepCapped) out.push('oneStepCapped');
  return out;
}
