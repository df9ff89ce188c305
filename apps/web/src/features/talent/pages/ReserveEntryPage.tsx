import type { TalentCriteria } from '@zhibu/shared';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  List,
  Skeleton,
  Table,
  Tag,
  Typography,
  type DescriptionsProps,
} from 'antd';
import { useState, type HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultPage } from '../../../ui/ResultPage';
import { useMeQuery } from '../../auth/api/me-query';
import { useCan } from '../../auth/hooks/useCan';
import { useReserveEntryQuery } from '../api/queries';
import type { ReserveEntryDetail, ReserveReviewRecord } from '../api/types';
import { useTalentLabels } from '../components/labels';
import { ReserveBadges } from '../components/ReserveBadges';
import { ReviewModal } from '../components/ReviewModal';

/** The entry criteria in words: match, age, the portrait's gates, and the credentials asked for. */
function CriteriaList({ criteria }: { criteria: TalentCriteria }) {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const lines = [
    t('talent.reserve.criteriaMinMatch', { score: criteria.minMatch }),
    ...(criteria.maxAge !== null && criteria.maxAge !== undefined
      ? [t('talent.reserve.criteriaMaxAge', { age: criteria.maxAge })]
      : []),
    ...(criteria.requireQualified ? [t('talent.reserve.criteriaQualified')] : []),
    ...(criteria.anyCredential.length > 0
      ? [
          t('talent.reserve.criteriaAnyCredential', {
            list: criteria.anyCredential
              .map((c) =>
                c.minLevel
                  ? t('talent.reserve.levelOrAbove', { kind: l.kind(c.kind), level: l.level(c.minLevel) })
                  : l.kind(c.kind),
              )
              .join(t('talent.reserve.listSeparator')),
          }),
        ]
      : []),
  ];
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="reserve-criteria">
      {lines.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );
}

function ReviewHistory({ reviews }: { reviews: ReserveReviewRecord[] }) {
  const { t } = useTranslation();
  if (reviews.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('talent.reserve.noReviews')} />;
  }
  return (
    <Table<ReserveReviewRecord>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={reviews}
      scroll={{ x: true }}
      onRow={() => ({ 'data-testid': 'reserve-review' }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('talent.reserve.reviewedOn'), dataIndex: 'reviewedOn', width: 110 },
        { title: t('talent.reserve.reviewedBy'), dataIndex: 'reviewedBy', width: 110 },
        {
          title: t('talent.reserve.outcome'),
          dataIndex: 'outcome',
          width: 100,
          render: (o: ReserveReviewRecord['outcome']) =>
            o === 'keep' ? (
              <Tag color="success">{t('talent.reserve.keep')}</Tag>
            ) : (
              <Tag color="volcano">{t('talent.reserve.remove')}</Tag>
            ),
        },
        { title: t('talent.reason'), dataIndex: 'reason', render: (r: string | null) => r ?? '' },
        {
          title: t('talent.reserve.criteria'),
          dataIndex: 'meetsCriteria',
          width: 100,
          render: (m: boolean) =>
            m ? (
              <Tag color="success">{t('talent.reserve.met')}</Tag>
            ) : (
              <Tag color="warning">{t('talent.reserve.notMetThen')}</Tag>
            ),
        },
        {
          title: t('talent.match.score'),
          dataIndex: 'matchScore',
          width: 110,
          render: (s: number | null) => (s === null ? '' : s.toFixed(2)),
        },
        {
          title: t('talent.reserve.nextReviewOn'),
          dataIndex: 'nextReviewOn',
          width: 120,
          render: (d: string | null) => d ?? '',
        },
      ]}
    />
  );
}

