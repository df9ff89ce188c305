import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Resolution } from '../api/types';

/** Resolutions with their votes; written opinions of absent members are shown apart. */
export function ResolutionList({ resolutions }: { resolutions: readonly Resolution[] }) {
  const { t } = useTranslation();
  return (
    <Table<Resolution>
      rowKey="id"
      size="small"
      dataSource={[...resolutions]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('orglife.resolutions.none') }}
      columns={[
        { title: '#', dataIndex: 'seq', width: 40 },
        { title: t('orglife.resolutions.text'), dataIndex: 'text' },
        { title: t('orglife.resolutions.yes'), dataIndex: 'yes' },
        { title: t('orglife.resolutions.no'), dataIndex: 'no' },
        { title: t('orglife.resolutions.abstain'), dataIndex: 'abstain' },
        { title: t('orglife.resolutions.writtenYes'), dataIndex: 'writtenYes' },
      ]}
    />
  );
}
