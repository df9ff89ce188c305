import { Card, Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { LevelCount, LevelLabel } from '../api/types';
import { distributionRows } from './distribution';

const COLORS = ['#d4380d', '#fa8c16', '#faad14', '#1677ff', '#13c2c2', '#8c8c8c'];

/** The level distribution as horizontal bars, with counts and shares (highest level on top). */
export function DistributionChart({ levels, counts }: { levels: LevelLabel[]; counts: LevelCount[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rows = distributionRows(levels, counts);
  return (
    <Card
      size="small"
      title={t('ratings.league.distribution')}
      data-testid="distribution"
      style={{ marginBottom: 16 }}
    >
      <Flex vertical gap={6} style={{ maxWidth: 720 }}>
        {rows.map((r, i) => (
          <Flex key={r.key} align="center" gap={8} data-testid="distribution-row">
            <Typography.Text style={{ width: 72, flex: 'none' }} ellipsis>
              {r.level === null ? t('ratings.noLevel') : r.label[lang]}
            </Typography.Text>
            <Progress
              percent={r.percent}
              strokeColor={COLORS[Math.min(i, COLORS.length - 1)]}
              showInfo={false}
              style={{ flex: 1, margin: 0 }}
            />
            <Typography.Text style={{ width: 120, flex: 'none', whiteSpace: 'nowrap' }}>
              {t('ratings.league.distributionCount', { count: r.count, percent: r.percent })}
            </Typography.Text>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
