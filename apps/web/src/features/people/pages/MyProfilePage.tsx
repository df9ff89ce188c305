import { Card, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { useMe } from '../../auth/hooks/useMe';
import { usePersonQuery } from '../api/person-query';
import { PersonView } from '../components/PersonView';

/** A member's own record (self:read), reached through the account's linked person. */
export function MyProfilePage() {
  const { t } = useTranslation();
  const me = useMe();
  const personId = me.user.personId ?? undefined;
  const person = usePersonQuery(personId);
  if (!personId) return <Result status="info" title={t('people.noPersonLinked')} />;
  if (person.isError) return <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />;
  return (
    <>
      <PageHeader title={t('people.myProfileTitle')} />
      {person.data ? (
        <PersonView person={person.data} />
      ) : (
        <Card>
          <Skeleton active />
        </Card>
      )}
    </>
  );
}
