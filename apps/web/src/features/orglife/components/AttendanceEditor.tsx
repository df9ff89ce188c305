import { ABSENCE_REASONS, ATTENDANCE_STATUSES } from '@zhibu/shared';
import { Alert, App, Button, Flex, Radio, Spin, Tag, theme, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumLabel, enumOptions } from '../../../ui/enum-label';
import { errorText } from '../../../ui/error-text';
import { useLang } from '../../../ui/useLang';
import { useSaveAttendanceMutation } from '../api/save-attendance-mutation';
import type { AbsenceReason, AttendanceRow, AttendanceStatus, MeetingDetail } from '../api/types';
import { useAttendanceRoster } from '../hooks/useAttendanceRoster';
import { AttendanceSummary } from './AttendanceSummary';
import { GuestPicker } from './GuestPicker';

type Mark = Pick<AttendanceRow, 'status' | 'absenceReason'>;

/**
 * Marks attendance by hand, one tap per person (phones first): present / absent with a reason /
 * written opinion for roster members, present or 列席 for guests. Edits stay local until saved, so a
 * refresh of the meeting (another section saved) does not wipe them.
 */
export function AttendanceEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const roster = useAttendanceRoster(meeting);
  const save = useSaveAttendanceMutation(meeting.id);
  const [marks, setMarks] = useState<ReadonlyMap<string, Mark>>(new Map());
  const [guests, setGuests] = useState<AttendanceRow[]>([]);

  const known = new Set(roster.rows.map((r) => r.personId));
  const rows = [...roster.rows, ...guests.filter((g) => !known.has(g.personId))].map((r) => ({
    ...r,
    ...marks.get(r.personId),
  }));
  const decisions = meeting.types.includes('general_meeting');

  const mark = (personId: string, m: Partial<Mark>) =>
    setMarks((prev) => {
      const row = rows.find((r) => r.personId === personId);
      const next = new Map(prev);
      next.set(personId, {
        status: row?.status ?? null,
        absenceReason: row?.absenceReason ?? null,
        ...m,
      });
      return next;
    });
  const markAllPresent = () =>
    setMarks(() => {
      const next = new Map<string, Mark>();
      for (const r of rows) {
        next.set(
          r.personId,
          r.expected ? { status: 'present', absenceReason: null } : { status: r.status, absenceReason: null },
        );
      }
      return next;
    });

  const submit = () =>
    save.mutate(
      {
        version: meeting.version,
        entries: rows
          .filter((r): r is AttendanceRow & { status: AttendanceStatus } => r.status !== null)
          .map((r) => ({
            personId: r.personId,
            status: r.status,
            absenceReason: r.status === 'absent' ? r.absenceReason : null,
            note: r.note,
          })),
      },
      {
        onSuccess: () => {
          setMarks(new Map());
          setGuests([]);
          void message.success(t('orglife.attendance.saved'));
        },
      },
    );

  const statusOptions = (r: AttendanceRow) =>
    (r.expected
      ? (['present', 'absent', ...(decisions ? (['written_opinion'] as const) : [])] as const)
      : (['present', 'nonvoting'] as const)
    ).map((s) => ({ value: s, label: enumLabel(ATTENDANCE_STATUSES, s, lang) }));

  return (
    <Spin spinning={roster.loading}>
      <Flex vertical gap={12}>
        <AttendanceSummary rows={rows} />
        <Flex gap={8} wrap>
          <Button onClick={markAllPresent}>{t('orglife.attendance.allPresent')}</Button>
          <div style={{ flex: '1 1 200px' }}>
            <GuestPicker
              exclude={new Set(rows.map((r) => r.personId))}
              onPick={(p) =>
                setGuests((g) => [
                  ...g,
                  {
                    personId: p.id,
                    name: p.name,
                    partyStatus: p.partyStatus,
                    expected: false,
                    voting: false,
                    status: 'nonvoting',
                    absenceReason: null,
                    note: null,
                    source: null,
                    signedInAt: null,
                  },
                ])
              }
            />
          </div>
        </Flex>
        <Typography.Text type="secondary">{t('orglife.attendance.unmarkedHint')}</Typography.Text>
        <div>
          {rows.map((r) => (
            <div
              key={r.personId}
              role="group"
              aria-label={r.name}
              data-testid="attendance-row"
              style={{ padding: '8px 0', borderBottom: `1px solid ${token.colorSplit}` }}
            >
              <Flex justify="space-between" align="center" wrap gap={8}>
                <span>
                  <Typography.Text strong>{r.name}</Typography.Text>{' '}
                  {r.expected ? null : <Tag>{t('orglife.attendance.guest')}</Tag>}
                  {r.expected && !r.voting ? <Tag>{t('orglife.attendance.noVote')}</Tag> : null}
                  {r.source === 'qr' && r.status === 'present' ? (
                    <Tag color="processing">{t('orglife.attendance.qr')}</Tag>
                  ) : null}
                </span>
                <Radio.Group
                  size="small"
                  optionType="button"
                  buttonStyle="solid"
                  value={r.status}
                  options={statusOptions(r)}
                  onChange={(e) => mark(r.personId, { status: e.target.value as AttendanceStatus })}
                  aria-label={t('orglife.attendance.status')}
                />
              </Flex>
              {r.status === 'absent' ? (
                <Flex gap={8} align="center" wrap style={{ marginTop: 6 }}>
                  <Typography.Text type="secondary">{t('orglife.attendance.reason')}</Typography.Text>
                  <Radio.Group
                    size="small"
                    value={r.absenceReason}
                    options={enumOptions(ABSENCE_REASONS, lang)}
                    onChange={(e) => mark(r.personId, { absenceReason: e.target.value as AbsenceReason })}
                    aria-label={t('orglife.attendance.reason')}
                  />
                </Flex>
              ) : null}
            </div>
          ))}
        </div>
        {save.error ? <Alert type="error" showIcon title={errorText(save.error, t)} /> : null}
        <Button type="primary" onClick={submit} loading={save.isPending} block>
          {t('orglife.attendance.save')}
        </Button>
      </Flex>
    </Spin>
  );
}
