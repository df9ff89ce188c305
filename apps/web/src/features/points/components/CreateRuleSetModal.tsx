import { App, Form } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { TemplateRadios } from '../../../ui/TemplateRadios';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useLang } from '../../../ui/useLang';
import { YearSelect } from '../../../ui/YearSelect';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useCreateRuleSetMutation } from '../api/create-rule-set-mutation';
import { usePointTemplatesQuery } from '../api/templates-query';

type Values = { templateKey: string; scopeOrgId: string; year: number };

function PointTemplates(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const templates = usePointTemplatesQuery();
  const options = templates.data?.map((tpl) => ({
    key: tpl.key,
    title: tpl[lang],
    summary: t('points.ruleSets.templateItems', { count: tpl.items }),
    description: lang === 'zh' ? tpl.descriptionZh : null,
  }));
  return <TemplateRadios options={options} error={templates.error} onRetry={() => void templates.refetch()} {...props} />;
}

/** 从模板新建: a draft rule set for a subtree and a year, copied from a built-in template. */
export function CreateRuleSetModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateRuleSetMutation();
  return (
    <ModalForm<Values>
      title={t('points.ruleSets.fromTemplate')}
      form={form}
      width={640}
      pending={create.isPending}
      error={create.error}
      okText={t('common.create')}
      initialValues={{ year: dayjs().year() }}
      onClose={onClose}
      onSubmit={(v) =>
        create.mutate(v, {
          onSuccess: ({ id }) => {
            void message.success(t('points.ruleSets.created'));
            onClose();
            void navigate(`/points/rule-sets/${id}`);
          },
        })
      }
    >
      <Form.Item
        name="templateKey"
        label={t('points.ruleSets.template')}
        rules={[rules.requiredChoice(t('points.ruleSets.template'))]}
      >
        <PointTemplates />
      </Form.Item>
      <Form.Item
        name="scopeOrgId"
        label={t('points.ruleSets.scopeOrg')}
        rules={[rules.requiredChoice(t('points.ruleSets.scopeOrg'))]}
      >
        <OrgTreeSelect placeholder={t('common.select')} />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('points.ruleSets.year')}
        rules={[rules.requiredChoice(t('points.ruleSets.year'))]}
      >
        <YearSelectField />
      </Form.Item>
    </ModalForm>
  );
}

function YearSelectField({ value, onChange }: { value?: number; onChange?: (y: number) => void }) {
  return <YearSelect value={value ?? dayjs().year()} onChange={(y) => onChange?.(y)} past={1} future={1} />;
}
