import { App, Form, Input } from 'antd';
import { zCode } from '@zhibu/shared';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { schemaRule, useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useCreateSchemeMutation } from '../api/create-scheme-mutation';
import { TemplatePicker } from './TemplatePicker';

type Values = { templateKey: string; scopeOrgId: string; code?: string; name?: string };

/** 从模板创建: a copy of a built-in catalogue whose version 1 is a draft to adjust. */
export function CreateSchemeModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateSchemeMutation();
  return (
    <ModalForm<Values>
      title={t('ratings.schemes.fromTemplate')}
      form={form}
      width={720}
      pending={create.isPending}
      error={create.error}
      okText={t('common.create')}
      onClose={onClose}
      onSubmit={(v) =>
        create.mutate(
          {
            templateKey: v.templateKey,
            scopeOrgId: v.scopeOrgId,
            code: v.code?.trim() || undefined,
            name: v.name?.trim() || undefined,
          },
          {
            onSuccess: ({ id }) => {
              void message.success(t('ratings.schemes.created'));
              onClose();
              void navigate(`/ratings/schemes/${id}`);
            },
          },
        )
      }
    >
      <Form.Item
        name="templateKey"
        label={t('ratings.schemes.template')}
        rules={[rules.requiredChoice(t('ratings.schemes.template'))]}
      >
        <TemplatePicker />
      </Form.Item>
      <Form.Item
        name="scopeOrgId"
        label={t('ratings.schemes.scopeOrg')}
        rules={[rules.requiredChoice(t('ratings.schemes.scopeOrg'))]}
      >
        <OrgTreeSelect placeholder={t('common.select')} />
      </Form.Item>
      <Form.Item name="code" label={t('ratings.schemes.code')} rules={[schemaRule(zCode, t)]}>
        <Input placeholder={t('ratings.schemes.codeHint')} maxLength={20} />
      </Form.Item>
      <Form.Item name="name" label={t('ratings.schemes.name')} rules={[rules.max(100)]}>
        <Input placeholder={t('ratings.schemes.nameHint')} />
      </Form.Item>
    </ModalForm>
  );
}
