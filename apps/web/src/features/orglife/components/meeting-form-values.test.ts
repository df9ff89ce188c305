import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { toMeetingFields } from './meeting-form-values';

describe('meeting form values', () => {
  it('trims text, turns empty text into null and keeps the planned time with its offset', () => {
    const f = toMeetingFields({
      types: ['theme_day', 'general_meeting'],
      title: '  11月主题党日 ',
      plannedStart: dayjs('2026-11-06T14:30:45'),
      place: '  ',
      agenda: '学习党章\n',
    });
    expect(f.title).toBe('11月主题党日');
    expect(f.place).toBeNull();
    expect(f.agenda).toBe('学习党章');
    expect(f.plannedStart).toMatch(/^2026-11-06T14:30:00[+-]\d\d:\d\d$/);
    expect(f.online).toBe(false);
  });
  it('drops the lecturer and partners when the sitting is no 党课 or joint activity', () => {
    const f = toMeetingFields({
      types: ['committee_meeting'],
      title: '支委会',
      lecturerPersonId: 'p1',
      lessonTopic: '党史',
      partners: '兄弟单位',
    });
    expect(f.lecturerPersonId).toBeNull();
    expect(f.lessonTopic).toBeNull();
    expect(f.partners).toBeNull();
    const lesson = toMeetingFields({
      types: ['party_lesson'],
      title: '党课',
      lecturerPersonId: 'p1',
      lessonTopic: ' 党史 ',
    });
    expect(lesson.lecturerPersonId).toBe('p1');
    expect(lesson.lessonTopic).toBe('党史');
  });
});
