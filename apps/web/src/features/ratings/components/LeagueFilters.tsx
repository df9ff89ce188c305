import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import type { LeagueParams, LevelLabel } from '../api/types';

type Props = {
  params: LeagueParams;
  update: (patch: Partial<LeagueParams>) => void;
  levels: LevelLabel[];
  onExport: () => void;
  exporting: boolean;
};

/** Subtree, level, name or code, sort; and the export with the same filters. */
export function LeagueFilters({ params, update, levels, onExport, exporting }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      <div style={{ flex: '1 1 220px', maxWidth: 320 }}>
        <OrgTreeSelect
          value={params.underOrgId}
          onChange={(v) => update({ underOrgId: v })}
          placeholder={t('ratings.league.under')}
          allowClear
        />
      </div>
      <Select<number>
        allowClear
        value={params.level}
        onChange={(v) => update({ level: v })}
        placeholder={t('ratings.league.level')}
        aria-label={t('ratings.league.level')}
        options={[...levels].reverse().map((l) => ({ value: l.level, label: l[lang] }))}
        style={{ width: 120 }}
      />
      <Input.Search
        key={params.q ?? ''}
        defaultValue={params.q}
        allowClear
        onSearch={(q) => update({ q: q.trim() || undefined })}
        placeholder={t('ratings.league.search')}
        aria-label={t('ratings.league.search')}
        style={{ width: 200 }}
      />
      <Select<'total' | 'code'>
        value={params.sort}
        onChange={(v) => update({ sort: v })}
        aria-label={t('ratings.league.sort')}
        options={[
          { value: 'total', label: t('ratings.league.sortTotal') },
          { value: 'code', label: t('ratings.league.sortCode') },
        ]}
        style={{ width: 110 }}
      />
      <Button icon={<DownloadOutlined />} loading={exporting} onClick={onExport}>
        {t('ratings.league.export')}
      </Button>
    </Flex>
  );
}
