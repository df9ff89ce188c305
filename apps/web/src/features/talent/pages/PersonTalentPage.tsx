import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import {
  useCredentialsQuery,
  useMatchQuery,
  usePortraitQuery,
  usePortraitsQuery,
  useReserveQuery,
} from '../api/queries';
import { CredentialsPanel } from '../components/CredentialsPanel';
import { EnterReserveModal } from '../components/EnterReserveModal';
import { useTalentLabels } from '../components/labels';
import { MatchPanel, TierFacts } from '../components/MatchPanel';
import { PersonSearch } from '../components/PersonSearch';
import { ReserveBadges } from '../components/ReserveBadges';
import { ScoresModal } from '../components/ScoresModal';
import { TierModal } from '../components/TierModal';

/** 人员人才档案: credentials, scores and the match against a portrait, tier and reserve pool entry. */
export function PersonTalentPage() {
  const { t } = useTranslation();
  const l = useTalentLabels();
  const can = useCan();
  const manage = can('talent:manage');
  const { personId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const credentials = useCredentialsQuery(personId);
  const person = credentials.data?.person;
  const portraits = usePortraitsQuery(person?.orgNodeId, Boolean(person));
  const portraitId = params.get('portrait') ?? portraits.data?.[0]?.id;
  const portrait = usePortraitQuery(portraitId ?? '');
  const match = useMatchQuery(personId, portraitId);
  const reserve = useReserveQuery(
    person ? { orgId: person.orgNodeId, q: person.name, status: 'active', page: 1, pageSize: 50 } : null,
  );
  const entry = reserve.data?.items.find((i) => i.person.id === personId);
  const [dialog, setDialog] = useState<'scores' | 'tier' | 'reserve' | null>(null);

  return (
    <>
      <PageHeader
        title={person ? t('talent.person.title', { name: person.name }) : t('nav.talentPerson')}
        extra={<PersonSearch />}
      />
      {credentials.isError ? (
        <ErrorAlert error={credentials.error} onRetry={() => void credentials.refetch()} />
      ) : null}
      {credentials.isPending ? <Skeleton active /> : null}
      {person && credentials.data ? (
        <Flex vertical gap={16}>
          <Card size="small">
            <Descriptions size="small" column={{ xs: 1, md: 4 }}>
              <Descriptions.Item label={t('fields.name')}>{person.name}</Descriptions.Item>
              <Descriptions.Item label={t('fields.orgNodeName')}>{person.orgName}</Descriptions.Item>
              <Descriptions.Item label={t('fields.jobPost')}>{person.jobPost ?? ''}</Descriptions.Item>
              <Descriptions.Item label={t('fields.idNumber')}>{person.idNumber ?? ''}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card title={t('talent.credentials.title')} data-testid="person-credentials">
            <CredentialsPanel data={credentials.data} manage={manage} />
          </Card>
          <Card
            title={t('talent.match.title')}
            extra={
              <Flex gap={8} wrap>
                <Select
                  style={{ minWidth: 220 }}
                  value={portraitId}
                  aria-label={t('talent.portrait.label')}
                  data-testid="match-portrait"
                  loading={portraits.isPending}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(portraits.data ?? []).map((p) => ({ value: p.id, label: p.title }))}
                  onChange={(id: string) => setParams({ portrait: id }, { replace: true })}
                />
                {manage && portrait.data ? (
                  <Button icon={<EditOutlined />} onClick={() => setDialog('scores')}>
                    {t('talent.scores.record')}
                  </Button>
                ) : null}
              </Flex>
            }
          >
            {portraits.isError ? <ErrorAlert error={portraits.error} /> : null}
            {portraits.data?.length === 0 ? <Empty description={t('talent.portrait.noneApply')} /> : null}
            {match.isError ? <ErrorAlert error={match.error} onRetry={() => void match.refetch()} /> : null}
            {match.isFetching && !match.data ? <Skeleton active /> : null}
            {match.data ? <MatchPanel view={match.data} /> : null}
          </Card>
          <Card
            title={t('talent.tier.title')}
            extra={
              manage ? <Button onClick={() => setDialog('tier')}>{t('talent.tier.assign')}</Button> : null
            }
          >
            {match.data ? (
              <TierFacts view={match.data} />
            ) : (
              <Typography.Text type="secondary">{t('talent.tier.needPortrait')}</Typography.Text>
            )}
          </Card>
          <Card
            title={t('talent.reserve.title')}
            data-testid="person-reserve"
            extra={
              manage && !entry && reserve.data ? (
                <Button icon={<PlusOutlined />} onClick={() => setDialog('reserve')}>
                  {t('talent.reserve.enter')}
                </Button>
              ) : null
            }
          >
            {reserve.isError ? (
              <ErrorAlert error={reserve.error} onRetry={() => void reserve.refetch()} />
            ) : null}
            {entry ? (
              <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
                <Descriptions.Item label={t('talent.portrait.label')}>
                  {entry.portrait.title}
                </Descriptions.Item>
                <Descriptions.Item label={t('talent.reserve.enteredOn')}>{entry.enteredOn}</Descriptions.Item>
                <Descriptions.Item label={t('talent.reserve.dueOn')}>
                  {entry.review.dueOn} <ReserveBadges review={entry.review} />
                </Descriptions.Item>
                <Descriptions.Item label={t('talent.reserve.targetTier')}>
                  {l.tier(entry.targetTier)}
                </Descriptions.Item>
                <Descriptions.Item label={t('talent.reserve.direction')}>
                  {entry.direction ?? ''}
                </Descriptions.Item>
                <Descriptions.Item label={t('talent.reserve.criteria')}>
                  {entry.review.meetsCriteria ? (
                    <Tag color="success">{t('talent.reserve.met')}</Tag>
                  ) : (
                    <Tag color="warning">{t('talent.reserve.notMet')}</Tag>
                  )}
                </Descriptions.Item>
              </Descriptions>
            ) : reserve.data ? (
              <Typography.Text type="secondary">{t('talent.reserve.notIn')}</Typography.Text>
            ) : null}
            {entry ? (
              <Flex gap={16} wrap style={{ marginTop: 8 }}>
                <Link to={`/talent/reserve/${entry.id}`}>{t('talent.reserve.openEntry')}</Link>
                <Link to={`/talent/reserve?q=${encodeURIComponent(person.name)}`}>
                  {t('talent.reserve.openPool')}
                </Link>
              </Flex>
            ) : null}
          </Card>
        </Flex>
      ) : null}
      {dialog === 'scores' && portrait.data ? (
        <ScoresModal
          personId={personId}
          portraitId={portrait.data.id}
          indicators={portrait.data.definition.indicators}
          current={Object.fromEntries((match.data?.scores ?? []).map((s) => [s.code, s.score]))}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'tier' ? (
        <TierModal
          personId={personId}
          portraitId={portraitId}
          suggested={match.data?.tier.decision.tier ?? null}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'reserve' ? (
        <EnterReserveModal
          personId={personId}
          portraits={portraits.data ?? []}
          portraitId={portraitId}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </>
  );
}
