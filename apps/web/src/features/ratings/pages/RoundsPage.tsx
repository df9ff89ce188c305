import { SettingOutlined } from '@ant-design/icons';
import { Button, Card, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useRoundsQuery } from '../api/rounds-query';
import type { RoundStatus } from '../api/types';
import { RoundCards } from '../components/RoundCards';
import { RoundTable } from '../components/RoundTable';

const STATUSES: RoundStatus[] = ['open', 'published', 'archived'];

/** 考评: the rating rounds in the user's scope, filtered by status (kept in the URL). */
export function RoundsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const [search, setSearch] = useSearchParams();
  const raw = search.get('status');
  const status = STATUSES.find((s) => s === raw);
  const rounds = useRoundsQuery(status);
  return (
    <>
      <PageHeader
        title={t('ratings.rounds.title')}
        extra={
          can('rating:manage') ? (
            <Link to="/ratings/schemes">
              <Button icon={<SettingOutlined />}>{t('ratings.schemes.title')}</Button>
            </Link>
          ) : null
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <Segmented<string>
          value={status ?? 'current'}
          onChange={(v) => setSearch(v === 'current' ? {} : { status: v }, { replace: true })}
          options={[
            { value: 'current', label: t('ratings.rounds.filterCurrent') },
            ...STATUSES.map((s) => ({ value: s, label: t(`ratings.roundStatus.${s}`) })),
          ]}
          style={{ marginBottom: 16 }}
        />
        {rounds.isError ? <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} /> : null}
        {isMobile ? (
          <RoundCards items={rounds.data} loading={rounds.isFetching} />
        ) : (
          <RoundTable items={rounds.data} loading={rounds.isFetching} />
        )}
      </Card>
    </>
  );
}
