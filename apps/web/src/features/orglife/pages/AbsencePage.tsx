import { Alert, Card, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useAbsenceWarningsQuery } from '../api/absence-warnings-query';
import type { AbsenceWarning } from '../api/types';

type Level = 'all' | AbsenceWarning['level'];

/**
 * Members without organisational life for 3 (notice) or 5 (urgent) months: six months without good
 * reason count as leaving the Party (党章), so the branch acts well before.
 */
export function AbsencePage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const underId = params.get('underId') ?? undefined;
  const level = (params.get('level') as Level | null) ?? 'all';
  const warnings = useAbsenceWarningsQuery(underId);
  const set = (key: string, value: string | undefined) =>
    setParams(
      (p) => {
        if (value && value !== 'all') p.set(key, value);
        else p.delete(key);
        return p;
      },
      { replace: true },
    );
  const items = (warnings.data ?? []).filter((w) => level === 'all' || w.level === level);
  const count = (l: AbsenceWarning['level']) => (warnings.data ?? []).filter((w) => w.level === l).length;
  return (
    <>
      <PageHeader title={t('absence.title')} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Flex vertical gap={12}>
          <Alert type="info" showIcon title={t('absence.rule')} />
          <Flex gap={8} wrap>
            <div style={{ flex: '1 1 240px', maxWidth: 380 }}>
              <OrgTreeSelect
                allowClear
                placeholder={t('absence.under')}
                value={underId}
                onChange={(v) => set('underId', v)}
              />
            </div>
            <Segmented<Level>
              value={level}
              onChange={(v) => set('level', v)}
              options={[
                { value: 'all', label: t('absence.all', { count: warnings.data?.length ?? 0 }) },
                { value: 'urgent', label: t('absence.urgentCount', { count: count('urgent') }) },
                { value: 'notice', label: t('absence.noticeCount', { count: count('notice') }) },
              ]}
            />
          </Flex>
          {warnings.isError ? (
            <ErrorAlert error={warnings.error} onRetry={() => void warnings.refetch()} />
          ) : null}
          <Table<AbsenceWarning>
            rowKey="personId"
            size="middle"
            loading={warnings.isFetching}
            dataSource={items}
            scroll={{ x: 'max-content' }}
            pagination={{
              pageSize: 50,
              hideOnSinglePage: true,
              showTotal: (n) => t('common.total', { count: n }),
            }}
            data-testid="absence-table"
            columns={[
              {
                title: t('absence.level'),
                key: 'level',
                render: (_, w) =>
                  w.level === 'urgent' ? (
                    <Tag color="error">{t('absence.urgent')}</Tag>
                  ) : (
                    <Tag color="warning">{t('absence.notice')}</Tag>
                  ),
              },
              {
                title: t('absence.name'),
                dataIndex: 'name',
                render: (name: string, w) =>
                  can('person:read') ? <Link to={`/people/${w.personId}`}>{name}</Link> : name,
              },
              { title: t('absence.org'), dataIndex: 'orgName' },
              {
                title: t('absence.lastAttended'),
                dataIndex: 'lastAttendedOn',
                render: (v: string | null) =>
                  v ?? <Typography.Text type="secondary">{t('absence.never')}</Typography.Text>,
              },
              { title: t('absence.since'), dataIndex: 'since' },
              {
                title: t('absence.months'),
                dataIndex: 'months',
                sorter: (a, b) => a.months - b.months,
                defaultSortOrder: 'descend',
                render: (n: number) => t('absence.monthsValue', { count: n }),
              },
            ]}
          />
        </Flex>
      </Card>
    </>
  );
}
