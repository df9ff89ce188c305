import { CameraOutlined, PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useUploadAttachmentMutation } from '../api/upload-attachment-mutation';

const MAX_BYTES = 10 * 1024 * 1024;

/**
 * Two plain file inputs behind buttons: one opens the phone's camera (`capture`), the other picks
 * photos or PDFs. The server checks type and size again (415 / 413) and makes the thumbnails.
 */
export function PhotoUploader({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadAttachmentMutation(meetingId);
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const send = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    // Reset so that choosing the same file again fires another change event.
    input.value = '';
    setBusy(true);
    try {
      for (const f of files) {
        if (f.size > MAX_BYTES) {
          void message.error(t('orglife.photos.tooLarge', { name: f.name }));
          continue;
        }
        try {
          await upload.mutateAsync(f);
          void message.success(t('orglife.photos.uploaded', { name: f.name }));
        } catch (err) {
          void message.error(errorText(err, t));
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        <Button
          type="primary"
          icon={<CameraOutlined />}
          loading={busy}
          onClick={() => camera.current?.click()}
        >
          {t('orglife.photos.takePhoto')}
        </Button>
        <Button icon={<PaperClipOutlined />} disabled={busy} onClick={() => picker.current?.click()}>
          {t('orglife.photos.chooseFile')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('orglife.photos.hint')}</Typography.Text>
      <input
        ref={camera}
        type="file"
        accept="image/*"
        capture="environment"
        hidden
        data-testid="photo-camera-input"
        onChange={(e) => void send(e.currentTarget)}
      />
      <input
        ref={picker}
        type="file"
        accept="image/jpeg,image/png,image/webp,application/pdf"
        multiple
        hidden
        data-testid="photo-file-input"
        onChange={(e) => void send(e.currentTarget)}
      />
    </Flex>
  );
}
