import { levelsForKind, type CredentialKind, type CredentialLevel } from '@zhibu/shared';
import { App, DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { ModalForm } from '../../../ui/ModalForm';
import { useAddCredentialMutation } from '../api/mutations';
import { useTalentLabels } from './labels';

type Values = {
  kind: CredentialKind;
  name: string;
  level?: CredentialLevel;
  issuer?: string;
  obtainedOn: Dayjs;
  expiresOn?: Dayjs | null;
  result?: string;
  certificateNo?: string;
};

/** Records one credential by hand; the level list follows the kind (a title has its own ladder). */
export function AddCredentialModal({ personId, onClose }: { personId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const l = useTalentLabels();
  const [form] = Form.useForm<Values>();
  const add = useAddCredentialMutation();
  const kind = Form.useWatch('kind', form) ?? 'certificate';
  const req = (field: string) => [{ required: true, message: t('common.required', { field }) }];
  return (
    <ModalForm<Values>
      title={t('talent.credentials.add')}
      form={form}
      initialValues={{ kind: 'certificate' }}
      pending={add.isPending}
      error={add.error}
      onClose={onClose}
      onSubmit={(v) =>
        add.mutate(
          {
            personId,
            body: {
              kind: v.kind,
              name: v.name,
              level: v.level ?? null,
              issuer: v.issuer || null,
              obtainedOn: fromDay(v.obtainedOn)!,
              expiresOn: fromDay(v.expiresOn),
              result: v.result || null,
              certificateNo: v.certificateNo || null,
            },
          },
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              onClose();
            },
          },
        )
      }
    >
      <Form.Item name="kind" label={t('talent.credentials.kind')} rules={req(t('talent.credentials.kind'))}>
        <Select options={l.kindOptions} onChange={() => form.setFieldValue('level', undefined)} />
      </Form.Item>
      <Form.Item name="name" label={t('talent.credentials.name')} rules={req(t('talent.credentials.name'))}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('talent.credentials.level')}
        rules={kind === 'title' ? req(t('talent.credentials.level')) : []}
      >
        <Select allowClear options={levelsForKind(kind).map((x) => ({ value: x.value, label: x[l.lang] }))} />
      </Form.Item>
      <Form.Item name="issuer" label={t('talent.credentials.issuer')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="obtainedOn"
        label={t('talent.credentials.obtainedOn')}
        rules={req(t('talent.credentials.obtainedOn'))}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('talent.credentials.expiresOn')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="result" label={t('talent.credentials.result')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="certificateNo" label={t('talent.credentials.certificateNo')}>
        <Input maxLength={50} />
      </Form.Item>
    </ModalForm>
  );
}
