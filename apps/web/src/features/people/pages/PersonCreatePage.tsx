import { App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { fromDay } from '../../../lib/dates';
import { PageHeader } from '../../../ui/PageHeader';
import { useCan } from '../../auth/hooks/useCan';
import { useCreatePersonMutation } from '../api/create-person-mutation';
import { PersonForm } from '../components/PersonForm';
import { toPersonFields } from '../components/person-form-values';

export function PersonCreatePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const can = useCan();
  const create = useCreatePersonMutation();
  return (
    <>
      <PageHeader title={t('people.create')} />
      <Card>
        <PersonForm
          mode="create"
          // Secretaries without person:read-sensitive still enter ID numbers for new people.
          sensitiveEditable
          initialValues={{
            partyStatus: 'full',
            excludedFromQuorum: false,
            orgNodeId: params.get('orgId') ?? undefined,
          }}
          pending={create.isPending}
          error={create.error}
          onCancel={() => void navigate(-1)}
          onSubmit={(v) =>
            create.mutate(
              {
                ...toPersonFields(v, true),
                orgNodeId: v.orgNodeId!,
                partyGroupId: v.partyGroupId ?? null,
                placedOn: fromDay(v.placedOn),
              },
              {
                onSuccess: ({ id }) => {
                  void message.success(t('people.created'));
                  void navigate(can('person:read') ? `/people/${id}` : '/people', { replace: true });
                },
              },
            )
          }
        />
      </Card>
    </>
  );
}
