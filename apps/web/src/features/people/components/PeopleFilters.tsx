import { AGE_BANDS, EDUCATION_LEVELS, GENDERS, PARTY_STATUSES } from '@zhibu/shared';
import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Col, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../../ui/enum-label';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useLang } from '../../../ui/useLang';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { PEOPLE_SORTS, type PeopleListParams } from '../api/types';

type Props = {
  params: PeopleListParams;
  update: (patch: Partial<PeopleListParams>) => void;
  reset: () => void;
};

/** Name search and the roster filters; every change reloads page 1 from the server. */
export function PeopleFilters({ params, update, reset }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const isMobile = useIsMobile();
  // On phones the filters fold away behind one button so the list starts on the first screen.
  const [open, setOpen] = useState(false);
  const ageOptions = AGE_BANDS.map((b) => ({ value: b.value, label: b[lang] }));
  const active = [
    params.orgId,
    params.status?.length,
    params.gender,
    params.ageBand?.length,
    params.education?.length,
  ].filter(Boolean).length;
  const showAll = !isMobile || open;
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col xs={isMobile ? 18 : 24} md={12} xl={6}>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          placeholder={t('people.searchPlaceholder')}
          aria-label={t('people.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
          enterButton
        />
      </Col>
      {isMobile ? (
        <Col xs={6}>
          <Badge count={active} size="small">
            <Button icon={<FilterOutlined />} onClick={() => setOpen(!open)} aria-expanded={open}>
              {t('common.filter')}
            </Button>
          </Badge>
        </Col>
      ) : null}
      {showAll ? (
        <>
          <Col xs={24} md={12} xl={6}>
            <OrgTreeSelect
              allowClear
              placeholder={t('people.orgFilter')}
              value={params.orgId}
              onChange={(orgId) => update({ orgId })}
            />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('people.status')}
              aria-label={t('people.status')}
              value={params.status ?? []}
              onChange={(status) => update({ status })}
              options={enumOptions(PARTY_STATUSES, lang)}
              style={{ width: '100%' }}
              data-testid="filter-status"
            />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Select
              allowClear
              placeholder={t('people.gender')}
              aria-label={t('people.gender')}
              value={params.gender}
              onChange={(gender) => update({ gender })}
              options={enumOptions(GENDERS, lang)}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('people.ageBand')}
              aria-label={t('people.ageBand')}
              value={params.ageBand ?? []}
              onChange={(ageBand) => update({ ageBand })}
              options={ageOptions}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Select
              mode="multiple"
              allowClear
              maxTagCount="responsive"
              placeholder={t('people.education')}
              aria-label={t('people.education')}
              value={params.education ?? []}
              onChange={(education) => update({ education })}
              options={enumOptions(EDUCATION_LEVELS, lang)}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Select
              aria-label={t('people.sortBy')}
              value={params.sort ?? 'name'}
              onChange={(sort) => update({ sort })}
              options={PEOPLE_SORTS.map((s) => ({ value: s, label: t(`people.sorts.${s}`) }))}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={12} xl={6}>
            <Button onClick={reset}>{t('common.reset')}</Button>
          </Col>
        </>
      ) : null}
    </Row>
  );
}
