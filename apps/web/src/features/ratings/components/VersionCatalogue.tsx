import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCan } from '../../auth/hooks/useCan';
import { useSchemeVersionQuery } from '../api/scheme-version-query';
import { CatalogueTable } from './CatalogueTable';
import { DraftEditor } from './DraftEditor';
import { LevelsSummary } from './LevelsSummary';
import { VersionStatusTag } from './VersionStatusTag';

/** One version's catalogue: levels and formula, then the criteria; a draft can be edited in place. */
export function VersionCatalogue({ schemeId, version }: { schemeId: string; version: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const v = useSchemeVersionQuery(schemeId, version);
  const [editing, setEditing] = useState(false);
  const editable = v.data?.status === 'draft' && can('rating:manage');
  return (
    <Card
      title={
        <>
          {t('ratings.schemes.catalogue')} · {t('ratings.schemes.versionTitle', { version })}{' '}
          {v.data ? <VersionStatusTag status={v.data.status} /> : null}
        </>
      }
      extra={
        editable && !editing ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('ratings.schemes.edit')}
          </Button>
        ) : null
      }
    >
      {v.isError ? <ErrorAlert error={v.error} onRetry={() => void v.refetch()} /> : null}
      {v.isPending ? <Skeleton active /> : null}
      {v.data && editing && editable ? (
        <DraftEditor schemeId={schemeId} version={v.data} onDone={() => setEditing(false)} />
      ) : null}
      {v.data && !(editing && editable) ? (
        <>
          <LevelsSummary formula={v.data.definition.formula} levels={v.data.definition.levels} />
          <CatalogueTable definition={v.data.definition} />
        </>
      ) : null}
    </Card>
  );
}
