import { ArrowRightOutlined } from '@ant-design/icons';
import { Card, Flex, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { ResultCategory, WhatIfResult } from '../api/types';
import { CriterionStatusTag } from './CriterionStatus';
import { num } from './rule-summary';

/** Before → after: the total, the level (before quotas), and the criteria whose score changes. */
export function WhatIfOutcome({
  outcome,
  categories,
}: {
  outcome: WhatIfResult;
  categories: ResultCategory[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const titles = new Map(categories.flatMap((c) => c.criteria.map((x) => [x.code, x.title] as const)));
  const { before, after } = outcome;
  const up = after.total > before.total;
  return (
    <Flex vertical gap={12} data-testid="what-if-outcome">
      <Card size="small">
        <Flex align="center" justify="space-around" gap={8} wrap>
          <div data-testid="what-if-before">
            <Statistic
              title={t('ratings.whatIf.before')}
              value={num(before.total)}
              suffix={before.levelLabel[lang]}
            />
          </div>
          <ArrowRightOutlined />
          <div data-testid="what-if-after">
            <Statistic
              title={t('ratings.whatIf.after')}
              value={num(after.total)}
              suffix={after.levelLabel[lang]}
              styles={{
                content: { color: up ? '#389e0d' : after.total < before.total ? '#cf1322' : undefined },
              }}
            />
          </div>
        </Flex>
      </Card>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ratings.whatIf.levelNote')}
      </Typography.Text>
      <Typography.Text strong>{t('ratings.whatIf.changed')}</Typography.Text>
      {outcome.changed.length === 0 ? (
        <Typography.Text type="secondary">{t('ratings.whatIf.noChange')}</Typography.Text>
      ) : null}
      {outcome.changed.map((c) => (
        <Flex key={c.code} vertical gap={2} data-testid="what-if-changed">
          <Flex justify="space-between" gap={8}>
            <Typography.Text>
              {c.code} {titles.get(c.code) ?? ''}
            </Typography.Text>
            <Typography.Text strong style={{ flex: 'none' }}>
              {num(c.before.score)} → {num(c.after.score)}
            </Typography.Text>
          </Flex>
          <Flex gap={4} align="center" wrap>
            <CriterionStatusTag status={c.before.status} />
            <ArrowRightOutlined style={{ fontSize: 10 }} />
            <CriterionStatusTag status={c.after.status} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {c.after.explanation[lang]}
            </Typography.Text>
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
