import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { DiffTable } from '../../../ui/DiffTable';
import { useFieldFormatter } from '../../../ui/useFieldFormatter';
import type { AuditEvent, AuditListParams } from '../api/types';
import { useAuditLabels } from '../hooks/useAuditLabels';

type Props = {
  data: { items: AuditEvent[]; total: number } | undefined;
  loading: boolean;
  params: AuditListParams;
  update: (p: Partial<AuditListParams>) => void;
};

function parts(diff: unknown): { before: unknown; after: unknown } {
  const d = (diff && typeof diff === 'object' ? diff : {}) as { before?: unknown; after?: unknown };
  return { before: d.before, after: d.after };
}

/** The log, newest first; a row expands to the fields before and after the change. */
export function AuditTable({ data, loading, params, update }: Props) {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const { fieldLabel, formatValue } = useFieldFormatter();
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      scroll={{ x: 'max-content' }}
      expandable={{
        rowExpandable: (e) => e.diff !== null && e.diff !== undefined,
        expandedRowRender: (e) => (
          <DiffTable {...parts(e.diff)} fieldLabel={fieldLabel} formatValue={formatValue} />
        ),
      }}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        showTotal: (n) => t('common.total', { count: n }),
        onChange: (page, pageSize) => update({ page, pageSize }),
      }}
      columns={[
        { title: t('audit.seq'), dataIndex: 'seq', width: 80 },
        { title: t('audit.at'), dataIndex: 'at', render: (v: string) => formatDateTime(v) },
        { title: t('audit.actor'), dataIndex: 'actorName' },
        { title: t('audit.action'), dataIndex: 'action', render: (a: string) => labels.action(a) },
        {
          title: t('audit.entityType'),
          dataIndex: 'entityType',
          render: (e: string) => labels.entityType(e),
        },
        { title: t('audit.entityId'), dataIndex: 'entityId', ellipsis: true },
        { title: t('audit.ip'), dataIndex: 'ip' },
      ]}
    />
  );
}
