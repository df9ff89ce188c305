import { Skeleton, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LazyResultPage } from '../../../ui/LazyResultPage';
import { PageHeader } from '../../../ui/PageHeader';
import { useMyRoundsQuery, useMySheetsQuery } from '../api/rate-api';
import { periodText } from '../components/labels';
import { MySheetsEditor } from '../components/MySheetsEditor';
import { PublishedView } from '../components/PublishedView';
import { RoundStatusTag } from '../components/RoundStatusTag';

/** One round for a member: their sheets while it is open, the published results once it is out. */
export function MyRoundPage() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const rounds = useMyRoundsQuery();
  const round = rounds.data?.find((r) => r.id === roundId);
  const sheets = useMySheetsQuery(roundId, (round?.sheets ?? 0) > 0);
  if (rounds.isError) return <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />;
  if (!rounds.data) return <Skeleton active />;
  if (!round) return <LazyResultPage kind="404" />;
  const published = round.status === 'published';
  const hasSheets = round.sheets > 0;
  const tab = params.get('tab') ?? (published ? 'results' : 'sheets');
  const sheetsPane = sheets.isError ? (
    <ErrorAlert error={sheets.error} onRetry={() => void sheets.refetch()} />
  ) : sheets.data ? (
    <MySheetsEditor data={sheets.data} />
  ) : (
    <Skeleton active />
  );
  return (
    <>
      <PageHeader
        title={
          <>
            {round.title} <RoundStatusTag status={round.status} label={round.statusLabel} />
          </>
        }
      />
      <Typography.Paragraph type="secondary">
        {sheets.data?.round.orgName ? `${sheets.data.round.orgName} · ` : ''}
        {periodText(round.year, round.quarter, t)}
      </Typography.Paragraph>
      {published ? (
        <Tabs
          activeKey={hasSheets ? tab : 'results'}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={[
            {
              key: 'results',
              label: t('evaluation.my.results'),
              children: <PublishedView roundId={round.id} sheets={sheets.data} />,
            },
            ...(hasSheets ? [{ key: 'sheets', label: t('evaluation.my.sheets'), children: sheetsPane }] : []),
          ]}
        />
      ) : (
        sheetsPane
      )}
    </>
  );
}
