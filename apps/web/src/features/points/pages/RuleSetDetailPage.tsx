import { POINT_CAP_PERIODS } from '@zhibu/shared';
import { Card, Descriptions, Flex, Skeleton } from 'antd';
import { RankingSwitch } from '../components/RankingSwitch';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { enumLabel } from '../../../ui/enum-label';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useLang } from '../../../ui/useLang';
import { useCan } from '../../auth/hooks/useCan';
import { useRuleSetQuery } from '../api/rule-set-query';
import { formatPoints } from '../components/format';
import { PublishButton } from '../components/PublishButton';
import { RuleItemsTable } from '../components/RuleItemsTable';
import { RuleSetStatusTag } from '../components/RuleSetStatusTag';

const PERIODS = { items: POINT_CAP_PERIODS };

/** One rule set, read-only: its totals and every item; a draft can be published from here. */
export function RuleSetDetailPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const can = useCan();
  const isMobile = useIsMobile();
  const { ruleSetId } = useParams();
  const rs = useRuleSetQuery(ruleSetId);
  if (rs.isError) return <ErrorAlert error={rs.error} onRetry={() => void rs.refetch()} />;
  if (!rs.data) return <Skeleton active />;
  const d = rs.data.definition;
  const bound = (n: number | null) => (n === null ? t('points.ruleSets.noLimit') : formatPoints(n));
  return (
    <>
      <PageHeader
        title={
          <Flex gap={8} align="center" wrap>
            {rs.data.name}
            <RuleSetStatusTag status={rs.data.status} />
          </Flex>
        }
        extra={rs.data.status === 'draft' && can('points:manage') ? <PublishButton id={rs.data.id} /> : null}
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Descriptions
            size="small"
            column={isMobile ? 1 : 3}
            items={[
              { key: 'year', label: t('points.ruleSets.year'), children: rs.data.year },
              { key: 'scope', label: t('points.ruleSets.scope'), children: rs.data.scopeName },
              {
                key: 'version',
                label: t('points.ruleSets.version'),
                children: t('points.ruleSets.versionLabel', { version: rs.data.version }),
              },
              { key: 'base', label: t('points.ruleSets.basePoints'), children: formatPoints(d.basePoints) },
              { key: 'cap', label: t('points.ruleSets.positiveCap'), children: bound(d.positiveCap) },
              {
                key: 'range',
                label: t('points.ruleSets.range'),
                children: `${bound(d.minTotal)} – ${bound(d.maxTotal)}`,
              },
              {
                key: 'claim',
                label: t('points.ruleSets.claimPeriod'),
                children: d.claimPeriod
                  ? enumLabel(PERIODS, d.claimPeriod, lang)
                  : t('points.ruleSets.anyTime'),
              },
              {
                key: 'ranking',
                label: t('points.ruleSets.ranking'),
                children: <RankingSwitch ruleSet={rs.data} editable={rs.data.status === 'draft' && can('points:manage')} />,
              },
            ]}
          />
        </Card>
        <Card size="small" styles={{ body: { padding: isMobile ? 0 : 12 } }}>
          <RuleItemsTable items={d.items} />
        </Card>
      </Flex>
    </>
  );
}
