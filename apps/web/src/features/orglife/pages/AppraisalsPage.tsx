import { PlayCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Skeleton, Tabs, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useIsMobile } from '../../../ui/useIsMobile';
import { useCan } from '../../auth/hooks/useCan';
import { useMe } from '../../auth/hooks/useMe';
import { useAppraisalQuery } from '../api/appraisal-query';
import { useOpenAppraisalMutation } from '../api/open-appraisal-mutation';
import type { AppraisalRound } from '../api/types';
import { GradesTable } from '../components/GradesTable';
import { MyEvaluation } from '../components/MyEvaluation';
import { OrgYearBar } from '../components/OrgYearBar';
import { isBranch, useOrgYearParams } from '../hooks/useOrgYearParams';

/**
 * 民主评议党员: the committee opens the year's round, sees self-evaluations and ballot counts, decides
 * the grades and closes it; each member evaluates themselves and votes on the others.
 */
export function AppraisalsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const isMobile = useIsMobile();
  const { message } = App.useApp();
  const oy = useOrgYearParams(isBranch);
  const round = useAppraisalQuery(oy.orgId, oy.year);
  const openRound = useOpenAppraisalMutation();
  const mayOpen = can('meeting:write') && !!oy.orgId && round.data === null;
  return (
    <>
      <PageHeader
        title={t('appraisal.title')}
        extra={
          mayOpen ? (
            <Button
              type="primary"
              icon={<PlayCircleOutlined />}
              loading={openRound.isPending}
              onClick={() =>
                openRound.mutate(
                  { orgNodeId: oy.orgId!, year: oy.year },
                  {
                    onSuccess: () => void message.success(t('appraisal.opened')),
                    onError: (err) => void message.error(errorText(err, t)),
                  },
                )
              }
            >
              {t('appraisal.open')}
            </Button>
          ) : null
        }
      />
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <OrgYearBar {...oy} selectable={isBranch} />
        {!oy.orgId ? <Empty description={t('orglife.pickBranch')} /> : null}
        {round.isError ? <ErrorAlert error={round.error} onRetry={() => void round.refetch()} /> : null}
        {oy.orgId && round.isPending ? <Skeleton active /> : null}
        {round.data === null ? <Empty description={t('appraisal.none', { year: oy.year })} /> : null}
        {round.data ? <RoundView round={round.data} /> : null}
      </Card>
    </>
  );
}

function RoundView({ round }: { round: AppraisalRound }) {
  const { t } = useTranslation();
  const me = useMe();
  const mine = round.entries.find((e) => e.personId === me.user.personId);
  const submitted = round.entries.filter((e) => e.selfGrade !== null).length;
  const facts = (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'status',
          label: t('appraisal.status'),
          children: (
            <Tag color={round.status === 'open' ? 'processing' : 'default'}>
              {t(`appraisal.statuses.${round.status}`)}
            </Tag>
          ),
        },
        { key: 'members', label: t('appraisal.members'), children: round.members },
        { key: 'cap', label: t('appraisal.cap'), children: t('appraisal.capText', { cap: round.cap }) },
        ...(round.manageable
          ? [
              {
                key: 'submitted',
                label: t('appraisal.submittedCount'),
                children: `${submitted} / ${round.members}`,
              },
            ]
          : []),
      ]}
    />
  );
  if (!round.manageable) {
    return (
      <>
        {facts}
        {mine ? (
          <MyEvaluation round={round} entry={mine} />
        ) : (
          <Empty description={t('appraisal.notParticipant')} />
        )}
      </>
    );
  }
  return (
    <>
      {facts}
      <Tabs
        items={[
          { key: 'grades', label: t('appraisal.tabGrades'), children: <GradesTable round={round} /> },
          ...(mine
            ? [
                {
                  key: 'mine',
                  label: t('appraisal.tabMine'),
                  children: <MyEvaluation round={round} entry={mine} />,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
