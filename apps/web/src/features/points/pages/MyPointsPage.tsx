import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useAppealMutation } from '../api/appeal-mutation';
import { useMyPointsQuery } from '../api/my-points-query';
import type { PointEntryView } from '../api/types';
import { ClaimDrawer } from '../components/ClaimDrawer';
import { canAppeal } from '../components/entry-rules';
import { PeriodPicker } from '../components/PeriodPicker';
import { PointsView } from '../components/PointsView';
import { ReasonModal } from '../../../ui/ReasonModal';
import { usePeriodParams } from '../hooks/usePeriodParams';

/** 我的积分: the member's own points, what counted and why, claims and appeals. Nobody else's. */
export function MyPointsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { period, setPeriod } = usePeriodParams();
  const mine = useMyPointsQuery(period);
  const appeal = useAppealMutation();
  const [claiming, setClaiming] = useState(false);
  const [appealing, setAppealing] = useState<PointEntryView | null>(null);
  const data = mine.data;
  return (
    <>
      <PageHeader
        title={t('nav.pointsMine')}
        extra={
          <>
            <PeriodPicker value={period} onChange={setPeriod} />
            {data?.ruleSet && data.claimable.length > 0 ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setClaiming(true)}>
                {t('points.claim.button')}
              </Button>
            ) : null}
          </>
        }
      />
      {mine.isError ? <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} /> : null}
      {mine.isPending ? <Skeleton active /> : null}
      {data ? (
        <PointsView
          data={data}
          entryActions={(e) =>
            canAppeal(e, data.appeals) ? (
              <Button size="small" onClick={() => setAppealing(e)}>
                {t('points.appeal.button')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {claiming && data ? (
        <ClaimDrawer year={data.year} items={data.claimable} onClose={() => setClaiming(false)} />
      ) : null}
      {appealing ? (
        <ReasonModal
          title={t('points.appeal.title')}
          label={t('points.appeal.reason')}
          okText={t('points.appeal.submit')}
          context={<p>{`${appealing.itemTitle}（${appealing.occurredOn}）`}</p>}
          pending={appeal.isPending}
          error={appeal.error}
          onClose={() => {
            appeal.reset();
            setAppealing(null);
          }}
          onSubmit={(reason) =>
            appeal.mutate(
              { entryId: appealing.id, reason },
              {
                onSuccess: () => {
                  void message.success(t('points.appeal.submitted'));
                  appeal.reset();
                  setAppealing(null);
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
