import { FilterOutlined } from '@ant-design/icons';
import { MEETING_STATUSES, MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { Badge, Button, Col, DatePicker, Input, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDay, toDay } from '../../../lib/dates';
import { enumOptions } from '../../../ui/enum-label';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useLang } from '../../../ui/useLang';
import { useCan } from '../../auth/hooks/useCan';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { MeetingListParams, MeetingStatus } from '../api/types';

type Props = {
  params: MeetingListParams;
  update: (patch: Partial<MeetingListParams>) => void;
  reset: () => void;
};

/** Search and filters; on phones they fold away behind one button. */
export function MeetingFilters({ params, update, reset }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const can = useCan();
  const isMobile = useIsMobile();
  const [open, setOpen] = useState(false);
  const active = [params.orgId, params.type, params.status, params.from || params.to].filter(Boolean).length;
  const showAll = !isMobile || open;
  return (
    <Row gutter={[8, 8]} style={{ marginBottom: 16 }}>
      <Col xs={isMobile ? 18 : 24} md={12} xl={6}>
        <Input.Search
          key={params.q ?? ''}
          defaultValue={params.q}
          allowClear
          enterButton
          placeholder={t('orglife.meeting.searchPlaceholder')}
          aria-label={t('orglife.meeting.searchPlaceholder')}
          onSearch={(q) => update({ q: q.trim() || undefined })}
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
          {/* Members cannot browse the tree; the server limits them to their own branch anyway. */}
          {can('org:read') ? (
            <Col xs={24} md={12} xl={6}>
              <OrgTreeSelect
                allowClear
                placeholder={t('orglife.meeting.orgFilter')}
                value={params.orgId}
                onChange={(orgId) => update({ orgId })}
              />
            </Col>
          ) : null}
          <Col xs={24} sm={12} xl={4}>
            <Select
              allowClear
              placeholder={t('orglife.meeting.type')}
              aria-label={t('orglife.meeting.type')}
              value={params.type}
              onChange={(type: MeetingType | undefined) => update({ type })}
              options={enumOptions(MEETING_TYPES, lang)}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={12} xl={4}>
            <Select
              allowClear
              placeholder={t('orglife.meeting.status')}
              aria-label={t('orglife.meeting.status')}
              value={params.status}
              onChange={(status: MeetingStatus | undefined) => update({ status })}
              options={enumOptions(MEETING_STATUSES, lang)}
              style={{ width: '100%' }}
            />
          </Col>
          <Col xs={24} sm={16} xl={6}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              aria-label={t('orglife.meeting.dateRange')}
              value={[toDay(params.from), toDay(params.to)]}
              onChange={(r) =>
                update({ from: fromDay(r?.[0]) ?? undefined, to: fromDay(r?.[1]) ?? undefined })
              }
              inputReadOnly={isMobile}
            />
          </Col>
          <Col xs={24} sm={8} xl={4}>
            <Button onClick={reset}>{t('common.reset')}</Button>
          </Col>
        </>
      ) : null}
    </Row>
  );
}
