import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RuleSetStatus } from '../api/types';

const COLORS: Record<RuleSetStatus, string> = {
  draft: 'warning',
  published: 'success',
  superseded: 'default',
};

export function RuleSetStatusTag({ status }: { status: RuleSetStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="rule-set-status">
      {t(`points.ruleSetStatus.${status}`)}
    </Tag>
  );
}
