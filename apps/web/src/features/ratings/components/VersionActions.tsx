import { DeleteOutlined, DownOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Flex, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useCan } from '../../auth/hooks/useCan';
import { useDeleteDraftMutation } from '../api/delete-draft-mutation';
import { useNewVersionMutation } from '../api/new-version-mutation';
import { usePublishVersionMutation } from '../api/publish-version-mutation';
import { downloadSchemeVersion } from '../api/scheme-export-download';
import type { SchemeVersionItem } from '../api/types';

type Props = { schemeId: string; v: SchemeVersionItem; onSelect: (version: number) => void };

/** 发布 (draft), 新建版本, 导出 Excel / JSON, 删除草稿. */
export function VersionActions({ schemeId, v, onSelect }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const manage = can('rating:manage');
  const publish = usePublishVersionMutation(schemeId);
  const copy = useNewVersionMutation(schemeId);
  const remove = useDeleteDraftMutation(schemeId);
  const fail = (err: unknown) => void message.error(errorText(err, t));
  const draft = v.status === 'draft';
  return (
    <Flex gap={4} wrap>
      {manage && draft ? (
        <Popconfirm
          title={t('ratings.schemes.publishConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            publish
              .mutateAsync(v.version)
              .then(() => void message.success(t('ratings.schemes.publishedOk', { version: v.version })))
              .catch(fail)
          }
        >
          <Button size="small" type="primary" loading={publish.isPending}>
            {t('ratings.schemes.publish')}
          </Button>
        </Popconfirm>
      ) : null}
      {manage ? (
        <Button
          size="small"
          loading={copy.isPending}
          onClick={() =>
            copy.mutate(v.version, {
              onSuccess: ({ version }) => {
                void message.success(t('ratings.schemes.newVersionOk', { version }));
                onSelect(version);
              },
              onError: fail,
            })
          }
        >
          {t('ratings.schemes.newVersion')}
        </Button>
      ) : null}
      <Dropdown
        menu={{
          items: [
            { key: 'xlsx', label: t('ratings.schemes.exportXlsx') },
            { key: 'json', label: t('ratings.schemes.exportJson') },
          ],
          onClick: ({ key }) =>
            void downloadSchemeVersion(schemeId, v.version, key as 'xlsx' | 'json').catch(fail),
        }}
      >
        <Button size="small">
          {t('common.export')} <DownOutlined />
        </Button>
      </Dropdown>
      {manage && draft ? (
        <Popconfirm
          title={t('ratings.schemes.deleteConfirm', { version: v.version })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            remove
              .mutateAsync(v.version)
              .then(() => void message.success(t('ratings.schemes.deleted')))
              .catch(fail)
          }
        >
          <Button size="small" danger icon={<DeleteOutlined />}>
            {t('ratings.schemes.deleteDraft')}
          </Button>
        </Popconfirm>
      ) : null}
    </Flex>
  );
}
