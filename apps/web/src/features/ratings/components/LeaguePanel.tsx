import { Alert, App, Empty, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useCan } from '../../auth/hooks/useCan';
import { downloadLeague } from '../api/league-export-download';
import { useLeagueQuery } from '../api/league-query';
import type { LeagueItem, RoundDetail } from '../api/types';
import { useLeagueParams } from '../hooks/useLeagueParams';
import { DistributionChart } from './DistributionChart';
import { LeagueFilters } from './LeagueFilters';
import { LeagueTable } from './LeagueTable';
import { OverrideModal } from './OverrideModal';

/** 结果一览: the committee's table of its branches' results, the level distribution and the export. */
export function LeaguePanel({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const { params, update } = useLeagueParams();
  const league = useLeagueQuery(round.id, params);
  const [exporting, setExporting] = useState(false);
  const [overriding, setOverriding] = useState<LeagueItem | null>(null);
  const levels = league.data?.levels ?? [];
  const exportFile = () => {
    setExporting(true);
    downloadLeague(round.id, params)
      .catch((err: unknown) => void message.error(errorText(err, t)))
      .finally(() => setExporting(false));
  };
  if (!round.evaluatedAt) return <Empty description={t('ratings.league.notEvaluated')} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('ratings.league.onlyBranches')}</Typography.Paragraph>
      {league.isError ? <ErrorAlert error={league.error} onRetry={() => void league.refetch()} /> : null}
      <LeagueFilters
        params={params}
        update={update}
        levels={levels}
        onExport={exportFile}
        exporting={exporting}
      />
      {league.data ? <DistributionChart levels={levels} counts={league.data.distribution} /> : null}
      <LeagueTable
        roundId={round.id}
        league={league.data}
        loading={league.isFetching}
        kind={round.schemeKind}
        params={params}
        update={update}
        onOverride={can('rating:manage') && round.status === 'open' ? setOverriding : undefined}
      />
      {round.status === 'open' ? (
        <Alert type="info" showIcon title={t('ratings.result.preliminary')} style={{ marginTop: 16 }} />
      ) : null}
      {overriding ? (
        <OverrideModal
          roundId={round.id}
          item={overriding}
          levels={levels}
          onClose={() => setOverriding(null)}
        />
      ) : null}
    </>
  );
}
