import type { MeetingType } from '@zhibu/shared';

// Meeting types the templates narrow automatic items to.

/** 三会一课: 支部党员大会, 支委会, 党小组会 and 党课. */
export const THREE_MEETINGS_ONE_LESSON: MeetingType[] = [
  'general_meeting',
  'committee_meeting',
  'group_meeting',
  'party_lesson',
];

/** Collective study (集中学习): study sessions recorded as meetings. */
export const COLLECTIVE_STUDY: MeetingType[] = ['study'];

export const THEME_DAY: MeetingType[] = ['theme_day'];
