import { EDUCATION_LEVELS, GENDERS } from '@zhibu/shared';
import { Descriptions, Flex, Tag, Tooltip } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, withNote } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { PersonDetail } from '../api/types';
import { PartyStatusTag } from './PartyStatusTag';

const COLUMNS = { xs: 1, sm: 1, md: 2, lg: 2, xl: 3, xxl: 3 } as const;

/** A person's fields in three groups. ID and phone arrive masked unless `sensitiveVisible`. */
export function PersonProfile({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  const masked = (v: string | null) =>
    v && !person.sensitiveVisible ? (
      <Flex gap={4} align="center" wrap>
        {v}
        <Tooltip title={t('people.sensitiveHidden')}>
          <Tag>{t('common.masked')}</Tag>
        </Tooltip>
      </Flex>
    ) : (
      v
    );
  const basic: DescriptionsProps['items'] = [
    { key: 'name', label: t('people.name'), children: person.name },
    { key: 'gender', label: t('people.gender'), children: enumLabel(GENDERS, person.gender, lang) },
    { key: 'ethnicity', label: t('people.ethnicity'), children: person.ethnicity },
    {
      key: 'birth',
      label: t('people.birthDate'),
      children: person.birthDate ? withNote(person.birthDate, person.age, lang) : null,
    },
    { key: 'id', label: t('people.idNumber'), children: masked(person.idNumber) },
    { key: 'phone', label: t('people.phone'), children: masked(person.phone) },
    {
      key: 'edu',
      label: t('people.education'),
      children: enumLabel(EDUCATION_LEVELS, person.education, lang),
    },
    { key: 'job', label: t('people.jobPost'), children: person.jobPost },
    { key: 'title', label: t('people.title'), children: person.title },
    { key: 'bu', label: t('people.businessUnit'), children: person.businessUnitName },
    { key: 'work', label: t('people.joinedWorkOn'), children: person.joinedWorkOn },
  ];
  const party: DescriptionsProps['items'] = [
    { key: 'status', label: t('people.status'), children: <PartyStatusTag status={person.partyStatus} /> },
    { key: 'org', label: t('people.org'), children: person.orgName },
    { key: 'group', label: t('people.partyGroup'), children: person.partyGroupName },
    { key: 'applied', label: t('people.appliedOn'), children: person.appliedOn },
    { key: 'activist', label: t('people.activistOn'), children: person.activistOn },
    { key: 'development', label: t('people.developmentOn'), children: person.developmentOn },
    { key: 'admitted', label: t('people.admittedOn'), children: person.admittedOn },
    { key: 'confirmed', label: t('people.confirmedOn'), children: person.confirmedOn },
    {
      key: 'quorum',
      label: t('people.excludedFromQuorum'),
      children: person.excludedFromQuorum
        ? [t('common.yes'), person.quorumExclusionReason, person.quorumExclusionRef]
            .filter(Boolean)
            .join('，')
        : t('common.no'),
    },
  ];
  return (
    <Flex vertical gap={16}>
      <Descriptions title={t('people.basic')} size="small" bordered column={COLUMNS} items={basic} />
      <Descriptions title={t('people.party')} size="small" bordered column={COLUMNS} items={party} />
    </Flex>
  );
}
