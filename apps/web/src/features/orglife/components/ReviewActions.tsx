import { App, Button, Form, Input, Modal, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useTransitionMeetingMutation } from '../api/transition-meeting-mutation';
import type { MeetingDetail } from '../api/types';

const REASON_MIN = 2;
const REASON_MAX = 500;

/** The reviewer's actions: approve a recorded meeting, return it with a reason, reopen a reviewed one. */
export function ReviewActions({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransitionMeetingMutation(meeting.id);
  const [returning, setReturning] = useState(false);
  if (!meeting.abilities.review) return null;
  const run = (action: 'approve' | 'reopen') =>
    transition
      .mutateAsync({ action, version: meeting.version })
      .then(() => void message.success(t('common.done')))
      .catch((err: unknown) => void message.error(errorText(err, t)));
  const recorded = meeting.status === 'recorded';
  const reviewed = meeting.status === 'reviewed';
  return (
    <>
      {recorded ? (
        <Popconfirm
          title={t('orglife.review.approveConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('approve')}
        >
          <Button type="primary">{t('orglife.review.approve')}</Button>
        </Popconfirm>
      ) : null}
      {recorded || reviewed ? (
        <Button danger onClick={() => setReturning(true)}>
          {t('orglife.review.return')}
        </Button>
      ) : null}
      {reviewed ? (
        <Popconfirm
          title={t('orglife.review.reopenConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => run('reopen')}
        >
          <Button>{t('orglife.review.reopen')}</Button>
        </Popconfirm>
      ) : null}
      {returning ? <ReturnModal meeting={meeting} onClose={() => setReturning(false)} /> : null}
    </>
  );
}

function ReturnModal({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const rules = useFieldRules();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const transition = useTransitionMeetingMutation(meeting.id);
  return (
    <Modal
      open
      title={t('orglife.review.returnTitle')}
      okText={t('orglife.review.return')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      mask={{ closable: false }}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          transition.mutate(
            { action: 'return', version: meeting.version, reason: v.reason.trim() },
            {
              onSuccess: () => {
                void message.success(t('orglife.review.returned'));
                onClose();
              },
              onError: (err) => void message.error(errorText(err, t)),
            },
          )
        }
      >
        <Form.Item
          name="reason"
          label={t('orglife.review.reason')}
          rules={[
            rules.required(t('orglife.review.reason')),
            { min: REASON_MIN, message: t('orglife.review.reasonMin', { min: REASON_MIN }) },
            rules.max(REASON_MAX),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3 }} placeholder={t('orglife.review.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
