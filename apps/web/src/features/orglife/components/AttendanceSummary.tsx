import { ABSENCE_REASONS } from '@zhibu/shared';
import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { AttendanceRow } from '../api/types';
import { attendanceCounts } from './attendance-counts';

/** 应到 / 实到 / 缺席 (with reasons) / 列席 / 书面意见, as a row of tags. */
export function AttendanceSummary({ rows }: { rows: readonly AttendanceRow[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const c = attendanceCounts(rows);
  const reasons = Object.entries(c.absentByReason)
    .map(([r, n]) => `${enumLabel(ABSENCE_REASONS, r, lang) || t('orglife.attendance.noReason')} ${n}`)
    .join(lang === 'zh' ? '，' : ', ');
  return (
    <Flex gap={4} wrap data-testid="attendance-summary">
      <Tag>{t('orglife.attendance.expected', { count: c.expected })}</Tag>
      <Tag color="success">{t('orglife.attendance.present', { count: c.present })}</Tag>
      <Tag color={c.absent > 0 ? 'error' : 'default'}>
        {t('orglife.attendance.absent', { count: c.absent })}
        {reasons ? (lang === 'zh' ? `（${reasons}）` : ` (${reasons})`) : ''}
      </Tag>
      {c.nonvoting > 0 ? <Tag>{t('orglife.attendance.nonvoting', { count: c.nonvoting })}</Tag> : null}
      {c.written > 0 ? <Tag>{t('orglife.attendance.written', { count: c.written })}</Tag> : null}
      {c.unmarked > 0 ? (
        <Tag color="warning">{t('orglife.attendance.unmarked', { count: c.unmarked })}</Tag>
      ) : null}
    </Flex>
  );
}
