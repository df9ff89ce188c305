import type { Role } from '@zhibu/shared';

export type AccountRole = { id: string; role: Role; orgNodeId: string; orgName: string };

/** GET /api/v1/accounts items (phone arrives masked). */
export type Account = {
  id: string;
  username: string;
  displayName: string;
  phone: string | null;
  personId: string | null;
  personName: string | null;
  disabled: boolean;
  locked: boolean;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  lastLoginAt: string | null;
  roles: AccountRole[];
};

export type AccountFilter = { q?: string; role?: Role; disabled?: 'true' | 'false' };
export type AccountListParams = AccountFilter & { page: number; pageSize: number };

export type OrgOption = { id: string; parentId: string | null; name: string; type: string };
export type PersonCandidate = { id: string; name: string; orgName: string };
