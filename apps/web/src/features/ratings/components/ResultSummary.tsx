import { Card, Col, Divider, Flex, Row, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { useLang } from '../../../ui/useLang';
import type { RatingResult } from '../api/types';
import { CapReasons } from './CapReasons';
import { LevelDisplay } from './LevelDisplay';
import { levelText } from './level-text';
import { num } from './rule-summary';

/** Total, level (stars or grade), the previous level, and what capped it. */
export function ResultSummary({ result }: { result: RatingResult }) {
  const { t } = useTranslation();
  const lang = useLang();
  const maxLevel = Math.max(0, ...result.levels.map((l) => l.level));
  return (
    <Card size="small" data-testid="result-summary">
      <Row gutter={[16, 16]} align="middle">
        <Col xs={12} md={6}>
          <Statistic title={t('ratings.result.total')} value={num(result.total)} />
        </Col>
        <Col xs={24} md={10}>
          <Typography.Text type="secondary" style={{ display: 'block' }}>
            {t('ratings.result.level')}
          </Typography.Text>
          <LevelDisplay
            level={result.level}
            label={result.levelLabel}
            kind={result.round.schemeKind}
            maxLevel={maxLevel}
            size="large"
          />
        </Col>
        <Col xs={12} md={8}>
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">
              {t('ratings.result.previousLine', {
                label: levelText(result.previousLevel, lang, result.levels) || t('common.none'),
              })}
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('ratings.result.evaluatedLine', { at: formatDateTime(result.evaluatedAt) })}
            </Typography.Text>
          </Flex>
        </Col>
      </Row>
      <Divider style={{ margin: '12px 0' }} />
      <CapReasons result={result} />
    </Card>
  );
}
