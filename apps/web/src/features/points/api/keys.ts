import type { BalanceQuery, PeriodParams } from './types';

export const pointKeys = {
  /** Everything about points: a change anywhere refreshes every list and balance. */
  all: ['points'] as const,
  mine: (p: PeriodParams) => ['points', 'me', p] as const,
  person: (id: string, p: PeriodParams) => ['points', 'people', id, p] as const,
  claims: ['points', 'claims'] as const,
  balances: (q: BalanceQuery) => ['points', 'balances', q] as const,
  appeals: ['points', 'appeals'] as const,
  ruleSets: (year?: number) => ['points', 'rule-sets', 'list', year ?? null] as const,
  ruleSet: (id: string) => ['points', 'rule-sets', 'detail', id] as const,
  templates: ['points', 'templates'] as const,
  aggregates: (orgId: string, p: PeriodParams) => ['points', 'aggregates', orgId, p] as const,
};
