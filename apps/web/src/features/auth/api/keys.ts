export const authKeys = {
  me: ['auth', 'me'] as const,
  demoAccounts: ['auth', 'demo-accounts'] as const,
};
