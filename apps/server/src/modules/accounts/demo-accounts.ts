import type { Role } from '@zhibu/shared';

/** The demo accounts (demo mode only). The demo seed creates them; the login page lists them. */
export const DEMO_ACCOUNTS = {
  password: 'Zhibu@2026',
  accounts: [
    { username: 'admin', role: 'committee_admin' as Role, description: '党委管理员（示例卷烟厂党委）' },
    { username: 'secretary', role: 'secretary' as Role, description: '支部书记（制丝车间第一党支部）' },
    { username: 'member', role: 'member' as Role, description: '党员（制丝车间第一党支部）' },
    { username: 'other', role: 'secretary' as Role, description: '另一支部书记（卷包车间第一党支部）' },
    { username: 'sysadmin', role: 'sysadmin' as Role, description: '系统管理员' },
    { username: 'secadmin', role: 'secadmin' as Role, description: '安全管理员' },
    { username: 'auditor', role: 'auditor' as Role, description: '审计管理员' },
  ],
} as const;
