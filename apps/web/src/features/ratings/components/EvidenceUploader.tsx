import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useUploadEvidenceMutation } from '../api/upload-evidence-mutation';

const MAX_BYTES = 10 * 1024 * 1024;

/** Picks photos (the phone offers its camera too) or PDFs; the server checks type and size again. */
export function EvidenceUploader({ roundId, orgId, code }: { roundId: string; orgId: string; code: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const upload = useUploadEvidenceMutation(roundId, orgId);
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const send = async (el: HTMLInputElement) => {
    const files = [...(el.files ?? [])];
    el.value = '';
    setBusy(true);
    try {
      for (const file of files) {
        if (file.size > MAX_BYTES) {
          void message.error(t('ratings.sheet.tooLarge', { name: file.name }));
          continue;
        }
        try {
          await upload.mutateAsync({ code, file });
          void message.success(t('ratings.sheet.uploaded', { name: file.name }));
        } catch (err) {
          void message.error(errorText(err, t));
        }
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <Flex align="center" gap={8} wrap>
      <Button size="small" icon={<PaperClipOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {t('ratings.sheet.upload')}
      </Button>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('ratings.sheet.uploadHint')}
      </Typography.Text>
      <input
        ref={input}
        type="file"
        accept="image/jpeg,image/png,image/webp,application/pdf"
        multiple
        hidden
        data-testid={`evidence-input-${code}`}
        onChange={(e) => void send(e.currentTarget)}
      />
    </Flex>
  );
}
