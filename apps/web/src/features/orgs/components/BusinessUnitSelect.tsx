import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { nest, type TreeItem } from '../../../ui/tree-data';
import { useBusinessUnitsQuery } from '../api/business-units-query';
import type { BusinessUnit } from '../api/types';

type Props = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
  placeholder?: string;
};
type Option = { value: string; title: string; children?: Option[] };

/** Picks the factory, workshop, department or team an organisation or person belongs to. */
export function BusinessUnitSelect({ value, onChange, id, placeholder }: Props) {
  const units = useBusinessUnitsQuery();
  const options = useMemo(() => {
    const toOption = (u: TreeItem<BusinessUnit>): Option => ({
      value: u.id,
      title: u.name,
      children: u.children?.map(toOption),
    });
    return nest(units.data ?? []).map(toOption);
  }, [units.data]);
  return (
    <TreeSelect
      id={id}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      treeData={options}
      loading={units.isPending}
      allowClear
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
