import { DeleteOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Popconfirm, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useDeleteEvidenceMutation } from '../api/delete-evidence-mutation';
import { evidenceUrl } from '../api/evidence-url';
import type { Evidence } from '../api/types';

type Props = { roundId: string; orgId: string; files: Evidence[]; editable: boolean };

const THUMB = 80;

/** Evidence photos as thumbnails (tap to enlarge), PDFs as links; deletable while the sheet is editable. */
export function EvidenceGallery({ roundId, orgId, files, editable }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const remove = useDeleteEvidenceMutation(roundId, orgId);
  if (files.length === 0) {
    return <Typography.Text type="secondary">{t('ratings.sheet.noEvidence')}</Typography.Text>;
  }
  const url = (id: string, thumb = false) => evidenceUrl(roundId, orgId, id, thumb);
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap data-testid="evidence">
        {files.map((f) => (
          <Flex key={f.id} vertical gap={2} align="center" style={{ width: THUMB }}>
            {f.mime.startsWith('image/') ? (
              <Image
                width={THUMB}
                height={THUMB}
                style={{ objectFit: 'cover', borderRadius: token.borderRadius }}
                src={url(f.id, f.hasThumb)}
                preview={{ src: url(f.id) }}
                alt={f.fileName}
              />
            ) : (
              <a
                href={url(f.id)}
                target="_blank"
                rel="noreferrer"
                aria-label={f.fileName}
                style={{
                  width: THUMB,
                  height: THUMB,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  border: `1px solid ${token.colorBorder}`,
                  borderRadius: token.borderRadius,
                  fontSize: 28,
                }}
              >
                <FilePdfOutlined />
              </a>
            )}
            <Typography.Text ellipsis style={{ width: THUMB, fontSize: token.fontSizeSM }} title={f.fileName}>
              {f.fileName}
            </Typography.Text>
            {editable ? (
              <Popconfirm
                title={t('ratings.sheet.deleteEvidence')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove
                    .mutateAsync(f.id)
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
