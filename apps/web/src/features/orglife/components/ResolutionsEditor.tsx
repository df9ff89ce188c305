import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, InputNumber, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useSaveResolutionsMutation } from '../api/save-resolutions-mutation';
import type { MeetingDetail, ResolutionInput } from '../api/types';

type Values = { resolutions: Partial<ResolutionInput>[] };

const TEXT_MAX = 1000;
const COUNTS = ['yes', 'no', 'abstain', 'writtenYes'] as const;

/**
 * Resolutions and their votes. For a 党员大会 a motion passes with yes-votes from more than half of
 * the voting members who should attend; written opinions of absent members count (recruitment votes).
 */
export function ResolutionsEditor({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveResolutionsMutation(meeting.id);
  const submit = (v: Values) =>
    save.mutate(
      {
        version: meeting.version,
        resolutions: (v.resolutions ?? []).map((r) => ({
          text: (r.text ?? '').trim(),
          yes: r.yes ?? 0,
          no: r.no ?? 0,
          abstain: r.abstain ?? 0,
          writtenYes: r.writtenYes ?? 0,
        })),
      },
      { onSuccess: () => void message.success(t('orglife.resolutions.saved')) },
    );
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{
        resolutions: meeting.resolutions.map(({ text, yes, no, abstain, writtenYes }) => ({
          text,
          yes,
          no,
          abstain,
          writtenYes,
        })),
      }}
      onFinish={submit}
    >
      <Form.List name="resolutions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={12}>
            {fields.length === 0 ? (
              <Typography.Text type="secondary">{t('orglife.resolutions.none')}</Typography.Text>
            ) : null}
            {fields.map((field, i) => (
              <div
                key={field.key}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: token.borderRadius,
                  padding: 12,
                }}
              >
                <Flex justify="space-between" align="center">
                  <Typography.Text strong>{t('orglife.resolutions.item', { n: i + 1 })}</Typography.Text>
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('common.delete')}
                  />
                </Flex>
                <Form.Item
                  name={[field.name, 'text']}
                  label={t('orglife.resolutions.text')}
                  rules={[rules.required(t('orglife.resolutions.text')), rules.max(TEXT_MAX)]}
                >
                  <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                </Form.Item>
                <Flex gap={8} wrap>
                  {COUNTS.map((c) => (
                    <Form.Item
                      key={c}
                      name={[field.name, c]}
                      label={t(`orglife.resolutions.${c}`)}
                      style={{ marginBottom: 0, width: 76 }}
                    >
                      <InputNumber min={0} precision={0} style={{ width: '100%' }} inputMode="numeric" />
                    </Form.Item>
                  ))}
                </Flex>
              </div>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ text: '', yes: 0, no: 0, abstain: 0, writtenYes: 0 })}
              block
            >
              {t('orglife.resolutions.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
      {save.error ? (
        <Alert type="error" showIcon title={errorText(save.error, t)} style={{ marginTop: 12 }} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.isPending} block style={{ marginTop: 12 }}>
        {t('orglife.resolutions.save')}
      </Button>
    </Form>
  );
}
