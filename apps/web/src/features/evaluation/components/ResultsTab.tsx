import { scoredItemsOf } from '@zhibu/shared';
import { Alert, Button, Drawer, Flex, Skeleton, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useMemberResultQuery, useResultsQuery } from '../api/manage-api';
import type { ResultSummary, RoundDetail } from '../api/types';
import { completionText, formatScore } from './labels';
import { MemberResultView } from './MemberResultView';
import { SuggestionTag } from './SuggestionTag';

/** 结果: every member's totals in name order (never ranked), and one member's result in full. */
export function ResultsTab({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const results = useResultsQuery(round.id, round.status !== 'draft');
  const [personId, setPersonId] = useState<string>();
  const detail = useMemberResultQuery(round.id, personId);
  const titles = useMemo(
    () => new Map(scoredItemsOf(round.template).map((i) => [i.code, i.title])),
    [round.template],
  );
  if (round.status === 'draft') return <Alert type="info" showIcon title={t('evaluation.entry.draft')} />;
  if (results.isError) return <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />;
  if (!results.data) return <Skeleton active />;
  const name = results.data.items.find((i) => i.personId === personId)?.name ?? '';
  return (
    <Flex vertical gap={12}>
      <Alert
        type="info"
        showIcon
        title={`${t('evaluation.byName')}${results.data.frozen ? '' : t('evaluation.results.live')}`}
        description={t('evaluation.results.suggestionHint')}
      />
      <Table<ResultSummary>
        rowKey="personId"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={results.data.items}
        data-testid="results-table"
        columns={[
          {
            title: t('evaluation.entry.member'),
            key: 'name',
            fixed: isMobile ? undefined : 'left',
            render: (_, r) => (
              <Flex gap={4} align="center">
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => setPersonId(r.personId)}
                >
                  {r.name}
                </Button>
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
          ...round.template.categories.map((c) => ({
            title: c.title,
            key: c.code,
            align: 'right' as const,
            render: (_: unknown, r: ResultSummary) => {
              const cat = r.categories.find((x) => x.code === c.code);
              return cat ? `${formatScore(cat.score)}/${formatScore(cat.max)}` : '–';
            },
          })),
          {
            title: t('evaluation.results.completion'),
            key: 'completion',
            render: (_, r) => completionText(r.completion.submitted, r.completion.assigned),
          },
          {
            title: t('evaluation.results.suggestion'),
            key: 'suggestion',
            render: (_, r) => <SuggestionTag suggestion={r.suggestion} />,
          },
        ]}
      />
      <Drawer
        open={!!personId}
        onClose={() => setPersonId(undefined)}
        title={name}
        size={isMobile ? '100%' : 880}
        destroyOnHidden
      >
        {detail.isError ? <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} /> : null}
        {detail.data && detail.data.personId === personId ? (
          <MemberResultView detail={detail.data} titles={titles} />
        ) : (
          <Skeleton active />
        )}
      </Drawer>
    </Flex>
  );
}
