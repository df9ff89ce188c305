import type { SchemeDefinition } from '@zhibu/shared';
import { Table } from 'antd';
import { useMemo } from 'react';
import { useCatalogueColumns } from '../hooks/useCatalogueColumns';
import type { CriterionPatch } from './catalogue-edit';
import { catalogueRows, type CatalogueRow } from './catalogue-rows';

type Props = { definition: SchemeDefinition; onPatch?: (code: string, patch: CriterionPatch) => void };

/** Categories and their criteria as a tree table, expanded; editable inline for a draft. */
export function CatalogueTable({ definition, onPatch }: Props) {
  const rows = useMemo(() => catalogueRows(definition), [definition]);
  const columns = useCatalogueColumns(definition.levels, onPatch);
  return (
    <Table<CatalogueRow>
      rowKey="key"
      size="small"
      data-testid="catalogue-table"
      columns={columns}
      dataSource={rows}
      pagination={false}
      scroll={{ x: 'max-content' }}
      expandable={{ defaultExpandAllRows: true, childrenColumnName: 'children' }}
    />
  );
}
