import { PERMISSIONS, ROLES, zMobile, zPage, zPageSize, zPersonName, zUsername } from '@zhibu/shared';
import { z } from 'zod';

export const LoginBody = z.object({
  login: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(128),
});

export const RoleDto = z.object({ id: z.string(), role: z.enum(ROLES.values), orgNodeId: z.string(), orgName: z.string() });

export const MeDto = z.object({
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string(), personId: z.string().nullable() }),
  roles: z.array(RoleDto),
  permissions: z.array(z.enum(PERMISSIONS)),
  csrfToken: z.string(),
  csrfHeader: z.string(),
  mustChangePassword: z.boolean(),
  demo: z.boolean(),
});

export const ChangePasswordBody = z.object({
  currentPassword: z.string().min(1).max(128),
  newPassword: z.string().min(1).max(128),
});

export const AccountDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  phone: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
  disabled: z.boolean(),
  locked: z.boolean(),
  lockedUntil: z.string().nullable(),
  mustChangePassword: z.boolean(),
  lastLoginAt: z.string().nullable(),
  roles: z.array(RoleDto),
});
export type AccountView = z.infer<typeof AccountDto>;

export const AccountsQuery = z.object({
  page: zPage,
  pageSize: zPageSize,
  q: z.string().trim().max(50).optional(),
  role: z.enum(ROLES.values).optional(),
  disabled: z.enum(['true', 'false']).optional(),
});

export const CreateAccountBody = z.object({
  username: zUsername,
  displayName: zPersonName,
  phone: zMobile.nullable().optional(),
  personId: z.string().uuid().nullable().optional(),
  initialPassword: z.string().min(1).max(128),
});

export const UpdateAccountBody = z.object({
  displayName: zPersonName.optional(),
  phone: zMobile.nullable().optional(),
  personId: z.string().uuid().nullable().optional(),
  disabled: z.boolean().optional(),
});

export const ResetPasswordBody = z.object({ newPassword: z.string().min(1).max(128) });

export const AssignRoleBody = z.object({ role: z.enum(ROLES.values), orgNodeId: z.string().uuid() });
