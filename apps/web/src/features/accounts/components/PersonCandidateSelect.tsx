import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { withNote } from '../../../ui/enum-label';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLang } from '../../../ui/useLang';
import { usePersonCandidatesQuery } from '../api/person-candidates-query';

type Props = {
  value?: string | null;
  onChange?: (id: string | null) => void;
  known?: { value: string; label: string };
  placeholder?: string;
  id?: string;
};

/** Links an account to a person record, searching by name. */
export function PersonCandidateSelect({ value, onChange, known, placeholder, id }: Props) {
  const lang = useLang();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const found = usePersonCandidatesQuery(q);
  const options = useMemo(() => {
    const list = (found.data ?? []).map((p) => ({ value: p.id, label: withNote(p.name, p.orgName, lang) }));
    return known && !list.some((o) => o.value === known.value) ? [known, ...list] : list;
  }, [found.data, known, lang]);
  return (
    <Select
      id={id}
      allowClear
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={found.isFetching}
      placeholder={placeholder}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
