// Response shapes of apps/server/src/modules/notifications/notifications.routes.ts.

export const NOTIFICATION_TYPES = ['meeting_due', 'meeting_overdue', 'term_ending', 'term_overdue'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export type Notice = {
  id: string;
  type: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type Notices = { items: Notice[]; unread: number };

export type Preference = {
  type: NotificationType;
  label: string;
  inApp: boolean;
  email: boolean;
  sms: boolean;
};
