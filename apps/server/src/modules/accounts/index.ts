export { accountRoutes } from './accounts.routes';
export { createAccount } from './manage-account';
export { assignRole } from './manage-roles';
export { DEMO_ACCOUNTS } from './demo-accounts';
export { accountsCovering } from './accounts.repository';
