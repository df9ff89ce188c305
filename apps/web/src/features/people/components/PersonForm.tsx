import { EDUCATION_LEVELS, GENDERS, PARTY_STATUSES } from '@zhibu/shared';
import { Alert, App, Button, Card, Checkbox, Col, DatePicker, Flex, Form, Input, Row, Select } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { enumOptions } from '../../../ui/enum-label';
import { useFieldRules } from '../../../ui/field-rules';
import { useLang } from '../../../ui/useLang';
import { useServerIssues } from '../../../ui/useServerIssues';
import { canHoldPeople } from '../../orgs/api/org-nesting';
import { useOrgTreeQuery } from '../../orgs/api/org-tree-query';
import { BusinessUnitSelect } from '../../orgs/components/BusinessUnitSelect';
import type { OrgTreeNode } from '../../orgs/api/types';
import { OrgTreeSelect } from '../../orgs/components/OrgTreeSelect';
import { derivedFromIdNumber, type PersonFormValues } from './person-form-values';

type Props = {
  mode: 'create' | 'edit';
  initialValues: Partial<PersonFormValues>;
  /** false: the user may not see full ID and phone numbers, so they cannot edit them either. */
  sensitiveEditable: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (v: PersonFormValues) => void;
  onCancel: () => void;
};

const col = { xs: 24, sm: 12, xl: 8 } as const;
const full = { width: '100%' } as const;
const holdsPeople = (n: OrgTreeNode) => canHoldPeople(n.type);

/** The person form for creating and editing; the organisation is set here only on creation. */
export function PersonForm({
  mode,
  initialValues,
  sensitiveEditable,
  pending,
  error,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonFormValues>();
  const placed = useServerIssues(form, error);
  const tree = useOrgTreeQuery(mode === 'create');
  const orgNodeId = Form.useWatch('orgNodeId', form);
  const groups = useMemo(
    () => (tree.data ?? []).filter((n) => n.type === 'group' && !n.dissolved && n.parentId === orgNodeId),
    [tree.data, orgNodeId],
  );
  const excluded = Form.useWatch('excludedFromQuorum', form);

  const onIdNumberBlur = () => {
    const id = (form.getFieldValue('idNumber') as string | undefined)?.trim();
    const d = id ? derivedFromIdNumber(id) : null;
    if (!d) return;
    form.setFieldsValue({ birthDate: dayjs(d.birthDate), gender: d.gender });
    void message.info(t('people.idAutoFill'));
  };

  return (
    <Form form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} scrollToFirstError>
      <Flex vertical gap={16}>
        <Card title={t('people.basic')} size="small">
          <Row gutter={16}>
            <Col {...col}>
              <Form.Item name="name" label={t('fields.name')} rules={rules.personName(t('fields.name'))}>
                <Input />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                name="idNumber"
                label={t('fields.idNumber')}
                rules={sensitiveEditable ? [rules.idNumber] : []}
                extra={sensitiveEditable ? undefined : t('people.sensitiveLocked')}
              >
                <Input disabled={!sensitiveEditable} onBlur={onIdNumberBlur} maxLength={18} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                name="gender"
                label={t('fields.gender')}
                rules={[rules.requiredChoice(t('fields.gender'))]}
              >
                <Select options={enumOptions(GENDERS, lang)} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="birthDate" label={t('fields.birthDate')}>
                <DatePicker style={full} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="ethnicity" label={t('fields.ethnicity')} rules={[rules.max(20)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item
                name="phone"
                label={t('fields.phone')}
                rules={sensitiveEditable ? [rules.mobile] : []}
              >
                <Input disabled={!sensitiveEditable} maxLength={11} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="education" label={t('fields.education')}>
                <Select allowClear options={enumOptions(EDUCATION_LEVELS, lang)} />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="jobPost" label={t('fields.jobPost')} rules={[rules.max(50)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="title" label={t('fields.title')} rules={[rules.max(50)]}>
                <Input />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="businessUnitId" label={t('fields.businessUnitId')}>
                <BusinessUnitSelect />
              </Form.Item>
            </Col>
            <Col {...col}>
              <Form.Item name="joinedWorkOn" label={t('fields.joinedWorkOn')}>
                <DatePicker style={full} />
              </Form.Item>
            </Col>
          </Row>
        </Card>
        {mode === 'create' ? (
          <Card title={t('people.placement')} size="small">
            <Row gutter={16}>
              <Col {...col}>
                <Form.Item
                  name="orgNodeId"
                  label={t('fields.orgNodeId')}
                  rules={[rules.requiredChoice(t('fields.orgNodeId'))]}
                  extra={t('people.orgNeedsBranch')}
                >
                  <OrgTreeSelect
                    selectable={holdsPeople}
                    onChange={() => form.setFieldValue('partyGroupId', null)}
                  />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="partyGroupId" label={t('fields.partyGroupId')}>
                  <Select
                    allowClear
                    disabled={groups.length === 0}
                    placeholder={t('people.groupOptional')}
                    options={groups.map((g) => ({ value: g.id, label: g.name }))}
                  />
                </Form.Item>
              </Col>
              <Col {...col}>
                <Form.Item name="placedOn" label={t('people.placedOn')}>
                  <DatePicker style={full} />
                </Form.Item>
              </Col>
            </Row>
          </Card>
        ) : null}
        <Card title={t('people.party')} size="small">
          <Row gutter={16}>
            <Col {...col}>
              <Form.Item
                name="partyStatus"
                label={t('fields.partyStatus')}
                rules={[rules.requiredChoice(t('fields.partyStatus'))]}
              >
                <Select options={enumOptions(PARTY_STATUSES, lang)} />
              </Form.Item>
            </Col>
            {(['appliedOn', 'activistOn', 'developmentOn', 'admittedOn', 'confirmedOn'] as const).map((f) => (
              <Col key={f} {...col}>
                <Form.Item name={f} label={t(`fields.${f}`)}>
                  <DatePicker style={full} />
                </Form.Item>
              </Col>
            ))}
            <Col xs={24}>
              <Form.Item name="excludedFromQuorum" valuePropName="checked">
                <Checkbox>{t('fields.excludedFromQuorum')}</Checkbox>
              </Form.Item>
            </Col>
            {excluded ? (
              <>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="quorumExclusionReason"
                    label={t('fields.quorumExclusionReason')}
                    rules={rules.text}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item
                    name="quorumExclusionRef"
                    label={t('fields.quorumExclusionRef')}
                    rules={[rules.max(100)]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
              </>
            ) : null}
          </Row>
        </Card>
        {/* Next to the save button, where the user is looking after a failed save. */}
        {error && !placed ? <Alert type="error" showIcon title={errorText(error, t)} /> : null}
        <Flex gap={8} justify="flex-end">
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
