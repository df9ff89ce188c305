import { LockOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useCloseRoundMutation, usePublishRoundMutation } from '../api/manage-api';
import type { RoundDetail } from '../api/types';

/** 截止评价 (open) and 公布结果 (closed), each after a confirmation that says what follows. */
export function RoundActions({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const close = useCloseRoundMutation(round.id);
  const publish = usePublishRoundMutation(round.id);
  const failed = (err: unknown) => void message.error(errorText(err, t));
  if (round.status === 'open') {
    return (
      <Popconfirm
        title={t('evaluation.actions.closeConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        styles={{ root: { maxWidth: 360 } }}
        onConfirm={() =>
          close
            .mutateAsync()
            .then((r) => void message.success(t('evaluation.actions.closed', { count: r.revokedLinks })))
            .catch(failed)
        }
      >
        <Button icon={<LockOutlined />} loading={close.isPending}>
          {t('evaluation.actions.close')}
        </Button>
      </Popconfirm>
    );
  }
  if (round.status === 'closed') {
    return (
      <Popconfirm
        title={t('evaluation.actions.publishConfirm')}
        okText={t('common.confirm')}
        cancelText={t('common.cancel')}
        styles={{ root: { maxWidth: 360 } }}
        onConfirm={() =>
          publish
            .mutateAsync()
            .then(() => void message.success(t('evaluation.actions.published')))
            .catch(failed)
        }
      >
        <Button type="primary" icon={<SendOutlined />} loading={publish.isPending}>
          {t('evaluation.actions.publish')}
        </Button>
      </Popconfirm>
    );
  }
  return null;
}
