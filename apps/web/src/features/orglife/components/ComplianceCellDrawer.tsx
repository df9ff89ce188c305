import { Button, Drawer, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplianceRow, MonthCell } from '../api/types';
import { MissingList } from './MissingList';

type Props = { row: ComplianceRow; cell: MonthCell; year: number; onClose: () => void };

const COLORS = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
  future: 'default',
  none: 'default',
} as const;

/** The details behind one cell: what is missing, and the way to the organisation's calendar. */
export function ComplianceCellDrawer({ row, cell, year, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      open
      onClose={onClose}
      title={t('compliance.drawerTitle', { org: row.orgName, year, month: cell.month })}
      size={420}
    >
      <Flex vertical gap={16}>
        <div>
          <Tag color={COLORS[cell.status]}>{t(`compliance.status.${cell.status}`)}</Tag>
          {row.parentName ? <Typography.Text type="secondary">{row.parentName}</Typography.Text> : null}
        </div>
        <div>
          <Typography.Text strong style={{ display: 'block', marginBottom: 8 }}>
            {cell.status === 'yellow' ? t('compliance.stillOpen') : t('compliance.missingTitle')}
          </Typography.Text>
          <MissingList missing={cell.missing} />
        </div>
        <Link to={`/orglife/compliance/${row.orgId}?year=${year}`}>
          <Button type="primary">{t('compliance.openCalendar')}</Button>
        </Link>
      </Flex>
    </Drawer>
  );
}
