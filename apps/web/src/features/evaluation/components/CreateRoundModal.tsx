import { App, Flex, Form, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { TemplateRadios } from '../../../ui/TemplateRadios';
import { useLang } from '../../../ui/useLang';
import { YearSelect } from '../../../ui/YearSelect';
import type { OrgTreeNode } from '../../orgs/api/types';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useCreateRoundMutation, useEvaluationTemplatesQuery } from '../api/manage-api';

type Values = {
  orgId: string;
  templateKey: string;
  year: number;
  quarter: number;
  title?: string;
  peerSample?: number | null;
};

function EvaluationTemplates(props: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const lang = useLang();
  const templates = useEvaluationTemplatesQuery();
  const options = templates.data?.items.map((tpl) => ({ key: tpl.key, title: tpl[lang], description: lang === 'zh' ? tpl.description : null }));
  return <TemplateRadios options={options} error={templates.error} onRetry={() => void templates.refetch()} {...props} />;
}

function YearField({ value, onChange }: { value?: number; onChange?: (y: number) => void }) {
  return <YearSelect value={value ?? dayjs().year()} onChange={(y) => onChange?.(y)} past={1} future={1} />;
}

const isBranch = (n: OrgTreeNode) => n.type === 'branch' || n.type === 'general_branch';

/** 新建评价: a draft round for a branch in scope, from a template (by default 4 × 24). */
export function CreateRoundModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateRoundMutation();
  const templates = useEvaluationTemplatesQuery();
  const selectable = useCallback(isBranch, []);
  if (!templates.data && !templates.isError) return null;
  return (
    <ModalForm<Values>
      title={t('evaluation.rounds.create')}
      form={form}
      width={640}
      pending={create.isPending}
      error={create.error}
      okText={t('common.create')}
      initialValues={{ year: dayjs().year(), quarter: 0, templateKey: templates.data?.defaultKey }}
      onClose={onClose}
      onSubmit={(v) =>
        create.mutate(
          {
            orgId: v.orgId,
            templateKey: v.templateKey,
            year: v.year,
            quarter: v.quarter || null,
            title: v.title?.trim() || undefined,
            peerSample: v.peerSample ?? null,
          },
          {
            onSuccess: ({ id }) => {
              void message.success(t('evaluation.rounds.created'));
              onClose();
              void navigate(`/evaluation/rounds/${id}`);
            },
          },
        )
      }
    >
      <Form.Item
        name="orgId"
        label={t('evaluation.rounds.org')}
        rules={[rules.requiredChoice(t('evaluation.rounds.org'))]}
      >
        <OrgTreeSelect placeholder={t('common.select')} selectable={selectable} />
      </Form.Item>
      <Form.Item
        name="templateKey"
        label={t('evaluation.rounds.template')}
        rules={[rules.requiredChoice(t('evaluation.rounds.template'))]}
      >
        <EvaluationTemplates />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item name="year" label={t('common.year')} rules={[rules.requiredChoice(t('common.year'))]}>
          <YearField />
        </Form.Item>
        <Form.Item name="quarter" label={t('evaluation.rounds.quarter')}>
          <Select<number>
            style={{ width: 140 }}
            options={[
              { value: 0, label: t('evaluation.rounds.wholeYear') },
              ...[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="peerSample"
          label={t('evaluation.rounds.peerSample')}
          tooltip={t('evaluation.rounds.peerSampleHint')}
        >
          <InputNumber<number> min={1} max={500} precision={0} style={{ width: 140 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="title" label={t('evaluation.rounds.name')} rules={[rules.max(200)]}>
        <Input placeholder={t('evaluation.rounds.autoTitle')} />
      </Form.Item>
    </ModalForm>
  );
}
