import { Flex, Tag, theme, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonthCell, OrgCompliance } from '../api/types';
import { useCellColors } from '../hooks/useCellColors';
import { MissingList } from './MissingList';

type Meeting = OrgCompliance['meetings'][number];
type Props = { year: number; cell: MonthCell; meetings: readonly Meeting[] };

const COLORS = {
  green: 'success',
  yellow: 'warning',
  red: 'error',
  future: 'default',
  none: 'default',
} as const;
const DAY = 30;

/**
 * One month as a calendar heat map (weeks start on Monday): the more meetings that counted on a day,
 * the darker it is; a day with meetings links to them. The month's border shows its compliance.
 */
export function MonthCalendar({ year, cell, meetings }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const colors = useCellColors();
  const first = dayjs(new Date(year, cell.month - 1, 1));
  const offset = (first.day() + 6) % 7;
  const days = first.daysInMonth();
  const byDay = new Map<number, Meeting[]>();
  for (const m of meetings) {
    const d = dayjs(m.heldOn);
    if (d.year() === year && d.month() === cell.month - 1) {
      byDay.set(d.date(), [...(byDay.get(d.date()) ?? []), m]);
    }
  }
  const heat = (n: number) =>
    n === 0
      ? { background: token.colorFillQuaternary, color: token.colorTextTertiary }
      : n === 1
        ? { background: token.colorPrimaryBorder, color: token.colorText }
        : { background: token.colorPrimary, color: token.colorTextLightSolid };
  const weekdays = t('compliance.weekdays').split(',');
  return (
    <div
      data-testid={`month-${cell.month}`}
      style={{
        border: `2px solid ${colors(cell.status).borderColor as string}`,
        borderRadius: token.borderRadiusLG,
        padding: 12,
        height: '100%',
      }}
    >
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('compliance.month', { month: cell.month })}</Typography.Text>
        <Tag color={COLORS[cell.status]}>{t(`compliance.status.${cell.status}`)}</Tag>
      </Flex>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(7, ${DAY}px)`,
          gap: 3,
          justifyContent: 'center',
        }}
      >
        {weekdays.map((w) => (
          <Typography.Text
            key={w}
            type="secondary"
            style={{ textAlign: 'center', fontSize: token.fontSizeSM }}
          >
            {w}
          </Typography.Text>
        ))}
        {Array.from({ length: offset }, (_, i) => (
          <span key={`pad${i}`} />
        ))}
        {Array.from({ length: days }, (_, i) => {
          const day = i + 1;
          const held = byDay.get(day) ?? [];
          const box = {
            width: DAY,
            height: DAY,
            borderRadius: 4,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
            fontSize: token.fontSizeSM,
            ...heat(held.length),
          };
          if (held.length === 0) {
            return (
              <span key={day} style={box}>
                {day}
              </span>
            );
          }
          return (
            <Tooltip
              key={day}
              title={
                <Flex vertical gap={2}>
                  {held.map((m) => (
                    <Link key={m.id} to={`/orglife/meetings/${m.id}`} style={{ color: 'inherit' }}>
                      {m.title}
                    </Link>
                  ))}
                </Flex>
              }
            >
              <Link
                to={`/orglife/meetings/${held[0]!.id}`}
                style={box}
                aria-label={held.map((m) => m.title).join('；')}
              >
                {day}
              </Link>
            </Tooltip>
          );
        })}
      </div>
      {cell.missing.length > 0 ? (
        <div style={{ marginTop: 8, fontSize: token.fontSizeSM }}>
          <MissingList missing={cell.missing} />
        </div>
      ) : null}
    </div>
  );
}
