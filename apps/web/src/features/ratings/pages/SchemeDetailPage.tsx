import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useSchemeQuery } from '../api/scheme-query';
import { OpenRoundModal } from '../components/OpenRoundModal';
import { SchemeFacts } from '../components/SchemeFacts';
import { VersionCatalogue } from '../components/VersionCatalogue';
import { VersionTable } from '../components/VersionTable';

/** A scheme: its versions (draft → published, frozen), one version's catalogue, and opening a round. */
export function SchemeDetailPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const { schemeId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const scheme = useSchemeQuery(schemeId);
  const [opening, setOpening] = useState(false);
  const versions = scheme.data?.versions ?? [];
  const fromUrl = Number(search.get('v'));
  const selected = versions.some((v) => v.version === fromUrl) ? fromUrl : versions[0]?.version;
  const select = (v: number) => setSearch({ v: String(v) }, { replace: true });
  const published = versions.some((v) => v.status === 'published');
  if (scheme.isError) return <ErrorAlert error={scheme.error} onRetry={() => void scheme.refetch()} />;
  if (!scheme.data) return <Skeleton active />;
  return (
    <>
      <PageHeader
        title={scheme.data.name}
        extra={
          can('rating:manage') && published ? (
            <Button type="primary" icon={<PlayCircleOutlined />} onClick={() => setOpening(true)}>
              {t('ratings.schemes.openRound')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
          <SchemeFacts scheme={scheme.data} />
          <VersionTable schemeId={schemeId} versions={versions} selected={selected} onSelect={select} />
        </Card>
        {selected ? <VersionCatalogue key={selected} schemeId={schemeId} version={selected} /> : null}
      </Flex>
      {opening ? <OpenRoundModal scheme={scheme.data} onClose={() => setOpening(false)} /> : null}
    </>
  );
}
