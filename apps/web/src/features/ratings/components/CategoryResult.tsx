import { Card, Flex, Progress, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { ResultCategory } from '../api/types';
import { CriterionStatusIcon } from './CriterionStatus';
import { num } from './rule-summary';
import { SourceLinks } from './SourceLinks';

/** One category: its score against its maximum, then each criterion with why it scored what it did. */
export function CategoryResult({ category }: { category: ResultCategory }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { token } = theme.useToken();
  const percent = category.max > 0 ? Math.round((category.score / category.max) * 100) : 0;
  return (
    <Card
      size="small"
      data-testid={`category-${category.code}`}
      title={`${category.code} ${category.title}`}
      extra={t('ratings.result.category', { score: num(category.score), max: num(category.max) })}
    >
      {category.max > 0 ? <Progress percent={Math.min(100, Math.max(0, percent))} size="small" /> : null}
      {category.criteria.map((c) => (
        <Flex
          key={c.code}
          gap={8}
          align="flex-start"
          style={{ padding: '8px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}
          data-testid={`result-${c.code}`}
        >
          <span style={{ paddingTop: 3 }}>
            <CriterionStatusIcon status={c.status} />
          </span>
          <Flex vertical gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Flex justify="space-between" gap={8}>
              <Typography.Text>
                {c.code} {c.title}
              </Typography.Text>
              <Typography.Text strong style={{ flex: 'none' }}>
                {c.kind === 'veto'
                  ? t(`ratings.criterionStatus.${c.status}`)
                  : c.kind === 'deduction'
                    ? `−${num(c.score)}`
                    : t('ratings.result.score', { score: num(c.score), max: num(c.maxScore) })}
              </Typography.Text>
            </Flex>
            {c.explanation[lang] ? (
              <Typography.Text type="secondary" style={{ fontSize: 13 }} data-testid="explanation">
                {c.explanation[lang]}
              </Typography.Text>
            ) : null}
            <SourceLinks sources={c.sources} />
          </Flex>
        </Flex>
      ))}
    </Card>
  );
}
