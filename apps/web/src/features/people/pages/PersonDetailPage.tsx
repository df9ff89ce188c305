import { EditOutlined, SwapOutlined } from '@ant-design/icons';
import { Button, Card, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultPage } from '../../../ui/ResultPage';
import { PersonTalentLink } from '../../talent/components/PersonTalentLink';
import { usePersonQuery } from '../api/person-query';
import { PartyStatusTag } from '../components/PartyStatusTag';
import { PersonView } from '../components/PersonView';
import { TransferModal } from '../components/TransferModal';

export function PersonDetailPage() {
  const { t } = useTranslation();
  const { personId } = useParams();
  const person = usePersonQuery(personId);
  const [transferring, setTransferring] = useState(false);
  if (person.isError) {
    if (person.error instanceof ApiError && person.error.status === 404) return <ResultPage kind="404" />;
    return <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />;
  }
  if (!person.data) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const p = person.data;
  return (
    <>
      <PageHeader
        title={
          <>
            {p.name} <PartyStatusTag status={p.partyStatus} />
          </>
        }
        extra={
          <>
            {p.abilities.update ? (
              <Link to={`/people/${p.id}/edit`}>
                <Button type="primary" icon={<EditOutlined />}>
                  {t('people.edit')}
                </Button>
              </Link>
            ) : null}
            {p.abilities.transfer ? (
              <Button icon={<SwapOutlined />} onClick={() => setTransferring(true)}>
                {t('people.transfer')}
              </Button>
            ) : null}
            <PersonTalentLink personId={p.id} orgNodeId={p.orgNodeId} />
          </>
        }
      />
      <PersonView person={p} />
      {transferring ? <TransferModal person={p} onClose={() => setTransferring(false)} /> : null}
    </>
  );
}
