import { Alert, Card, Flex, Skeleton, Table, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { usePublishedQuery } from '../api/rate-api';
import type { MySheets, PublishedItem } from '../api/types';
import { CommentsPanel } from './CommentsPanel';
import { formatScore } from './labels';
import { MemberResultView } from './MemberResultView';
import { SuggestionTag } from './SuggestionTag';

/**
 * The published results of the member's branch (接受监督): everyone in name order with totals,
 * categories and the suggested grade; the member's own result in full; comments.
 */
export function PublishedView({ roundId, sheets }: { roundId: string; sheets?: MySheets }) {
  const { t } = useTranslation();
  const published = usePublishedQuery(roundId, true);
  // Indicator titles the member has seen on their own sheets; the others are shown by code.
  const titles = useMemo(
    () => new Map((sheets?.forms ?? []).flatMap((f) => f.indicators.map((i) => [i.code, i.title] as const))),
    [sheets],
  );
  if (published.isError) {
    return <ErrorAlert error={published.error} onRetry={() => void published.refetch()} />;
  }
  if (!published.data) return <Skeleton active />;
  const data = published.data;
  const categories = data.items[0]?.categories ?? [];
  return (
    <Flex vertical gap={12}>
      <Alert
        type="info"
        showIcon
        title={t('evaluation.published.supervision')}
        description={`${t('evaluation.byName')}${t('evaluation.results.suggestionHint')}`}
      />
      <Table<PublishedItem>
        rowKey="personId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={data.items}
        data-testid="published-table"
        columns={[
          {
            title: t('evaluation.entry.member'),
            key: 'name',
            render: (_, r) => (
              <Flex gap={4} align="center">
                {r.name}
                {r.partyStatus === 'probationary' ? <Tag>{t('evaluation.probationary')}</Tag> : null}
              </Flex>
            ),
          },
          {
            title: t('evaluation.results.total'),
            key: 'total',
            align: 'right',
            render: (_, r) => (
              <Flex gap={4} justify="flex-end">
                {formatScore(r.total)}
                {r.vetoed ? <Tag color="red">{t('evaluation.vetoed')}</Tag> : null}
              </Flex>
            ),
          },
          ...categories.map((c) => ({
            title: c.title,
            key: c.code,
            align: 'right' as const,
            render: (_: unknown, r: PublishedItem) => {
              const cat = r.categories.find((x) => x.code === c.code);
              return cat ? `${formatScore(cat.score)}/${formatScore(cat.max)}` : '–';
            },
          })),
          {
            title: t('evaluation.results.suggestion'),
            key: 'suggestion',
            render: (_, r) => <SuggestionTag suggestion={r.suggestion} />,
          },
        ]}
      />
      {data.mine ? (
        <Card size="small" title={t('evaluation.published.mine')} data-testid="my-result">
          <MemberResultView detail={data.mine} titles={titles} />
        </Card>
      ) : null}
      <CommentsPanel roundId={roundId} members={data.items} />
    </Flex>
  );
}
