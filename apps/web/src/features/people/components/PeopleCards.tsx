import { Card, Empty, Flex, Pagination, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { GENDERS } from '@zhibu/shared';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { Page, PeopleListParams, PersonListItem } from '../api/types';
import { PartyStatusTag } from './PartyStatusTag';

type Props = {
  data: Page<PersonListItem> | undefined;
  loading: boolean;
  params: PeopleListParams;
  update: (patch: Partial<PeopleListParams>) => void;
};

/** The roster on phones: one card per person, the essentials only. */
export function PeopleCards({ data, loading, params, update }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const items = data?.items ?? [];
  return (
    <Spin spinning={loading}>
      <Flex vertical gap={8} data-testid="people-cards">
        <Typography.Text type="secondary">
          {t('people.cardsTotal', { count: data?.total ?? 0 })}
        </Typography.Text>
        {items.length === 0 && !loading ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : null}
        {items.map((p) => (
          <Link key={p.id} to={`/people/${p.id}`}>
            <Card size="small" hoverable>
              <Flex justify="space-between" align="center" gap={8}>
                <Typography.Text strong>{p.name}</Typography.Text>
                <PartyStatusTag status={p.partyStatus} />
              </Flex>
              <Typography.Text type="secondary" style={{ display: 'block' }}>
                {[enumLabel(GENDERS, p.gender, lang), p.age !== null ? `${p.age}` : null, p.jobPost]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ display: 'block' }} ellipsis>
                {p.orgName}
                {p.partyGroupName ? ` / ${p.partyGroupName}` : ''}
              </Typography.Text>
            </Card>
          </Link>
        ))}
        <Pagination
          simple
          current={params.page}
          pageSize={params.pageSize}
          total={data?.total ?? 0}
          onChange={(page) => update({ page })}
          style={{ alignSelf: 'center' }}
        />
      </Flex>
    </Spin>
  );
}
