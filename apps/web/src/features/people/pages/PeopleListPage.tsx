import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { usePeopleQuery } from '../api/people-query';
import { ExportDialog } from '../components/ExportDialog';
import { PeopleCards } from '../components/PeopleCards';
import { PeopleFilters } from '../components/PeopleFilters';
import { PeopleTable } from '../components/PeopleTable';
import { usePeopleListParams } from '../hooks/usePeopleListParams';

export function PeopleListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const { params, filter, update, reset } = usePeopleListParams();
  const people = usePeopleQuery(params);
  const [exporting, setExporting] = useState(false);
  return (
    <>
      <PageHeader
        title={t('people.listTitle')}
        extra={
          <>
            {can('person:write') ? (
              <Link to="/people/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('people.create')}
                </Button>
              </Link>
            ) : null}
            {can('person:import') ? (
              <Link to="/people/import">
                <Button icon={<UploadOutlined />}>{t('people.import')}</Button>
              </Link>
            ) : null}
            {can('person:export') ? (
              <Button
                icon={<DownloadOutlined />}
                onClick={() => setExporting(true)}
                disabled={!people.data?.total}
              >
                {t('people.export')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <PeopleFilters params={params} update={update} reset={reset} />
        {people.isError ? <ErrorAlert error={people.error} onRetry={() => void people.refetch()} /> : null}
        {isMobile ? (
          <PeopleCards data={people.data} loading={people.isFetching} params={params} update={update} />
        ) : (
          <PeopleTable data={people.data} loading={people.isFetching} params={params} update={update} />
        )}
      </Card>
      {exporting ? (
        <ExportDialog
          filter={filter}
          count={people.data?.total ?? 0}
          mayUnmask={can('person:read-sensitive')}
          onClose={() => setExporting(false)}
        />
      ) : null}
    </>
  );
}
