import { Card, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useRoundQuery } from '../api/manage-api';
import type { StaffLink } from '../api/types';
import { EntryTab } from '../components/EntryTab';
import { OpenTab } from '../components/OpenTab';
import { OverviewTab } from '../components/OverviewTab';
import { ResultsTab } from '../components/ResultsTab';
import { RoundActions } from '../components/RoundActions';
import { RoundStatusTag } from '../components/RoundStatusTag';

const TABS = ['overview', 'open', 'entry', 'results'] as const;
type Tab = (typeof TABS)[number];

/**
 * One round for the branch: 概况, 开启评价 (staff links, shown once), 录入, 结果; 截止 and 公布 in
 * the header. The links just issued live in this page's memory only.
 */
export function RoundPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const { roundId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const round = useRoundQuery(roundId);
  const [links, setLinks] = useState<StaffLink[]>([]);
  if (round.isError) return <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />;
  if (!round.data) return <Skeleton active />;
  const r = round.data;
  const asked = params.get('tab') as Tab | null;
  // A draft opens on 开启评价, and links just issued stay in view until the user moves on.
  const tab: Tab =
    asked && TABS.includes(asked) ? asked : r.status === 'draft' || links.length > 0 ? 'open' : 'overview';
  return (
    <>
      <PageHeader
        title={
          <>
            {r.title} <RoundStatusTag status={r.status} label={r.statusLabel} />
          </>
        }
        extra={<RoundActions round={r} />}
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24, paddingTop: 0 } }}>
        <Tabs
          activeKey={tab}
          onChange={(k) => setParams({ tab: k }, { replace: true })}
          items={TABS.map((k) => ({ key: k, label: t(`evaluation.tabs.${k}`) }))}
        />
        {tab === 'overview' ? <OverviewTab round={r} /> : null}
        {tab === 'open' ? <OpenTab round={r} links={links} onLinks={setLinks} /> : null}
        {tab === 'entry' ? <EntryTab round={r} /> : null}
        {tab === 'results' ? <ResultsTab round={r} /> : null}
      </Card>
    </>
  );
}
