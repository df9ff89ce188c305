import { App, Flex, Form, Input, InputNumber, Radio, Select, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
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

function TemplateRadios({
  value,
  onChange,
  id,
}: {
  value?: string;
  onChange?: (v: string) => void;
  id?: string;
}) {
  const lang = useLang();
  const templates = useEvaluationTemplatesQuery();
  if (templates.isError) {
    return <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />;
  }
  if (!templates.data) return <Skeleton active />;
  return (
    <Radio.Group id={id} value={value} onChange={(e) => onChange?.(e.target.value as string)}>
      <Flex vertical gap={8}>
        {templates.data.items.map((tpl) => (
          <Radio key={tpl.key} value={tpl.key}>
            <Typography.Text strong>{tpl[lang]}</Typography.Text>
            {lang === 'zh' ? (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ fontSize: 12, marginBottom: 0 }}
              >
                {tpl.description}
              </Typography.Paragraph>
            ) : null}
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
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
        <TemplateRadios />
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
