export const notificationKeys = {
  all: ['notifications'] as const,
  /** Both lists (all, unread only): reading a notice changes them together. */
  lists: ['notifications', 'list'] as const,
  list: (unreadOnly: boolean) => ['notifications', 'list', { unreadOnly }] as const,
  preferences: ['notifications', 'preferences'] as const,
};