function EntryFacts({ entry }: { entry: ReserveEntryDetail }) {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const items: DescriptionsProps['items'] = [
    {
      key: 'name',
      label: t('fields.name'),
      children: <Link to={`/talent/people/${entry.person.id}`}>{entry.person.name}</Link>,
    },
    { key: 'org', label: t('fields.orgNodeName'), children: entry.person.orgName },
    { key: 'post', label: t('fields.jobPost'), children: entry.person.jobPost ?? '' },
    {
      key: 'portrait',
      label: t('talent.portrait.label'),
      children: <Link to={`/talent/portraits/${entry.portrait.id}`}>{entry.portrait.title}</Link>,
    },
    { key: 'entered', label: t('talent.reserve.enteredOn'), children: entry.enteredOn },
    {
      key: 'status',
      label: t('talent.reserve.status'),
      children:
        entry.status === 'active' ? (
          <Tag color="blue">{t('talent.reserve.active')}</Tag>
        ) : (
          <Tag>{t('talent.reserve.removed')}</Tag>
        ),
    },
    { key: 'tier', label: t('talent.reserve.targetTier'), children: l.tier(entry.targetTier) },
    { key: 'direction', label: t('talent.reserve.direction'), children: entry.direction ?? '' },
    {
      key: 'period',
      label: t('talent.reserve.reviewMonths'),
      children: t('talent.reserve.everyMonths', { count: entry.reviewMonths }),
    },
    {
      key: 'last',
      label: t('talent.reserve.lastReviewedOn'),
      children: entry.lastReviewedOn ?? t('common.none'),
    },
    ...(entry.review
      ? [
          {
            key: 'due',
            label: t('talent.reserve.dueOn'),
            children: (
              <>
                {entry.review.dueOn} <ReserveBadges review={entry.review} />
              </>
            ),
          },
        ]
      : []),
    {
      key: 'match',
      label: t('talent.match.score'),
      children: (
        <>
          {entry.match.score.toFixed(2)}{' '}
          {entry.match.qualified ? (
            <Tag color="success">{t('talent.match.qualified')}</Tag>
          ) : (
            <Tag color="warning">{t('talent.match.notQualified')}</Tag>
          )}
        </>
      ),
    },
  ];
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      bordered
      items={items}
      data-testid="reserve-entry-facts"
    />
  );
}

/**
 * 后备人才详情: who entered the pool, since when and against which portrait; the entry criteria and
 * whether they are still met; every review the branch recorded; and, for those who keep the pool, the
 * review (keep or remove with a reason). The system never removes anyone by itself.
 */
export function ReserveEntryPage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const can = useCan();
  const me = useMeQuery();
  const { entryId = '' } = useParams();
  const query = useReserveEntryQuery(entryId);
  const [dialog, setDialog] = useState<'keep' | 'remove' | null>(null);
  const entry = query.data;

  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <ResultPage kind="404" />;
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (!entry) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  // The branch reviews its members, never itself (the API refuses one's own entry).
  const own = me.data?.user.personId === entry.person.id;
  const manage = can('talent:manage') && entry.status === 'active' && !own;
  const review = entry.review;
  return (
    <>
      <PageHeader
        title={t('talent.reserve.entryTitle', { name: entry.person.name })}
        extra={
          manage ? (
            <>
              <Button type="primary" onClick={() => setDialog('keep')}>
                {t('talent.reserve.review')}
              </Button>
              <Button danger onClick={() => setDialog('remove')}>
                {t('talent.reserve.remove')}
              </Button>
            </>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        {review?.action === 'suggest_removal' ? (
          <Alert
            type="warning"
            showIcon
            data-testid="reserve-suggest-removal"
            title={t('talent.reserve.suggestRemovalTitle')}
            description={
              <>
                {review.missing.map((m, i) => (
                  <div key={i}>{l.text(m)}</div>
                ))}
                <Typography.Text type="secondary">{t('talent.reserve.neverAuto')}</Typography.Text>
              </>
            }
          />
        ) : null}
        {entry.status === 'removed' ? (
          <Alert
            type="info"
            showIcon
            title={t('talent.reserve.removedLine', { date: entry.removedOn ?? '' })}
            description={entry.removedReason ?? undefined}
          />
        ) : null}
        <Card size="small" title={t('talent.reserve.entryFacts')}>
          <EntryFacts entry={entry} />
        </Card>
        <Card
          size="small"
          title={t('talent.reserve.criteria')}
          extra={
            review ? (
              review.meetsCriteria ? (
                <Tag color="success">{t('talent.reserve.met')}</Tag>
              ) : (
                <Tag color="warning">{t('talent.reserve.notMet')}</Tag>
              )
            ) : null
          }
        >
          <Flex vertical gap={8}>
            <CriteriaList criteria={entry.criteria} />
            {review ? (
              <List
                size="small"
                header={<Typography.Text strong>{t('talent.reserve.todayCheck')}</Typography.Text>}
                dataSource={review.explanation}
                renderItem={(e) => <List.Item>{l.text(e)}</List.Item>}
                data-testid="reserve-explanation"
              />
            ) : null}
          </Flex>
        </Card>
        <Card size="small" title={t('talent.reserve.history')} data-testid="reserve-history">
          <ReviewHistory reviews={entry.reviews} />
        </Card>
      </Flex>
      {dialog ? <ReviewModal entry={entry} outcome={dialog} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
