import { Button, Col, DatePicker, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import type { AuditListParams } from '../api/types';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, useAuditLabels } from '../hooks/useAuditLabels';

type Props = { params: AuditListParams; update: (p: Partial<AuditListParams>) => void; reset: () => void };

export function AuditFilters({ params, update, reset }: Props) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col xs={24} md={12} xl={8}>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('audit.searchPlaceholder')}
          aria-label={t('audit.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
        />
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t('audit.action')}
          aria-label={t('audit.action')}
          value={params.action}
          onChange={(action: string | undefined) => update({ action })}
          options={AUDIT_ACTIONS.map((a) => ({ value: a, label: `${labels.action(a)} (${a})` }))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} xl={8}>
        <Select
          allowClear
          placeholder={t('audit.entityType')}
          aria-label={t('audit.entityType')}
          value={params.entityType}
          onChange={(entityType: string | undefined) => update({ entityType })}
          options={AUDIT_ENTITY_TYPES.map((e) => ({ value: e, label: labels.entityType(e) }))}
          style={{ width: '100%' }}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Input.Search
          key={`actor:${params.actor ?? ''}`}
          defaultValue={params.actor}
          allowClear
          placeholder={t('audit.actor')}
          aria-label={t('audit.actor')}
          onSearch={(actor) => update({ actor: actor.trim() || undefined })}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <Input.Search
          key={`id:${params.entityId ?? ''}`}
          defaultValue={params.entityId}
          allowClear
          placeholder={t('audit.entityId')}
          aria-label={t('audit.entityId')}
          onSearch={(entityId) => update({ entityId: entityId.trim() || undefined })}
        />
      </Col>
      <Col xs={24} sm={16} xl={8}>
        <DatePicker.RangePicker
          style={{ width: '100%' }}
          aria-label={t('audit.dateRange')}
          value={[params.from ? dayjs(params.from) : null, params.to ? dayjs(params.to) : null]}
          onChange={(range) =>
            update({ from: fromDay(range?.[0]) ?? undefined, to: fromDay(range?.[1]) ?? undefined })
          }
        />
      </Col>
      <Col xs={24} sm={8} xl={4}>
        <Button onClick={reset}>{t('common.reset')}</Button>
      </Col>
    </Row>
  );
}
