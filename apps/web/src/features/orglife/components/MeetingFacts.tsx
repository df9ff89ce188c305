import { Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime, parseTimestamp } from '../../../lib/dates';
import type { MeetingDetail } from '../api/types';
import { MeetingStatusTag } from './MeetingStatusTag';
import { MeetingTypeTags } from './MeetingTypeTags';

const COLUMNS = { xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 } as const;

const time = (v: string | null) => parseTimestamp(v)?.format('HH:mm') ?? '';

/** Every field of the record, in the order of a paper meeting record (会议记录本). */
export function MeetingFacts({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lesson = m.types.includes('party_lesson');
  const items: DescriptionsProps['items'] = [
    { key: 'org', label: t('orglife.meeting.org'), children: m.orgName },
    { key: 'types', label: t('orglife.meeting.types'), children: <MeetingTypeTags types={m.types} /> },
    { key: 'status', label: t('orglife.meeting.status'), children: <MeetingStatusTag status={m.status} /> },
    { key: 'planned', label: t('orglife.meeting.plannedStart'), children: formatDateTime(m.plannedStart) },
    { key: 'held', label: t('orglife.meeting.heldOn'), children: m.heldOn },
    {
      key: 'time',
      label: t('orglife.meeting.time'),
      children: m.actualStart || m.actualEnd ? `${time(m.actualStart)} – ${time(m.actualEnd)}` : '',
    },
    {
      key: 'place',
      label: t('orglife.meeting.place'),
      children: [m.place, m.online ? t('orglife.meeting.onlineTag') : null].filter(Boolean).join(' · '),
    },
    { key: 'chair', label: t('orglife.meeting.chair'), children: m.chairName },
    { key: 'recorder', label: t('orglife.meeting.recorder'), children: m.recorderName },
    ...(lesson
      ? [
          { key: 'lecturer', label: t('orglife.meeting.lecturer'), children: m.lecturerName },
          { key: 'lesson', label: t('orglife.meeting.lessonTopic'), children: m.lessonTopic },
        ]
      : []),
    {
      key: 'firstTopic',
      label: t('orglife.meeting.firstTopic'),
      children: m.firstTopic ? t('common.yes') : t('common.no'),
    },
    ...(m.partners ? [{ key: 'partners', label: t('orglife.meeting.partners'), children: m.partners }] : []),
    {
      key: 'attendance',
      label: t('orglife.meeting.attendanceShort'),
      children: t('orglife.meeting.presentOfExpected', {
        present: m.presentCount,
        expected: m.expectedCount,
      }),
    },
    ...(m.reviewedAt
      ? [{ key: 'reviewed', label: t('orglife.meeting.reviewedAt'), children: formatDateTime(m.reviewedAt) }]
      : []),
    {
      key: 'agenda',
      label: t('orglife.meeting.agenda'),
      span: 'filled' as const,
      children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{m.agenda}</Typography.Text>,
    },
  ];
  return <Descriptions size="small" bordered column={COLUMNS} items={items} />;
}
