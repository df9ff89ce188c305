import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { usePublishRuleSetMutation } from '../api/publish-rule-set-mutation';

/** 发布 a draft, after a confirmation that says the version in force will be superseded. */
export function PublishButton({ id, size }: { id: string; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const publish = usePublishRuleSetMutation();
  return (
    <Popconfirm
      title={t('points.ruleSets.publishConfirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      styles={{ root: { maxWidth: 360 } }}
      onConfirm={() =>
        publish
          .mutateAsync(id)
          .then(() => void message.success(t('points.ruleSets.published')))
          .catch((err: unknown) => void message.error(errorText(err, t)))
      }
    >
      <Button size={size} type="primary" loading={publish.isPending}>
        {t('points.ruleSets.publish')}
      </Button>
    </Popconfirm>
  );
}
