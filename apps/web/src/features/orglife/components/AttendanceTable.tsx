import { ABSENCE_REASONS, ATTENDANCE_STATUSES } from '@zhibu/shared';
import { Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { parseTimestamp } from '../../../lib/dates';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import { PartyStatusTag } from '../../people/components/PartyStatusTag';
import type { AttendanceRow, AttendanceStatus } from '../api/types';
import { AttendanceSummary } from './AttendanceSummary';

const STATUS_COLORS: Record<AttendanceStatus, string> = {
  present: 'success',
  absent: 'error',
  nonvoting: 'default',
  written_opinion: 'blue',
};

/** Who attended, how they were recorded (by hand or by scanning the QR code), and the counts. */
export function AttendanceTable({ rows }: { rows: readonly AttendanceRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Flex vertical gap={12}>
      <AttendanceSummary rows={rows} />
      <Table<AttendanceRow>
        rowKey="personId"
        size="small"
        dataSource={[...rows]}
        pagination={rows.length > 50 ? { pageSize: 50 } : false}
        scroll={{ x: 'max-content' }}
        data-testid="attendance-table"
        columns={[
          {
            title: t('orglife.attendance.name'),
            dataIndex: 'name',
            fixed: 'left',
            render: (name: string, r) => (
              <>
                {name}
                {r.expected ? null : (
                  <Typography.Text type="secondary"> {t('orglife.attendance.guest')}</Typography.Text>
                )}
              </>
            ),
          },
          {
            title: t('orglife.attendance.status'),
            key: 'status',
            render: (_, r) =>
              r.status ? (
                <Tag color={STATUS_COLORS[r.status]}>{enumLabel(ATTENDANCE_STATUSES, r.status, lang)}</Tag>
              ) : (
                <Tag>{t('orglife.attendance.notMarked')}</Tag>
              ),
          },
          {
            title: t('orglife.attendance.reason'),
            dataIndex: 'absenceReason',
            render: (v: string | null) => enumLabel(ABSENCE_REASONS, v, lang),
          },
          {
            title: t('orglife.attendance.source'),
            key: 'source',
            render: (_, r) =>
              r.source === 'qr' ? (
                <Tag color="processing">
                  {t('orglife.attendance.qr')} {parseTimestamp(r.signedInAt)?.format('HH:mm') ?? ''}
                </Tag>
              ) : r.source === 'manual' ? (
                t('orglife.attendance.manual')
              ) : (
                ''
              ),
          },
          {
            title: t('orglife.attendance.partyStatus'),
            key: 'partyStatus',
            render: (_, r) => <PartyStatusTag status={r.partyStatus} />,
          },
          {
            title: t('orglife.attendance.voting'),
            dataIndex: 'voting',
            render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
          },
          { title: t('orglife.attendance.note'), dataIndex: 'note' },
        ]}
      />
    </Flex>
  );
}
