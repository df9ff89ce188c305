import { Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ComplianceRow, MonthCell } from '../api/types';
import { ComplianceCell } from './ComplianceCell';
import { ComplianceCellDrawer } from './ComplianceCellDrawer';

type Props = { rows: ComplianceRow[]; year: number; loading: boolean };

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Organisations × months; the organisation column stays put while the months scroll on phones. */
export function ComplianceMatrix({ rows, year, loading }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<{ row: ComplianceRow; cell: MonthCell } | null>(null);
  const columns: TableProps<ComplianceRow>['columns'] = [
    {
      title: t('compliance.org'),
      key: 'org',
      fixed: 'left',
      width: 200,
      render: (_, r) => (
        <div style={{ minWidth: 140 }} title={r.parentName ?? undefined}>
          <Link to={`/orglife/compliance/${r.orgId}?year=${year}`}>{r.orgName}</Link>
        </div>
      ),
    },
    ...MONTHS.map((m) => ({
      title: t('compliance.monthShort', { month: m }),
      key: `m${m}`,
      align: 'center' as const,
      width: 50,
      render: (_: unknown, r: ComplianceRow) => {
        const cell = r.cells[m - 1];
        return cell ? (
          <ComplianceCell cell={cell} orgName={r.orgName} onOpen={() => setOpen({ row: r, cell })} />
        ) : null;
      },
    })),
  ];
  return (
    <>
      <Table<ComplianceRow>
        rowKey="orgId"
        size="small"
        loading={loading}
        dataSource={rows}
        columns={columns}
        scroll={{ x: 'max-content' }}
        pagination={
          rows.length > 50 ? { pageSize: 50, showTotal: (n) => t('common.total', { count: n }) } : false
        }
        data-testid="compliance-matrix"
      />
      {open ? (
        <ComplianceCellDrawer row={open.row} cell={open.cell} year={year} onClose={() => setOpen(null)} />
      ) : null}
    </>
  );
}
