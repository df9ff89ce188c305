import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { COMMITTEE_POSTS, type CommitteePost } from '@zhibu/shared';
import { App, Button, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay, toDay } from '../../../lib/dates';
import { enumOptions } from '../../../ui/enum-label';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { useLang } from '../../../ui/useLang';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useSaveTermMutation } from '../api/save-term-mutation';
import type { OrgDetail } from '../api/types';

type Values = {
  startsOn: Dayjs;
  endsOn: Dayjs;
  electedOn?: Dayjs | null;
  note?: string;
  posts: { post?: CommitteePost; personId?: string }[];
};

type Props = { org: OrgDetail; mode: 'new' | 'edit'; onClose: () => void };

// 党委 terms last five years, 党总支 and 党支部 terms three (支部工作条例 and 党章).
const TERM_YEARS = { committee: 5, general_branch: 3, branch: 3, group: 3 } as const;

/** Records a newly elected committee (换届) or corrects the current one. */
export function TermFormModal({ org, mode, onClose }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveTermMutation(org.id);
  const current = org.currentTerm;
  const years = TERM_YEARS[org.type];
  // Re-elections often keep most of the committee: a new term starts from the current posts.
  const posts = (current?.posts ?? []).map((p) => ({ post: p.post, personId: p.personId }));
  const known = (current?.posts ?? []).map((p) => ({ value: p.personId, label: p.personName }));
  const initialValues: Partial<Values> =
    mode === 'edit' && current
      ? {
          startsOn: toDay(current.startsOn)!,
          endsOn: toDay(current.endsOn)!,
          electedOn: toDay(current.electedOn),
          note: current.note ?? '',
          posts,
        }
      : {
          startsOn: dayjs().startOf('day'),
          endsOn: dayjs().startOf('day').add(years, 'year'),
          electedOn: dayjs().startOf('day'),
          posts: posts.length > 0 ? posts : [{ post: 'secretary' }],
        };

  const submit = (v: Values) =>
    save.mutate(
      {
        termId: mode === 'edit' ? current?.id : undefined,
        startsOn: fromDay(v.startsOn)!,
        endsOn: fromDay(v.endsOn)!,
        electedOn: fromDay(v.electedOn),
        note: v.note?.trim() ? v.note.trim() : null,
        posts: v.posts
          .filter((p) => p.post && p.personId)
          .map((p) => ({ post: p.post!, personId: p.personId! })),
      },
      {
        onSuccess: () => {
          void message.success(t('orgs.termSaved'));
          onClose();
        },
      },
    );

  return (
    <ModalForm<Values>
      title={mode === 'edit' ? t('orgs.termTitleEdit') : t('orgs.termTitleNew')}
      form={form}
      onSubmit={submit}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      initialValues={initialValues}
      width={680}
    >
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          <Form.Item name="electedOn" label={t('orgs.electedOn')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="startsOn"
            label={t('orgs.startsOn')}
            rules={[rules.requiredChoice(t('orgs.startsOn'))]}
          >
            <DatePicker
              style={{ width: '100%' }}
              onChange={(d: Dayjs | null) => {
                if (d && mode === 'new') form.setFieldValue('endsOn', d.add(years, 'year'));
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item
            name="endsOn"
            label={t('orgs.endsOn')}
            dependencies={['startsOn']}
            rules={[
              rules.requiredChoice(t('orgs.endsOn')),
              ({ getFieldValue }) => ({
                validator: async (_r, v: Dayjs | null) => {
                  const s = getFieldValue('startsOn') as Dayjs | null;
                  if (v && s && !v.isAfter(s, 'day')) throw new Error(t('validation.endAfterStart'));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('orgs.note')} rules={rules.text}>
        <Input />
      </Form.Item>
      <Typography.Text strong>{t('orgs.posts')}</Typography.Text>
      <Form.List name="posts">
        {(fields, { add, remove }) => (
          <Flex vertical gap={0} style={{ marginTop: 8 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="start">
                <Form.Item
                  name={[field.name, 'post']}
                  rules={[rules.requiredChoice(t('orgs.post'))]}
                  style={{ width: 160 }}
                >
                  <Select
                    options={enumOptions(COMMITTEE_POSTS, lang)}
                    placeholder={t('orgs.post')}
                    aria-label={t('orgs.post')}
                  />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'personId']}
                  rules={[rules.requiredChoice(t('orgs.person'))]}
                  style={{ flex: 1 }}
                >
                  <PersonSelect orgId={org.id} known={known} placeholder={t('orgs.personSearch')} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  onClick={() => remove(field.name)}
                  aria-label={t('common.delete')}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ post: 'member' })} block>
              {t('orgs.addPost')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </ModalForm>
  );
}
