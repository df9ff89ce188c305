import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../ui/useLang';
import type { SchemeListItem } from '../api/types';
import { schemeKindLabel } from './kind-labels';

type Props = { items: SchemeListItem[] | undefined; loading: boolean };

export function SchemeTable({ items, loading }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table<SchemeListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items ?? []}
      scroll={{ x: 'max-content' }}
      pagination={false}
      locale={{ emptyText: t('ratings.schemes.none') }}
      data-testid="scheme-table"
      columns={[
        {
          title: t('ratings.schemes.name'),
          key: 'name',
          render: (_, s) => (
            <>
              <Link to={`/ratings/schemes/${s.id}`}>{s.name}</Link>
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {s.code}
              </Typography.Text>
            </>
          ),
        },
        { title: t('ratings.schemes.kind'), key: 'kind', render: (_, s) => schemeKindLabel(s.kind, lang) },
        {
          title: t('ratings.schemes.period'),
          key: 'period',
          render: (_, s) => t(`ratings.periodKinds.${s.period}`),
        },
        { title: t('ratings.schemes.scope'), dataIndex: 'scopeName' },
        {
          title: t('ratings.schemes.versions'),
          key: 'versions',
          render: (_, s) => (
            <>
              <Tag>{t('ratings.schemes.latest', { version: s.latestVersion })}</Tag>
              {s.publishedVersion ? (
                <Tag color="success">{t('ratings.schemes.published', { version: s.publishedVersion })}</Tag>
              ) : (
                <Tag color="warning">{t('ratings.schemes.unpublished')}</Tag>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
