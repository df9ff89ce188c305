import { App, Card, Skeleton } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { ResultPage } from '../../../ui/ResultPage';
import { usePersonQuery } from '../api/person-query';
import { useUpdatePersonMutation } from '../api/update-person-mutation';
import { PersonForm } from '../components/PersonForm';
import { changedFields, fromPerson, toPersonFields } from '../components/person-form-values';

export function PersonEditPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { personId = '' } = useParams();
  const person = usePersonQuery(personId);
  const update = useUpdatePersonMutation(personId);
  const initialValues = useMemo(() => (person.data ? fromPerson(person.data) : undefined), [person.data]);
  if (person.isError) return <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />;
  if (!person.data || !initialValues) {
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  }
  const p = person.data;
  if (!p.abilities.update) return <ResultPage kind="403" />;
  const back = () => void navigate(`/people/${p.id}`);
  return (
    <>
      <PageHeader title={`${t('nav.personEdit')} · ${p.name}`} />
      <Card>
        <PersonForm
          mode="edit"
          // Masked values must never be sent back as if they were the real numbers.
          sensitiveEditable={p.sensitiveVisible}
          initialValues={initialValues}
          pending={update.isPending}
          error={update.error}
          onCancel={back}
          onSubmit={(v) => {
            const changes = changedFields(
              toPersonFields(initialValues, p.sensitiveVisible),
              toPersonFields(v, p.sensitiveVisible),
            );
            if (Object.keys(changes).length === 0) return back();
            update.mutate(
              { ...changes, version: p.version },
              {
                onSuccess: () => {
                  void message.success(t('common.saved'));
                  back();
                },
              },
            );
          }}
        />
      </Card>
    </>
  );
}
