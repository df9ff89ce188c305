import { Alert, Descriptions, Flex, List, Progress, Typography } from 'antd';
import { scoredItemsOf } from '@zhibu/shared';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { useLang } from '../../../ui/useLang';
import type { RoundDetail } from '../api/types';
import { periodText, raterGroupText } from './labels';

/** 概况: the round's facts, each rater group's progress, and the automatic indicators without data. */
export function OverviewTab({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const titles = new Map(scoredItemsOf(round.template).map((i) => [i.code, i.title]));
  const missing = round.metrics.filter((m) => !m.available);
  return (
    <Flex vertical gap={16}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'org', label: t('evaluation.rounds.org'), children: round.orgName },
          {
            key: 'period',
            label: t('evaluation.rounds.period'),
            children: periodText(round.year, round.quarter, t),
          },
          { key: 'tpl', label: t('evaluation.rounds.template'), children: round.template.name },
          {
            key: 'ratees',
            label: t('evaluation.rounds.ratees'),
            children: round.status === 'draft' ? '–' : t('evaluation.overview.roster', round.ratees),
          },
          { key: 'peer', label: t('evaluation.rounds.peerSample'), children: round.peerSample ?? '–' },
          ...(round.openedAt
            ? [
                {
                  key: 'opened',
                  label: t('evaluation.overview.openedAt'),
                  children: formatDateTime(round.openedAt),
                },
              ]
            : []),
          ...(round.closedAt
            ? [
                {
                  key: 'closed',
                  label: t('evaluation.overview.closedAt'),
                  children: formatDateTime(round.closedAt),
                },
              ]
            : []),
          ...(round.publishedAt
            ? [
                {
                  key: 'published',
                  label: t('evaluation.overview.publishedAt'),
                  children: formatDateTime(round.publishedAt),
                },
              ]
            : []),
        ]}
      />
      {round.status !== 'draft' ? (
        <div data-testid="group-progress">
          <Typography.Title level={5}>{t('evaluation.overview.progress')}</Typography.Title>
          {round.progress.map((p) => (
            <Flex
              key={p.group}
              align="center"
              gap={12}
              wrap
              style={{ marginBottom: 4 }}
              data-testid={`progress-${p.group}`}
            >
              <Typography.Text style={{ width: 120 }}>{raterGroupText(p.group, lang)}</Typography.Text>
              <Progress
                percent={p.assigned > 0 ? Math.round((p.submitted / p.assigned) * 100) : 0}
                style={{ flex: 1, minWidth: 120, margin: 0 }}
                size="small"
              />
              <Typography.Text type="secondary">
                {p.submitted}/{p.assigned}
                {p.revoked ? ` · ${t('evaluation.overview.revoked', { count: p.revoked })}` : ''}
              </Typography.Text>
            </Flex>
          ))}
        </div>
      ) : null}
      {missing.length > 0 ? (
        <div data-testid="missing-metrics">
          <Typography.Title level={5}>{t('evaluation.overview.metrics')}</Typography.Title>
          <Alert
            type="info"
            showIcon
            title={t('evaluation.overview.metricsHint')}
            style={{ marginBottom: 8 }}
          />
          <List
            size="small"
            dataSource={missing}
            renderItem={(m) => (
              <List.Item>
                <Typography.Text>
                  {m.code} {titles.get(m.code) ?? ''}
                </Typography.Text>
                <Typography.Text type="secondary">{m.label ?? m.key}</Typography.Text>
              </List.Item>
            )}
          />
        </div>
      ) : null}
    </Flex>
  );
}
