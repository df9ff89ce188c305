import { App, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fromDay } from '../../../lib/dates';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { canHoldPeople } from '../../orgs/api/org-nesting';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';
import type { OrgTreeNode } from '../../orgs/api/types';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { useTransferPersonMutation } from '../api/transfer-person-mutation';
import type { PersonDetail } from '../api/types';

type Values = { orgNodeId: string; partyGroupId?: string | null; effectiveOn: Dayjs; note?: string };

/** 组织关系调转: moves a person to another organisation from a given date. */
export function TransferModal({ person, onClose }: { person: PersonDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const transfer = useTransferPersonMutation(person.id);
  const tree = useOrgTreeQuery();
  const orgNodeId = Form.useWatch('orgNodeId', form);
  const groups = useMemo(
    () => (tree.data ?? []).filter((n) => n.type === 'group' && !n.dissolved && n.parentId === orgNodeId),
    [tree.data, orgNodeId],
  );
  const selectable = useMemo(
    () => (n: OrgTreeNode) => canHoldPeople(n.type) && n.id !== person.orgNodeId,
    [person.orgNodeId],
  );
  return (
    <ModalForm<Values>
      title={t('people.transferTitle', { name: person.name })}
      form={form}
      onClose={onClose}
      pending={transfer.isPending}
      error={transfer.error}
      okText={t('people.transfer')}
      initialValues={{ effectiveOn: dayjs().startOf('day') }}
      onSubmit={(v) =>
        transfer.mutate(
          {
            orgNodeId: v.orgNodeId,
            partyGroupId: v.partyGroupId ?? null,
            effectiveOn: fromDay(v.effectiveOn)!,
            note: v.note?.trim() ? v.note.trim() : null,
            version: person.version,
          },
          {
            onSuccess: () => {
              void message.success(t('people.transferred'));
              onClose();
            },
          },
        )
      }
    >
      <Form.Item
        name="orgNodeId"
        label={t('people.transferTo')}
        rules={[rules.requiredChoice(t('people.transferTo'))]}
      >
        <OrgTreeSelect selectable={selectable} onChange={() => form.setFieldValue('partyGroupId', null)} />
      </Form.Item>
      <Form.Item name="partyGroupId" label={t('fields.partyGroupId')}>
        <Select
          allowClear
          disabled={groups.length === 0}
          placeholder={t('people.groupOptional')}
          options={groups.map((g) => ({ value: g.id, label: g.name }))}
        />
      </Form.Item>
      <Form.Item
        name="effectiveOn"
        label={t('people.effectiveOn')}
        rules={[rules.requiredChoice(t('people.effectiveOn'))]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('people.transferNote')} rules={rules.text}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </ModalForm>
  );
}
