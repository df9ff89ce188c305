import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Flex, Form, Input, Row, theme } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { fromDay, toDay } from '../../../lib/dates';
import { useFieldRules } from '../../../ui/field-rules';
import { ModalForm } from '../../../ui/ModalForm';
import { PersonSelect } from '../../people/components/PersonSelect';
import { useSaveRectificationsMutation } from '../api/save-rectifications-mutation';
import type { RectificationItem } from '../api/types';

type ItemValues = {
  problem?: string;
  measure?: string;
  ownerPersonId?: string;
  dueOn?: Dayjs | null;
  closedOn?: Dayjs | null;
};
type Values = { items: ItemValues[] };

const TEXT_MAX = 500;

/** Edits the whole rectification list at once (the API replaces it). */
export function RectificationModal({
  meetingId,
  items,
  onClose,
}: {
  meetingId: string;
  items: RectificationItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveRectificationsMutation(meetingId);
  const known = items
    .filter((i) => i.ownerPersonId && i.ownerName)
    .map((i) => ({ value: i.ownerPersonId!, label: i.ownerName! }));
  return (
    <ModalForm<Values>
      title={t('orglife.rectify.title')}
      form={form}
      pending={save.isPending}
      error={save.error}
      onClose={onClose}
      width={720}
      initialValues={{
        items: items.map((i) => ({
          problem: i.problem,
          measure: i.measure,
          ownerPersonId: i.ownerPersonId ?? undefined,
          dueOn: toDay(i.dueOn),
          closedOn: toDay(i.closedOn),
        })),
      }}
      onSubmit={(v) =>
        save.mutate(
          (v.items ?? []).map((r) => ({
            problem: (r.problem ?? '').trim(),
            measure: (r.measure ?? '').trim(),
            ownerPersonId: r.ownerPersonId ?? null,
            dueOn: fromDay(r.dueOn),
            closedOn: fromDay(r.closedOn),
          })),
          {
            onSuccess: () => {
              void message.success(t('common.saved'));
              onClose();
            },
          },
        )
      }
    >
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.map((f) => (
              <div
                key={f.key}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadius,
                  padding: 12,
                }}
              >
                <Row gutter={8}>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[f.name, 'problem']}
                      label={t('orglife.rectify.problem')}
                      rules={[rules.required(t('orglife.rectify.problem')), rules.max(TEXT_MAX)]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name={[f.name, 'measure']}
                      label={t('orglife.rectify.measure')}
                      rules={[rules.required(t('orglife.rectify.measure')), rules.max(TEXT_MAX)]}
                    >
                      <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={8}>
                    <Form.Item name={[f.name, 'ownerPersonId']} label={t('orglife.rectify.owner')}>
                      <PersonSelect known={known} placeholder={t('orglife.personSearch')} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={7}>
                    <Form.Item name={[f.name, 'dueOn']} label={t('orglife.rectify.dueOn')}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={7}>
                    <Form.Item name={[f.name, 'closedOn']} label={t('orglife.rectify.closedOn')}>
                      <DatePicker style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={2} style={{ display: 'flex', alignItems: 'center' }}>
                    <Button
                      danger
                      type="text"
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('common.delete')}
                    />
                  </Col>
                </Row>
              </div>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block>
              {t('orglife.rectify.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </ModalForm>
  );
}
