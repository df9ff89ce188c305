import { Card, Tabs } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/hooks/useCan';
import { useBusinessUnitsQuery } from '../../orgs/api/business-units-query';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';
import type { PersonDetail } from '../api/types';
import { MembershipTable } from './MembershipTable';
import { PersonHistory } from './PersonHistory';
import { PersonProfile } from './PersonProfile';

/** A person's record: fields, membership periods and history (detail page and "my profile"). */
export function PersonView({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  // Names for the ids in the history, when the viewer may read the tree (members may not).
  const readOrgs = can('org:read');
  const tree = useOrgTreeQuery(readOrgs);
  const units = useBusinessUnitsQuery(readOrgs);
  const names = useMemo(
    () => new Map([...(tree.data ?? []), ...(units.data ?? [])].map((n) => [n.id, n.name] as const)),
    [tree.data, units.data],
  );
  return (
    <Card>
      <Tabs
        items={[
          { key: 'profile', label: t('people.basic'), children: <PersonProfile person={person} /> },
          {
            key: 'memberships',
            label: t('people.memberships'),
            children: <MembershipTable periods={person.memberships} />,
          },
          {
            key: 'history',
            label: t('people.history'),
            children: <PersonHistory history={person.history} names={names} />,
          },
        ]}
      />
    </Card>
  );
}
