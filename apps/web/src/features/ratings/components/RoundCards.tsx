import { Card, Empty, Flex, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { RoundListItem } from '../api/types';
import { periodText } from './period';
import { RoundStatusTag } from './RoundStatusTag';

type Props = { items: RoundListItem[] | undefined; loading: boolean };

/** Rating rounds on phones: one card each. */
export function RoundCards({ items, loading }: Props) {
  const { t } = useTranslation();
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="round-cards">
        {(items ?? []).length === 0 && !loading ? <Empty description={t('ratings.rounds.none')} /> : null}
        {(items ?? []).map((r) => (
          <Link key={r.id} to={`/ratings/rounds/${r.id}`}>
            <Card size="small" hoverable>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong ellipsis>
                  {r.title}
                </Typography.Text>
                <RoundStatusTag status={r.status} />
              </Flex>
              <Typography.Text type="secondary">
                {[periodText(r.year, r.quarter, t), r.scopeName].join(' · ')}
              </Typography.Text>
            </Card>
          </Link>
        ))}
      </Flex>
    </Spin>
  );
}
