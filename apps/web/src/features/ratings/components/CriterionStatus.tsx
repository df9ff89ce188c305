import {
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleFilled,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Tag, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CriterionStatus } from '../api/types';

const STATUSES: readonly CriterionStatus[] = ['pass', 'fail', 'pending', 'skipped'];
const isStatus = (s: string): s is CriterionStatus => (STATUSES as readonly string[]).includes(s);

/** A criterion's status as an icon (lists) or a tag (text). */
export function CriterionStatusIcon({ status }: { status: CriterionStatus }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const label = t(`ratings.criterionStatus.${status}`);
  switch (status) {
    case 'pass':
      return <CheckCircleFilled style={{ color: token.colorSuccess }} aria-label={label} title={label} />;
    case 'fail':
      return <CloseCircleFilled style={{ color: token.colorError }} aria-label={label} title={label} />;
    case 'pending':
      return <ClockCircleOutlined style={{ color: token.colorWarning }} aria-label={label} title={label} />;
    case 'skipped':
      return (
        <MinusCircleOutlined style={{ color: token.colorTextTertiary }} aria-label={label} title={label} />
      );
  }
}

export function CriterionStatusTag({ status }: { status: string }) {
  const { t } = useTranslation();
  if (!isStatus(status)) return <Tag>{status}</Tag>;
  const color = { pass: 'success', fail: 'error', pending: 'warning', skipped: 'default' }[status];
  return <Tag color={color}>{t(`ratings.criterionStatus.${status}`)}</Tag>;
}
