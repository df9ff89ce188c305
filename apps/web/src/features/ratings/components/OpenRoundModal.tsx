import { App, Form, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { YearSelect } from '../../../ui/YearSelect';
import { useOpenRoundMutation } from '../api/open-round-mutation';
import type { SchemeDetail } from '../api/types';
import { quarterOf } from './period';

type Values = { version: number; year: number; quarter?: number; title?: string };

/** 发起考评: a round of a published version for a year (and quarter, for quarterly schemes). */
export function OpenRoundModal({ scheme, onClose }: { scheme: SchemeDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const open = useOpenRoundMutation();
  const published = scheme.versions.filter((v) => v.status === 'published');
  const quarterly = scheme.period === 'quarter';
  return (
    <ModalForm<Values>
      title={`${t('ratings.rounds.open')} · ${scheme.name}`}
      form={form}
      pending={open.isPending}
      error={open.error}
      okText={t('ratings.rounds.open')}
      onClose={onClose}
      initialValues={{
        version: published[0]?.version,
        year: dayjs().year(),
        quarter: quarterly ? quarterOf(new Date()) : undefined,
      }}
      onSubmit={(v) =>
        open.mutate(
          {
            schemeId: scheme.id,
            version: v.version,
            year: v.year,
            quarter: quarterly ? (v.quarter ?? null) : null,
            title: v.title?.trim() || undefined,
          },
          {
            onSuccess: ({ id }) => {
              void message.success(t('ratings.rounds.opened'));
              onClose();
              void navigate(`/ratings/rounds/${id}`);
            },
          },
        )
      }
    >
      <Form.Item
        name="version"
        label={t('ratings.rounds.version')}
        extra={t('ratings.rounds.onlyPublished')}
        rules={[rules.requiredChoice(t('ratings.rounds.version'))]}
      >
        <Select<number>
          options={published.map((v) => ({
            value: v.version,
            label: t('ratings.schemes.versionTitle', { version: v.version }),
          }))}
        />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('ratings.rounds.year')}
        rules={[rules.requiredChoice(t('ratings.rounds.year'))]}
      >
        <YearField />
      </Form.Item>
      {quarterly ? (
        <Form.Item
          name="quarter"
          label={t('ratings.rounds.quarter')}
          rules={[rules.requiredChoice(t('ratings.rounds.quarter'))]}
        >
          <Select<number>
            options={[1, 2, 3, 4].map((q) => ({
              value: q,
              label: t('ratings.rounds.quarterLabel', { quarter: q }),
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="title" label={t('ratings.rounds.titleLabel')} rules={[rules.max(100)]}>
        <Input placeholder={t('ratings.rounds.titleHint')} />
      </Form.Item>
    </ModalForm>
  );
}

/** The year picker as a form control (Form.Item passes value and onChange). */
function YearField({ value, onChange }: { value?: number; onChange?: (y: number) => void }) {
  return <YearSelect value={value ?? dayjs().year()} onChange={(y) => onChange?.(y)} past={3} future={1} />;
}
