import type { AuditListParams } from './types';

export const auditKeys = {
  all: ['audit'] as const,
  list: (p: AuditListParams) => ['audit', 'list', p] as const,
  verify: ['audit', 'verify'] as const,
};
