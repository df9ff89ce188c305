import { Button, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { SchemeVersionItem } from '../api/types';
import { VersionActions } from './VersionActions';
import { VersionStatusTag } from './VersionStatusTag';

type Props = {
  schemeId: string;
  versions: SchemeVersionItem[];
  selected: number | undefined;
  onSelect: (version: number) => void;
};

/** A scheme's versions, newest first, with what can be done to each. */
export function VersionTable({ schemeId, versions, selected, onSelect }: Props) {
  const { t } = useTranslation();
  return (
    <Table<SchemeVersionItem>
      rowKey="version"
      size="small"
      data-testid="version-table"
      dataSource={versions}
      pagination={false}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('ratings.schemes.versions'),
          key: 'version',
          render: (_, v) =>
            v.version === selected ? (
              <Tag color="blue">{t('ratings.schemes.versionTitle', { version: v.version })}</Tag>
            ) : (
              <Button type="link" size="small" style={{ padding: 0 }} onClick={() => onSelect(v.version)}>
                {t('ratings.schemes.versionTitle', { version: v.version })}
              </Button>
            ),
        },
        {
          title: t('ratings.rounds.status'),
          key: 'status',
          render: (_, v) => <VersionStatusTag status={v.status} />,
        },
        {
          title: t('ratings.schemes.catalogue'),
          key: 'criteria',
          render: (_, v) => t('ratings.schemes.criteriaCount', { count: v.criteria }),
        },
        { title: t('ratings.schemes.note'), dataIndex: 'note' },
        {
          title: t('ratings.schemes.updatedAt'),
          key: 'at',
          render: (_, v) => formatDateTime(v.publishedAt ?? v.updatedAt),
        },
        {
          title: t('common.actions'),
          key: 'actions',
          render: (_, v) => <VersionActions schemeId={schemeId} v={v} onSelect={onSelect} />,
        },
      ]}
    />
  );
}
