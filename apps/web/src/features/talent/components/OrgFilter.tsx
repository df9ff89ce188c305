import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useScopeRoot } from '../../points/hooks/useScopeRoot';

/** The organisation a talent list covers; the top of the user's part of the tree until one is chosen. */
export function OrgFilter({
  value,
  onChange,
}: {
  value: string | undefined;
  onChange: (id: string | undefined) => void;
}) {
  const { t } = useTranslation();
  const { rootId } = useScopeRoot();
  useEffect(() => {
    if (!value && rootId) onChange(rootId);
  }, [value, rootId, onChange]);
  return (
    <OrgTreeSelect
      value={value}
      onChange={(id) => onChange(id ?? rootId)}
      placeholder={t('fields.orgNodeName')}
      style={{ width: 240 }}
    />
  );
}
