import { App, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useLang } from '../../../ui/useLang';
import { useOverrideMutation } from '../api/override-mutation';
import type { LeagueItem, LevelLabel } from '../api/types';

type Values = { level: number; reason?: string };

const WITHDRAW = -1;

/** 破格定级: a level outside the rules with its reason (or withdrawing one); applied by the next evaluation. */
export function OverrideModal(p: {
  roundId: string;
  item: LeagueItem;
  levels: LevelLabel[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useOverrideMutation(p.roundId);
  const level = Form.useWatch('level', form);
  const withdrawing = level === WITHDRAW;
  return (
    <ModalForm<Values>
      title={t('ratings.override.title', { name: p.item.name })}
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={p.onClose}
      initialValues={{ level: p.item.level ?? undefined, reason: p.item.flags.overrideReason ?? undefined }}
      onSubmit={(v) =>
        save.mutate(
          { orgId: p.item.orgId, level: v.level === WITHDRAW ? null : v.level, reason: v.reason?.trim() },
          {
            onSuccess: () => {
              void message.success(
                t(v.level === WITHDRAW ? 'ratings.override.withdrawn' : 'ratings.override.saved'),
              );
              p.onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="level"
        label={t('ratings.override.level')}
        rules={[rules.requiredChoice(t('ratings.override.level'))]}
      >
        <Select<number>
          options={[
            ...[...p.levels].reverse().map((l) => ({ value: l.level, label: l[lang] })),
            ...(p.item.flags.overridden ? [{ value: WITHDRAW, label: t('ratings.override.withdraw') }] : []),
          ]}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('ratings.override.reason')}
        rules={
          withdrawing ? [rules.max(500)] : [rules.required(t('ratings.override.reason')), rules.max(500)]
        }
      >
        <Input.TextArea autoSize={{ minRows: 3 }} placeholder={t('ratings.override.reasonHint')} />
      </Form.Item>
    </ModalForm>
  );
}
