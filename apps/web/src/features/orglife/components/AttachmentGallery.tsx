import { DeleteOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, Image, Popconfirm, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { attachmentUrl } from '../api/attachment-url';
import { useDeleteAttachmentMutation } from '../api/delete-attachment-mutation';
import type { Attachment } from '../api/types';

type Props = { meetingId: string; attachments: readonly Attachment[]; editable: boolean };

const THUMB = 96;

/** Photos as thumbnails (tap to enlarge), PDFs as links; deletable while the record is editable. */
export function AttachmentGallery({ meetingId, attachments, editable }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const remove = useDeleteAttachmentMutation(meetingId);
  if (attachments.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orglife.photos.none')} />;
  }
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap data-testid="attachments">
        {attachments.map((a) => (
          <Flex key={a.id} vertical gap={4} align="center" style={{ width: THUMB }}>
            {a.mime.startsWith('image/') ? (
              <Image
                width={THUMB}
                height={THUMB}
                style={{ objectFit: 'cover', borderRadius: token.borderRadius }}
                src={attachmentUrl(meetingId, a.id, a.hasThumb)}
                preview={{ src: attachmentUrl(meetingId, a.id) }}
                alt={a.fileName}
              />
            ) : (
              <a
                href={attachmentUrl(meetingId, a.id)}
                target="_blank"
                rel="noreferrer"
                style={{
                  width: THUMB,
                  height: THUMB,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  border: `1px solid ${token.colorBorder}`,
                  borderRadius: token.borderRadius,
                  fontSize: 32,
                }}
                aria-label={a.fileName}
              >
                <FilePdfOutlined />
              </a>
            )}
            <Typography.Text ellipsis style={{ width: THUMB, fontSize: token.fontSizeSM }} title={a.fileName}>
              {a.fileName}
            </Typography.Text>
            {editable ? (
              <Popconfirm
                title={t('orglife.photos.deleteConfirm')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove
                    .mutateAsync(a.id)
                    .then(() => void message.success(t('common.done')))
                    .catch((err: unknown) => void message.error(errorText(err, t)))
                }
              >
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                />
              </Popconfirm>
            ) : null}
          </Flex>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
