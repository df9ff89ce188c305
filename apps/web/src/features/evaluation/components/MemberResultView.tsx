import { RATER_GROUP_VALUES } from '@zhibu/shared';
import { Descriptions, Flex, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { IndicatorResult, MemberDetail } from '../api/types';
import { completionText, formatScore, raterGroupText, sourceText } from './labels';
import { SuggestionTag } from './SuggestionTag';

type Props = { detail: MemberDetail; titles: ReadonlyMap<string, string> };

/** One member's result in full: total, categories, completion, the suggestion, every indicator explained. */
export function MemberResultView({ detail, titles }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const s = detail.suggestion;
  const groupsText = (i: IndicatorResult) =>
    RATER_GROUP_VALUES.flatMap((g) => {
      const v = i.groups?.[g];
      return v
        ? [`${raterGroupText(g, lang)} ${v.mean === null ? '–' : formatScore(v.mean)}（${v.count}）`]
        : [];
    }).join('；');
  return (
    <Flex vertical gap={12} data-testid="member-result">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'total',
            label: t('evaluation.results.total'),
            children: (
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong data-testid="member-total">
                  {formatScore(detail.total)}
                </Typography.Text>
                {detail.vetoed ? <Tag color="red">{t('evaluation.vetoed')}</Tag> : null}
                {detail.partyStatus === 'probationary' ? <Tag>{t('evaluation.probationary')}</Tag> : null}
              </Flex>
            ),
          },
          {
            key: 'completion',
            label: t('evaluation.results.completion'),
            children: completionText(detail.completion.submitted, detail.completion.assigned),
          },
          {
            key: 'suggestion',
            label: t('evaluation.results.suggestion'),
            span: 'filled',
            children: (
              <Flex vertical gap={4}>
                <span>
                  <SuggestionTag suggestion={s} /> {s.reason?.[lang] ?? ''}
                </span>
                {(s.notes ?? []).map((n) => (
                  <Typography.Text key={n.zh} type="secondary" style={{ fontSize: 12 }}>
                    {n[lang]}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
        ]}
      />
      <List
        size="small"
        grid={{ gutter: 8, xs: 2, md: 4 }}
        dataSource={detail.categories}
        renderItem={(c) => (
          <List.Item>
            <Typography.Text type="secondary">{c.title}</Typography.Text>
            <div>
              <Typography.Text strong>{formatScore(c.score)}</Typography.Text>
              <Typography.Text type="secondary"> / {formatScore(c.max)}</Typography.Text>
            </div>
          </List.Item>
        )}
      />
      <Table<IndicatorResult>
        rowKey="code"
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={detail.indicators}
        data-testid="indicator-table"
        columns={[
          {
            title: t('evaluation.results.indicator'),
            key: 'indicator',
            render: (_, i) => `${i.code} ${titles.get(i.code) ?? ''}`,
          },
          {
            title: t('evaluation.results.source'),
            key: 'source',
            render: (_, i) => sourceText(i.source, lang),
          },
          {
            title: t('evaluation.results.score'),
            key: 'score',
            render: (_, i) => (
              <Flex gap={4} align="center">
                {formatScore(i.score)}/{formatScore(i.maxScore)}
                {i.status === 'pending' ? <Tag>{t('evaluation.results.pending')}</Tag> : null}
                {i.vetoed ? <Tag color="red">{t('evaluation.vetoed')}</Tag> : null}
              </Flex>
            ),
          },
          { title: t('evaluation.results.groups'), key: 'groups', render: (_, i) => groupsText(i) },
          {
            title: t('evaluation.results.explanation'),
            key: 'explanation',
            render: (_, i) => <div style={{ minWidth: 220, maxWidth: 420 }}>{i.explanation[lang]}</div>,
          },
        ]}
      />
    </Flex>
  );
}
