import { Card, Empty, Flex, Progress, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import { useTrendQuery } from '../api/trend-query';
import type { LevelLabel } from '../api/types';
import { levelText } from './level-text';
import { periodText } from './period';

type Props = { schemeId: string | undefined; orgId: string; levels: LevelLabel[] };

/** 历次等级: the organisation's level in each published round of the same scheme, as bars. */
export function TrendCard({ schemeId, orgId, levels }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const trend = useTrendQuery(schemeId, orgId);
  const max = Math.max(1, ...levels.map((l) => l.level));
  const rounds = trend.data?.rounds ?? [];
  return (
    <Card size="small" title={t('ratings.trend.title')} data-testid="trend">
      {trend.isPending && schemeId ? <Skeleton active paragraph={{ rows: 2 }} /> : null}
      {trend.data && rounds.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ratings.trend.none')} />
      ) : null}
      <Flex vertical gap={6}>
        {rounds.map((r) => {
          const level = r.levels[0]?.level ?? null;
          return (
            <Flex key={r.roundId} align="center" gap={8}>
              <Typography.Text style={{ width: 120, flex: 'none' }} ellipsis title={r.title}>
                {periodText(r.year, r.quarter, t)}
              </Typography.Text>
              <Progress
                percent={level === null ? 0 : Math.round((level / max) * 100)}
                showInfo={false}
                size="small"
                style={{ flex: 1, margin: 0 }}
              />
              <Typography.Text style={{ width: 64, flex: 'none' }}>
                {level === null ? t('ratings.noLevel') : levelText(level, lang, levels)}
              </Typography.Text>
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
