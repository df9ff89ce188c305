import { UserAddOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withNote } from '../../../ui/enum-label';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useLang } from '../../../ui/useLang';
import { usePersonSearchQuery } from '../../people/api/person-search-query';
import type { PersonListItem } from '../../people/api/types';

type Props = { exclude: ReadonlySet<string>; onPick: (p: PersonListItem) => void };

/** Finds someone outside the roster by name, to add as attending without vote (列席). */
export function GuestPicker({ exclude, onPick }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const people = usePersonSearchQuery(q, undefined);
  const found = (people.data ?? []).filter((p) => !exclude.has(p.id));
  return (
    <Select<string>
      value={null}
      placeholder={t('orglife.attendance.addGuest')}
      aria-label={t('orglife.attendance.addGuest')}
      suffixIcon={<UserAddOutlined />}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={people.isFetching}
      options={found.map((p) => ({ value: p.id, label: withNote(p.name, p.orgName, lang) }))}
      onChange={(id) => {
        const p = found.find((x) => x.id === id);
        if (p) onPick(p);
        setSearch('');
      }}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
    />
  );
}
