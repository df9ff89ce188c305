import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useClaimsQuery } from '../api/claims-query';
import { AwardModal } from '../components/AwardModal';
import { BalancesPanel } from '../components/BalancesPanel';
import { ClaimQueue } from '../components/ClaimQueue';
import { usePeriodParams } from '../hooks/usePeriodParams';

/** 积分审核: the branch reviews claims, looks its members' points up by name and records items. */
export function PointsReviewPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [search, setSearch] = useSearchParams();
  const { period, setPeriod } = usePeriodParams();
  const claims = useClaimsQuery();
  const [awarding, setAwarding] = useState(false);
  const tab = search.get('tab') === 'members' ? 'members' : 'queue';
  return (
    <>
      <PageHeader
        title={t('points.review.title')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setAwarding(true)}>
            {t('points.award.button')}
          </Button>
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24, paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) =>
            setSearch(
              (prev) => {
                const p = new URLSearchParams(prev);
                if (k === 'members') p.set('tab', 'members');
                else p.delete('tab');
                return p;
              },
              { replace: true },
            )
          }
          items={[
            {
              key: 'queue',
              label: (
                <Badge count={claims.data?.length ?? 0} size="small" offset={[8, 0]}>
                  {t('points.review.queueTab')}
                </Badge>
              ),
              children: <ClaimQueue />,
            },
            {
              key: 'members',
              label: t('points.review.balancesTab'),
              children: <BalancesPanel period={period} setPeriod={setPeriod} />,
            },
          ]}
        />
      </Card>
      {awarding ? <AwardModal year={period.year} onClose={() => setAwarding(false)} /> : null}
    </>
  );
}
