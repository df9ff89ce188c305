import { EDUCATION_LEVELS, GENDERS } from '@zhibu/shared';
import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { enumLabel, withNote } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { Page, PeopleListParams, PeopleSort, PersonListItem } from '../api/types';
import { PartyStatusTag } from './PartyStatusTag';

type Props = {
  data: Page<PersonListItem> | undefined;
  loading: boolean;
  params: PeopleListParams;
  update: (patch: Partial<PeopleListParams>) => void;
};

type SortableColumn = 'name' | 'birthDate' | 'admittedOn';

function orderOf(sort: PeopleSort | undefined, column: SortableColumn): 'ascend' | 'descend' | null {
  if (sort === column) return 'ascend';
  if (sort === `-${column}`) return 'descend';
  return null;
}

/** The roster on wide screens: server-side paging and sorting, horizontal scroll when narrow. */
export function PeopleTable({ data, loading, params, update }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const columns: TableProps<PersonListItem>['columns'] = [
    {
      title: t('people.name'),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      sorter: true,
      sortOrder: orderOf(params.sort, 'name'),
      render: (name: string, p) => <Link to={`/people/${p.id}`}>{name}</Link>,
    },
    { title: t('people.gender'), dataIndex: 'gender', render: (g: string) => enumLabel(GENDERS, g, lang) },
    {
      title: t('people.birthDate'),
      dataIndex: 'birthDate',
      key: 'birthDate',
      sorter: true,
      sortOrder: orderOf(params.sort, 'birthDate'),
      render: (d: string | null, p) => (d ? withNote(d, p.age, lang) : ''),
    },
    {
      title: t('people.status'),
      dataIndex: 'partyStatus',
      render: (_, p) => <PartyStatusTag status={p.partyStatus} />,
    },
    {
      title: t('people.org'),
      dataIndex: 'orgName',
      render: (org: string, p) => (
        <>
          {org}
          {p.partyGroupName ? (
            <Typography.Text type="secondary"> / {p.partyGroupName}</Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t('people.education'),
      dataIndex: 'education',
      render: (e: string | null) => enumLabel(EDUCATION_LEVELS, e, lang),
    },
    { title: t('people.jobPost'), dataIndex: 'jobPost' },
    {
      title: t('people.admittedOn'),
      dataIndex: 'admittedOn',
      key: 'admittedOn',
      sorter: true,
      sortOrder: orderOf(params.sort, 'admittedOn'),
    },
    { title: t('people.idNumber'), dataIndex: 'idNumber' },
    { title: t('people.phone'), dataIndex: 'phone' },
  ];
  return (
    <Table<PersonListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={data?.items ?? []}
      columns={columns}
      scroll={{ x: 'max-content' }}
      sortDirections={['ascend', 'descend']}
      pagination={{
        current: params.page,
        pageSize: params.pageSize,
        total: data?.total ?? 0,
        showSizeChanger: true,
        pageSizeOptions: [20, 50, 100, 200],
        showTotal: (n) => t('common.total', { count: n }),
      }}
      onChange={(pagination, _filters, sorter, extra) => {
        if (extra.action === 'sort') {
          const s = Array.isArray(sorter) ? sorter[0] : sorter;
          const key = s?.columnKey as SortableColumn | undefined;
          update({ sort: key && s?.order ? (s.order === 'descend' ? `-${key}` : key) : 'name' });
        } else if (extra.action === 'paginate') {
          update({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? params.pageSize });
        }
      }}
    />
  );
}
