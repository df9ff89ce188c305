import { ORG_TYPES } from '@zhibu/shared';
import { Descriptions, Tag } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { OrgDetail } from '../api/types';

/** The fields and member counts of an organisation. */
export function OrgFacts({ org, canReadPeople }: { org: OrgDetail; canReadPeople: boolean }) {
  const { t } = useTranslation();
  const lang = useLang();
  const peopleLink = (n: number) => (canReadPeople ? <Link to={`/people?orgId=${org.id}`}>{n}</Link> : n);
  const items: DescriptionsProps['items'] = [
    { key: 'type', label: t('orgs.type'), children: enumLabel(ORG_TYPES, org.type, lang) },
    { key: 'code', label: t('orgs.code'), children: org.code },
    { key: 'shortName', label: t('orgs.shortName'), children: org.shortName },
    {
      key: 'parent',
      label: t('orgs.parent'),
      children: org.parentId ? <Link to={`/orgs/${org.parentId}`}>{org.parentName}</Link> : null,
    },
    { key: 'bu', label: t('orgs.businessUnit'), children: org.businessUnitName },
    { key: 'founded', label: t('orgs.foundedOn'), children: org.foundedOn },
    { key: 'contact', label: t('orgs.contactName'), children: org.contactName },
    { key: 'phone', label: t('orgs.contactPhone'), children: org.contactPhone },
    { key: 'full', label: t('orgs.fullMembers'), children: org.counts.fullMembers },
    { key: 'prob', label: t('orgs.probationary'), children: org.counts.probationary },
    { key: 'people', label: t('orgs.peopleCount'), children: peopleLink(org.counts.people) },
    { key: 'children', label: t('orgs.children'), children: org.counts.children },
  ];
  if (org.isJoint || org.isTemporary) {
    items.push({
      key: 'flags',
      label: t('orgs.flags'),
      children: (
        <>
          {org.isJoint ? <Tag>{t('orgs.isJoint')}</Tag> : null}
          {org.isTemporary ? <Tag>{t('orgs.isTemporary')}</Tag> : null}
        </>
      ),
    });
  }
  if (org.dissolvedAt) {
    items.push({ key: 'dissolved', label: t('orgs.dissolvedAt'), children: formatDateTime(org.dissolvedAt) });
  }
  return (
    <Descriptions
      size="small"
      bordered
      column={{ xs: 1, sm: 1, md: 2, lg: 2, xl: 2, xxl: 3 }}
      items={items}
    />
  );
}
