import { CheckOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { MEETING_TYPES } from '@zhibu/shared';
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { MonthCell } from '../api/types';
import { useCellColors } from '../hooks/useCellColors';

type Props = { cell: MonthCell; orgName: string; onOpen: () => void };

/**
 * One month of one organisation. Colour and a symbol (not colour alone): ✓ met, clock for a period
 * still running, the number of missing items when overdue. The tooltip lists what is missing.
 */
export function ComplianceCell({ cell, orgName, onOpen }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const colors = useCellColors();
  const missing = cell.missing
    .map((m) => enumLabel(MEETING_TYPES, m.meetingType, lang))
    .join(lang === 'zh' ? '、' : ', ');
  const status = t(`compliance.status.${cell.status}`);
  const label = t('compliance.cellLabel', {
    org: orgName,
    month: cell.month,
    status,
    missing: missing || '—',
  });
  const symbol =
    cell.status === 'green' ? (
      <CheckOutlined />
    ) : cell.status === 'yellow' ? (
      <ClockCircleOutlined />
    ) : cell.status === 'red' ? (
      cell.missing.length
    ) : null;
  const clickable = cell.status === 'red' || cell.status === 'yellow' || cell.status === 'green';
  return (
    <Tooltip title={missing ? t('compliance.missingShort', { missing }) : status}>
      <button
        type="button"
        aria-label={label}
        data-status={cell.status}
        disabled={!clickable}
        onClick={onOpen}
        style={{
          width: 34,
          height: 28,
          display: 'inline-flex',
          alignItems: 'center',
          justifyContent: 'center',
          verticalAlign: 'middle',
          border: '1px solid',
          borderRadius: 4,
          cursor: clickable ? 'pointer' : 'default',
          fontWeight: 600,
          padding: 0,
          ...colors(cell.status),
        }}
      >
        {symbol}
      </button>
    </Tooltip>
  );
}
