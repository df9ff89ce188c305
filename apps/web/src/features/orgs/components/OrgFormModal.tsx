import { ORG_TYPES, type OrgType } from '@zhibu/shared';
import { App, Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay, toDay } from '../../../lib/dates';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import { useCreateOrgMutation } from '../api/create-org-mutation';
import { childTypesOf } from '../api/org-nesting';
import type { OrgDetail, OrgFields } from '../api/types';
import { useUpdateOrgMutation } from '../api/update-org-mutation';
import { BusinessUnitSelect } from './BusinessUnitSelect';

type Values = {
  type?: OrgType;
  name: string;
  shortName?: string;
  code: string;
  businessUnitId?: string | null;
  foundedOn?: Dayjs | null;
  contactName?: string;
  contactPhone?: string;
  isJoint?: boolean;
  isTemporary?: boolean;
};

type Props =
  | { mode: 'create'; parent: OrgDetail; onClose: () => void; onCreated: (id: string) => void }
  | { mode: 'edit'; org: OrgDetail; onClose: () => void };

const blankToNull = (s: string | undefined | null) => (s && s.trim() !== '' ? s.trim() : null);

function toFields(v: Values): OrgFields {
  return {
    name: v.name.trim(),
    shortName: blankToNull(v.shortName),
    code: v.code.trim(),
    businessUnitId: v.businessUnitId ?? null,
    foundedOn: fromDay(v.foundedOn),
    contactName: blankToNull(v.contactName),
    contactPhone: blankToNull(v.contactPhone),
    isJoint: v.isJoint ?? false,
    isTemporary: v.isTemporary ?? false,
  };
}

/** Creates a sub-organisation, or edits (and renames) an existing one. */
export function OrgFormModal(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateOrgMutation();
  const update = useUpdateOrgMutation(props.mode === 'edit' ? props.org.id : '');
  const mutation = props.mode === 'create' ? create : update;

  const initialValues: Partial<Values> =
    props.mode === 'edit'
      ? {
          name: props.org.name,
          shortName: props.org.shortName ?? '',
          code: props.org.code,
          businessUnitId: props.org.businessUnitId,
          foundedOn: toDay(props.org.foundedOn),
          contactName: props.org.contactName ?? '',
          contactPhone: props.org.contactPhone ?? '',
          isJoint: props.org.isJoint,
          isTemporary: props.org.isTemporary,
        }
      : { type: childTypesOf(props.parent.type)[0], isJoint: false, isTemporary: false };

  const submit = (v: Values) => {
    if (props.mode === 'create') {
      create.mutate(
        { ...toFields(v), parentId: props.parent.id, type: v.type! },
        {
          onSuccess: ({ id }) => {
            void message.success(t('orgs.created'));
            props.onCreated(id);
          },
        },
      );
    } else {
      update.mutate(
        { ...toFields(v), version: props.org.version },
        {
          onSuccess: () => {
            void message.success(t('common.saved'));
            props.onClose();
          },
        },
      );
    }
  };

  return (
    <ModalForm<Values>
      title={
        props.mode === 'create'
          ? t('orgs.createTitle', { parent: props.parent.name })
          : t('orgs.editTitle', { name: props.org.name })
      }
      form={form}
      onSubmit={submit}
      onClose={props.onClose}
      pending={mutation.isPending}
      error={mutation.error}
      initialValues={initialValues}
      width={640}
    >
      {props.mode === 'create' ? (
        <Form.Item name="type" label={t('orgs.type')} rules={[rules.requiredChoice(t('orgs.type'))]}>
          <Select
            options={childTypesOf(props.parent.type).map((v) => ({
              value: v,
              label: enumLabel(ORG_TYPES, v, lang),
            }))}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="name" label={t('orgs.name')} rules={rules.orgName(t('orgs.name'))}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="shortName" label={t('orgs.shortName')} rules={rules.shortName}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="code" label={t('orgs.code')} rules={[rules.required(t('orgs.code')), rules.code]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="businessUnitId" label={t('orgs.businessUnit')}>
            <BusinessUnitSelect />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="foundedOn" label={t('orgs.foundedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="contactName" label={t('orgs.contactName')} rules={[rules.max(50)]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="contactPhone" label={t('orgs.contactPhone')} rules={[rules.contactPhone]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="isJoint" valuePropName="checked" noStyle>
        <Checkbox>{t('orgs.isJoint')}</Checkbox>
      </Form.Item>
      <Form.Item name="isTemporary" valuePropName="checked" noStyle>
        <Checkbox>{t('orgs.isTemporary')}</Checkbox>
      </Form.Item>
    </ModalForm>
  );
}
