import { ABSENCE_REASONS, MEETING_STATUSES, MEETING_TYPES } from '@zhibu/shared';
import { useTranslation } from 'react-i18next';
import { parseTimestamp } from '../../../lib/dates';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { MeetingDetail } from '../api/types';
import { useValidityText } from '../hooks/useValidityText';
import { attendanceCounts } from './attendance-counts';

const time = (v: string | null) => parseTimestamp(v)?.format('HH:mm') ?? '';

/** One meeting as the page of a record book: the standard fields, attendance, votes, signatures. */
export function PrintMeeting({ meeting: m }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const validity = useValidityText();
  const sep = lang === 'zh' ? '、' : ', ';
  const c = attendanceCounts(m.attendance);
  const absent = m.attendance
    .filter((a) => a.status === 'absent')
    .map((a) =>
      a.absenceReason ? `${a.name}（${enumLabel(ABSENCE_REASONS, a.absenceReason, lang)}）` : a.name,
    )
    .join(sep);
  const guests = m.attendance
    .filter((a) => !a.expected)
    .map((a) => a.name)
    .join(sep);
  const rows: [string, string][] = [
    [t('orglife.meeting.org'), m.orgName],
    [t('orglife.meeting.types'), m.types.map((x) => enumLabel(MEETING_TYPES, x, lang)).join(sep)],
    [
      t('orglife.meeting.heldOn'),
      [m.heldOn, m.actualStart || m.actualEnd ? `${time(m.actualStart)}–${time(m.actualEnd)}` : '']
        .filter(Boolean)
        .join(' '),
    ],
    [
      t('orglife.meeting.place'),
      [m.place, m.online ? t('orglife.meeting.onlineTag') : ''].filter(Boolean).join(' · '),
    ],
    [t('orglife.meeting.chair'), m.chairName ?? ''],
    [t('orglife.meeting.recorder'), m.recorderName ?? ''],
    ...(m.types.includes('party_lesson')
      ? ([
          [t('orglife.meeting.lecturer'), m.lecturerName ?? ''],
          [t('orglife.meeting.lessonTopic'), m.lessonTopic ?? ''],
        ] as [string, string][])
      : []),
    [
      t('print.attendance'),
      t('print.attendanceText', { expected: c.expected, present: c.present, absent: c.absent }),
    ],
    [t('print.absentees'), absent || t('common.none')],
    ...(guests ? ([[t('print.guests'), guests]] as [string, string][]) : []),
    [t('orglife.meeting.status'), enumLabel(MEETING_STATUSES, m.status, lang)],
    [
      t('orglife.meeting.validity'),
      m.validity
        ? m.validity.valid
          ? t('orglife.validity.validShort')
          : m.validity.failures.map(validity).join(' ')
        : '—',
    ],
  ];
  return (
    <section className="print-meeting">
      <h2>{m.title}</h2>
      <table>
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th>{k}</th>
              <td>{v}</td>
            </tr>
          ))}
          <tr>
            <th>{t('orglife.meeting.agenda')}</th>
            <td className="print-pre">{m.agenda}</td>
          </tr>
          <tr>
            <th>{t('orglife.sections.minutes')}</th>
            <td className="print-pre">{m.minutes}</td>
          </tr>
        </tbody>
      </table>
      {m.resolutions.length > 0 ? (
        <table>
          <thead>
            <tr>
              <th>{t('orglife.resolutions.text')}</th>
              <th>{t('orglife.resolutions.yes')}</th>
              <th>{t('orglife.resolutions.no')}</th>
              <th>{t('orglife.resolutions.abstain')}</th>
              <th>{t('orglife.resolutions.writtenYes')}</th>
            </tr>
          </thead>
          <tbody>
            {m.resolutions.map((r) => (
              <tr key={r.id}>
                <td>{r.text}</td>
                <td>{r.yes}</td>
                <td>{r.no}</td>
                <td>{r.abstain}</td>
                <td>{r.writtenYes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div className="print-signatures">
        <span>{t('print.chairSignature')}</span>
        <span>{t('print.recorderSignature')}</span>
      </div>
    </section>
  );
}
