import type { Permission, Role } from '@zhibu/shared';

/** GET /api/v1/auth/me and the login response. */
export type Me = {
  user: { id: string; username: string; displayName: string; personId: string | null };
  roles: { id: string; role: Role; orgNodeId: string; orgName: string }[];
  permissions: Permission[];
  csrfToken: string;
  csrfHeader: string;
  mustChangePassword: boolean;
  demo: boolean;
};

export type DemoAccounts = {
  demo: boolean;
  password: string | null;
  items: { username: string; role: string; description: string }[];
};
