import { Card, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatch, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useRoundQuery } from '../api/round-query';
import { EvaluationProgress } from '../components/EvaluationProgress';
import { RoundActions } from '../components/RoundActions';
import { RoundFacts } from '../components/RoundFacts';
import { RoundStatusTag } from '../components/RoundStatusTag';
import { useEvaluation } from '../hooks/useEvaluation';

/**
 * A rating round. Committees run the evaluation (a job, followed while the user moves between the
 * tabs), publish and archive it; the tabs below are child routes: the overview, and — for those with
 * `rating:league` — the results of all its branches at …/league.
 */
export function RoundDetailPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const { roundId = '' } = useParams();
  const league = useMatch('/ratings/rounds/:roundId/league') !== null;
  const round = useRoundQuery(roundId);
  const evaluation = useEvaluation(roundId);
  if (round.isError) return <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />;
  if (!round.data) return <Skeleton active />;
  const r = round.data;
  return (
    <>
      <PageHeader
        title={
          <>
            {r.title} <RoundStatusTag status={r.status} />
          </>
        }
        extra={<RoundActions round={r} evaluation={evaluation} />}
      />
      <EvaluationProgress evaluation={evaluation} />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <RoundFacts round={r} />
        {can('rating:league') ? (
          <Tabs
            activeKey={league ? 'league' : 'overview'}
            onChange={(k) =>
              void navigate(k === 'league' ? `/ratings/rounds/${r.id}/league` : `/ratings/rounds/${r.id}`)
            }
            items={[
              { key: 'overview', label: t('ratings.rounds.tabOverview') },
              { key: 'league', label: t('ratings.rounds.tabLeague') },
            ]}
          />
        ) : null}
        <Outlet context={r} />
      </Card>
    </>
  );
}
