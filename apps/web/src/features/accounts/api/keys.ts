import type { AccountListParams } from './types';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (p: AccountListParams) => ['accounts', 'list', p] as const,
  personCandidates: (q: string) => ['accounts', 'person-candidates', q] as const,
  orgOptions: ['accounts', 'org-options'] as const,
};
