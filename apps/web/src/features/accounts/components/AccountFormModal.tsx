import { App, Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LIMITS, zMobile } from '@zhibu/shared';
import type { FormRule } from 'antd';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useCreateAccountMutation } from '../api/create-account-mutation';
import type { Account } from '../api/types';
import { useUpdateAccountMutation } from '../api/update-account-mutation';
import { generatePassword } from './generate-password';
import { PersonCandidateSelect } from './PersonCandidateSelect';

type Values = {
  username: string;
  displayName: string;
  phone?: string;
  personId?: string | null;
  initialPassword: string;
};

type Props = { account?: Account; onClose: () => void };

const blank = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : null);

/** Creates an account (with an initial password) or edits one. */
export function AccountFormModal({ account, onClose }: Props) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccountMutation();
  const update = useUpdateAccountMutation();
  const mutation = account ? update : create;
  // Editing shows the stored phone masked; leaving it untouched is not an invalid number.
  const phoneRule: FormRule = account
    ? {
        validator: async (_r, v: unknown) => {
          if (!v || v === account.phone) return;
          if (!zMobile.safeParse(v).success) throw new Error(t('validation.mobile'));
        },
      }
    : rules.mobile;
  const submit = (v: Values) => {
    if (!account) {
      create.mutate(
        {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          phone: blank(v.phone),
          personId: v.personId ?? null,
          initialPassword: v.initialPassword,
        },
        {
          onSuccess: () => {
            void message.success(t('accounts.created'));
            onClose();
          },
        },
      );
      return;
    }
    // The list shows phones masked: only a newly typed number replaces the stored one.
    const phone = blank(v.phone);
    update.mutate(
      {
        id: account.id,
        displayName: v.displayName.trim(),
        personId: v.personId ?? null,
        ...(phone && phone !== account.phone ? { phone } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('common.saved'));
          onClose();
        },
      },
    );
  };
  return (
    <ModalForm<Values>
      title={account ? t('accounts.editTitle', { username: account.username }) : t('accounts.createTitle')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={
        account
          ? {
              username: account.username,
              displayName: account.displayName,
              phone: account.phone ?? '',
              personId: account.personId,
            }
          : { initialPassword: generatePassword() }
      }
    >
      <Form.Item
        name="username"
        label={t('accounts.username')}
        rules={[rules.required(t('accounts.username')), rules.username]}
      >
        <Input disabled={!!account} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('accounts.displayName')}
        rules={rules.personName(t('accounts.displayName'))}
      >
        <Input maxLength={LIMITS.nameMax} />
      </Form.Item>
      <Form.Item name="phone" label={t('accounts.phone')} rules={[phoneRule]}>
        <Input maxLength={11} />
      </Form.Item>
      <Form.Item name="personId" label={t('accounts.person')}>
        <PersonCandidateSelect
          placeholder={t('accounts.personSearch')}
          known={account?.personId ? { value: account.personId, label: account.personName ?? '' } : undefined}
        />
      </Form.Item>
      {account ? null : (
        <Form.Item
          label={t('accounts.initialPassword')}
          extra={`${t('accounts.initialPasswordHint')}；${t('auth.passwordPolicy')}`}
          // The input sits in a Space.Compact with the generate button: point the label at it.
          htmlFor="initialPassword"
          required
        >
          <Space.Compact style={{ width: '100%' }}>
            <Form.Item
              name="initialPassword"
              noStyle
              rules={[rules.requiredSecret(t('accounts.initialPassword')), rules.password]}
            >
              <Input autoComplete="new-password" />
            </Form.Item>
            <Button onClick={() => form.setFieldValue('initialPassword', generatePassword())}>
              {t('accounts.generate')}
            </Button>
          </Space.Compact>
        </Form.Item>
      )}
    </ModalForm>
  );
}
