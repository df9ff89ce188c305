import { Button, Card, Empty, Flex, Form, Input, List, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import { errorText } from '../../../ui/error-text';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useFieldRules } from '../../../ui/field-rules';
import { useAddCommentMutation, useCommentsQuery } from '../api/rate-api';
import type { PublishedItem } from '../api/types';

type Values = { subjectId: string; body: string };
const WHOLE = '';

/** 意见和评论 on the published results: on the round as a whole or on one member's result. */
export function CommentsPanel({ roundId, members }: { roundId: string; members: PublishedItem[] }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const comments = useCommentsQuery(roundId, true);
  const add = useAddCommentMutation(roundId);
  const [form] = Form.useForm<Values>();
  const names = new Map(members.map((m) => [m.personId, m.name]));
  return (
    <Card size="small" title={t('evaluation.published.comments')} data-testid="comments">
      {comments.isError ? (
        <ErrorAlert error={comments.error} onRetry={() => void comments.refetch()} />
      ) : null}
      {comments.data?.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.published.none')} />
      ) : null}
      {comments.data && comments.data.length > 0 ? (
        <List
          size="small"
          dataSource={comments.data}
          renderItem={(c) => (
            <List.Item data-testid="comment">
              <List.Item.Meta
                title={
                  <Flex gap={8} wrap>
                    <Typography.Text strong>{c.authorName}</Typography.Text>
                    {c.subjectId ? (
                      <Typography.Text type="secondary">→ {names.get(c.subjectId)}</Typography.Text>
                    ) : null}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(c.createdAt)}
                    </Typography.Text>
                  </Flex>
                }
                description={<span style={{ whiteSpace: 'pre-wrap' }}>{c.body}</span>}
              />
            </List.Item>
          )}
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ subjectId: WHOLE, body: '' }}
        style={{ marginTop: 12 }}
        onFinish={(v) =>
          add.mutate(
            { body: v.body.trim(), subjectId: v.subjectId || null },
            { onSuccess: () => form.resetFields() },
          )
        }
      >
        <Form.Item name="subjectId" label={t('evaluation.published.subject')}>
          <Select<string>
            showSearch={{ optionFilterProp: 'label' }}
            style={{ maxWidth: 320 }}
            options={[
              { value: WHOLE, label: t('evaluation.published.whole') },
              ...members.map((m) => ({ value: m.personId, label: m.name })),
            ]}
          />
        </Form.Item>
        <Form.Item
          name="body"
          label={t('evaluation.published.body')}
          rules={[rules.required(t('evaluation.published.body')), rules.max(2000)]}
          validateStatus={add.error ? 'error' : undefined}
          help={add.error ? errorText(add.error, t) : undefined}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          {t('evaluation.published.add')}
        </Button>
      </Form>
    </Card>
  );
}
