import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MembershipPeriod } from '../api/types';
import { PartyStatusTag } from './PartyStatusTag';

/** Where the person belonged, and with which status, over time (newest first). */
export function MembershipTable({ periods }: { periods: MembershipPeriod[] }) {
  const { t } = useTranslation();
  return (
    <Table<MembershipPeriod>
      size="small"
      rowKey={(m) => `${m.orgNodeId}:${m.validFrom}:${m.partyStatus}`}
      pagination={false}
      dataSource={periods}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('people.membershipPeriod'),
          key: 'period',
          render: (_, m) => t('common.period', { from: m.validFrom, to: m.validTo ?? t('common.present') }),
        },
        {
          title: t('people.membershipOrg'),
          key: 'org',
          render: (_, m) => (m.partyGroupName ? `${m.orgName} / ${m.partyGroupName}` : m.orgName),
        },
        {
          title: t('people.membershipStatus'),
          key: 'status',
          render: (_, m) => <PartyStatusTag status={m.partyStatus} />,
        },
      ]}
    />
  );
}
