import type { OrgType } from '@zhibu/shared';

// Mirrors the server's rule (modules/orgs/rules/org-nesting.ts) so that forms offer only valid
// choices: 党委 → 党委/党总支/党支部, 党总支 → 党支部, 党支部 → 党小组. The server still decides.
const ALLOWED_PARENTS: Record<OrgType, readonly OrgType[]> = {
  committee: ['committee'],
  general_branch: ['committee'],
  branch: ['committee', 'general_branch'],
  group: ['branch'],
};

export function canNestUnder(child: OrgType, parent: OrgType): boolean {
  return ALLOWED_PARENTS[child].includes(parent);
}

export function childTypesOf(parent: OrgType): OrgType[] {
  return (Object.keys(ALLOWED_PARENTS) as OrgType[]).filter((c) => canNestUnder(c, parent));
}

/** People are placed in committees, general branches and branches; a 党小组 is chosen separately. */
export function canHoldPeople(type: OrgType): boolean {
  return type !== 'group';
}
