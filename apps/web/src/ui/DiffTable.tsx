import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type Props = {
  before: unknown;
  after: unknown;
  /** Turns a field name into a label; unknown fields show their name. */
  fieldLabel: (field: string) => string;
  /** Turns a field value into display text (enum labels, masked numbers …). */
  formatValue: (field: string, value: unknown) => string;
};

function asRecord(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** Before/after of one change, one row per field that differs. */
export function DiffTable({ before, after, fieldLabel, formatValue }: Props) {
  const { t } = useTranslation();
  const b = asRecord(before);
  const a = asRecord(after);
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows = fields
    .map((f) => ({ field: f, before: formatValue(f, b[f]), after: formatValue(f, a[f]) }))
    // Values that read the same either side (or that cannot be shown) are not a change to the reader.
    .filter((r) => r.before !== r.after);
  if (rows.length === 0) return <Typography.Text type="secondary">{t('audit.noDiff')}</Typography.Text>;
  return (
    <Table
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 'max-content' }}
      columns={[
        { title: t('audit.field'), dataIndex: 'field', render: (f: string) => fieldLabel(f), width: 160 },
        {
          title: t('audit.before'),
          dataIndex: 'before',
          render: (v: string) => <Typography.Text delete={v !== ''}>{v}</Typography.Text>,
        },
        { title: t('audit.after'), dataIndex: 'after' },
      ]}
    />
  );
}
