// Kinds of notice; each user may switch each one off (no forced reminders).
export const NOTIFICATION_TYPES = ['meeting_due', 'meeting_overdue', 'term_ending', 'term_overdue'] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

export const NOTIFICATION_TYPE_LABELS: Record<NotificationType, { zh: string; en: string }> = {
  meeting_due: { zh: '组织生活7天内到期', en: 'Organisational life due within 7 days' },
  meeting_overdue: { zh: '组织生活逾期未开展', en: 'Organisational life overdue' },
  term_ending: { zh: '换届提醒（届满前6个月、1个月）', en: 'Term ending (6 months and 1 month before)' },
  term_overdue: { zh: '届期已满未换届', en: 'Term overdue' },
};
