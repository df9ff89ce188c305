import type { OrgType } from './enums';

// Which node type may sit under which: 党委 → 党委/党总支/党支部, 党总支 → 党支部, 党支部 → 党小组.
// Shared so that the tree's move and create dialogs offer only what the server accepts.
const ALLOWED_PARENTS: Record<OrgType, readonly OrgType[]> = {
  committee: ['committee'],
  general_branch: ['committee'],
  branch: ['committee', 'general_branch'],
  group: ['branch'],
};

export function canNestUnder(child: OrgType, parent: OrgType): boolean {
  return ALLOWED_PARENTS[child].includes(parent);
}

/** People are placed in a committee, general branch or branch; a 党小组 is chosen separately. */
export function canHoldPeople(type: OrgType): boolean {
  return type !== 'group';
}
