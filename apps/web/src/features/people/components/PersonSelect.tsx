import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { withNote } from '../../../ui/enum-label';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLang } from '../../../ui/useLang';
import { usePersonSearchQuery } from '../api/person-search-query';

type Props = {
  value?: string;
  onChange?: (id: string) => void;
  /** Limit the search to an organisation's subtree. */
  orgId?: string;
  /** Labels for values chosen earlier that the current search may not return. */
  known?: { value: string; label: string }[];
  placeholder?: string;
  id?: string;
};

/** Finds a person by name on the server and picks them. */
export function PersonSelect({ value, onChange, orgId, known = [], placeholder, id }: Props) {
  const lang = useLang();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const people = usePersonSearchQuery(q, orgId);
  const options = useMemo(() => {
    const found = (people.data ?? []).map((p) => ({ value: p.id, label: withNote(p.name, p.orgName, lang) }));
    const seen = new Set(found.map((o) => o.value));
    return [...known.filter((k) => !seen.has(k.value)), ...found];
  }, [people.data, known, lang]);
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      placeholder={placeholder}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
