import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useSchemesQuery } from '../api/schemes-query';
import { CreateSchemeModal } from '../components/CreateSchemeModal';
import { ImportSchemeModal } from '../components/ImportSchemeModal';
import { SchemeTable } from '../components/SchemeTable';

/** 考核方案: the catalogues a committee rates its branches by, created from a template or imported. */
export function SchemesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const schemes = useSchemesQuery();
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const manage = can('rating:manage');
  return (
    <>
      <PageHeader
        title={t('ratings.schemes.title')}
        extra={
          manage ? (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
                {t('ratings.schemes.fromTemplate')}
              </Button>
              <Button icon={<ImportOutlined />} onClick={() => setDialog('import')}>
                {t('ratings.schemes.import')}
              </Button>
            </>
          ) : null
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        {schemes.isError ? <ErrorAlert error={schemes.error} onRetry={() => void schemes.refetch()} /> : null}
        <SchemeTable items={schemes.data} loading={schemes.isPending} />
      </Card>
      {dialog === 'create' ? <CreateSchemeModal onClose={() => setDialog(null)} /> : null}
      {dialog === 'import' ? <ImportSchemeModal onClose={() => setDialog(null)} /> : null}
    </>
  );
}
