import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import { usePersonPointsQuery } from '../api/person-points-query';
import { useReverseMutation } from '../api/reverse-mutation';
import type { PointEntryView } from '../api/types';
import { AwardModal } from '../components/AwardModal';
import { canReverse } from '../components/entry-rules';
import { PeriodPicker } from '../components/PeriodPicker';
import { PointsView } from '../components/PointsView';
import { ReasonModal } from '../../../ui/ReasonModal';
import { usePeriodParams } from '../hooks/usePeriodParams';

/** A member's points as their branch sees them: the member's own view, read-only, plus 冲正 and 支部认定. */
export function PersonPointsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const { personId = '' } = useParams();
  const { period, setPeriod } = usePeriodParams();
  const points = usePersonPointsQuery(personId, period);
  const reverse = useReverseMutation();
  const [reversing, setReversing] = useState<PointEntryView | null>(null);
  const [awarding, setAwarding] = useState(false);
  const review = can('points:review');
  const data = points.data;
  return (
    <>
      <PageHeader
        title={data ? t('points.person.title', { name: data.person.name }) : t('nav.pointsPerson')}
        extra={
          <>
            <PeriodPicker value={period} onChange={setPeriod} />
            {review && data?.ruleSet ? (
              <Button icon={<PlusOutlined />} onClick={() => setAwarding(true)}>
                {t('points.award.button')}
              </Button>
            ) : null}
          </>
        }
      />
      {points.isError ? <ErrorAlert error={points.error} onRetry={() => void points.refetch()} /> : null}
      {points.isPending ? <Skeleton active /> : null}
      {data ? (
        <PointsView
          data={data}
          entryActions={(e) =>
            review && canReverse(e) ? (
              <Button size="small" danger onClick={() => setReversing(e)}>
                {t('points.reverse.button')}
              </Button>
            ) : null
          }
        />
      ) : null}
      {awarding && data ? (
        <AwardModal
          year={period.year}
          person={{ id: data.person.id, name: data.person.name }}
          onClose={() => setAwarding(false)}
        />
      ) : null}
      {reversing ? (
        <ReasonModal
          title={t('points.reverse.title')}
          label={t('points.reverse.reason')}
          okText={t('points.reverse.button')}
          hint={t('points.reverse.hint')}
          context={<p>{`${reversing.itemTitle}（${reversing.occurredOn}）`}</p>}
          pending={reverse.isPending}
          error={reverse.error}
          onClose={() => {
            reverse.reset();
            setReversing(null);
          }}
          onSubmit={(reason) =>
            reverse.mutate(
              { entryId: reversing.id, reason },
              {
                onSuccess: () => {
                  void message.success(t('points.reverse.done'));
                  reverse.reset();
                  setReversing(null);
                },
              },
            )
          }
        />
      ) : null}
    </>
  );
}
