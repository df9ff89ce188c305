import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { RatingResult } from '../api/types';
import { capReasons, type CapReason } from './cap-reasons';
import { levelText } from './level-text';

/** 等级受限原因: veto, hard criteria, quota, one-step rule, override — or that nothing held it. */
export function CapReasons({ result }: { result: RatingResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const reasons = capReasons(result);
  const sep = lang === 'zh' ? '、' : ', ';
  const text = (r: CapReason): string => {
    switch (r.kind) {
      case 'vetoed':
        return t('ratings.result.vetoedBy', { items: r.items.join(sep) });
      case 'hardFailed':
        return t('ratings.result.hardFailed', {
          level: levelText(r.level, lang, result.levels),
          items: r.items.join(sep),
        });
      case 'quotaCut':
        return t('ratings.result.quotaCut');
      case 'oneStepCapped':
        return t('ratings.result.oneStepCapped');
      case 'overridden':
        return t('ratings.result.overridden', { reason: r.reason });
      case 'overrideError':
        return t('ratings.result.overrideError', { reason: r.reason });
    }
  };
  if (reasons.length === 0) {
    return (
      <Typography.Text type="secondary">
        <CheckCircleOutlined /> {t('ratings.result.nothingCapped')}
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={4} data-testid="cap-reasons">
      <Typography.Text strong>{t('ratings.result.capped')}</Typography.Text>
      {reasons.map((r, i) => (
        <Typography.Text key={i} type={r.kind === 'overridden' ? undefined : 'warning'}>
          <WarningOutlined /> {text(r)}
        </Typography.Text>
      ))}
    </Flex>
  );
}
