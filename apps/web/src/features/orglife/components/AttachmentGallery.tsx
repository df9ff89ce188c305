import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileThumbnails } from '../../../ui/FileThumbnails';
import { attachmentUrl } from '../api/attachment-url';
import { useDeleteAttachmentMutation } from '../api/delete-attachment-mutation';
import type { Attachment } from '../api/types';

type Props = { meetingId: string; attachments: readonly Attachment[]; editable: boolean };

/** A meeting's photos and PDFs; deletable while the record is editable. */
export function AttachmentGallery({ meetingId, attachments, editable }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteAttachmentMutation(meetingId);
  if (attachments.length === 0) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('orglife.photos.none')} />;
  }
  return (
    <FileThumbnails
      files={attachments}
      urlOf={(id, thumb) => attachmentUrl(meetingId, id, thumb)}
      onDelete={editable ? (id) => remove.mutateAsync(id) : undefined}
      deleteTitle={t('orglife.photos.deleteConfirm')}
      testId="attachments"
    />
  );
}
