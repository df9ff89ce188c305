import { DeleteOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Popconfirm, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from './error-text';

export type ThumbnailFile = { id: string; fileName: string; mime: string; hasThumb: boolean };

type Props = {
  files: readonly ThumbnailFile[];
  /** Where the browser loads a file, or its thumbnail. */
  urlOf: (id: string, thumb?: boolean) => string;
  /** Deletes a file after confirmation; without it the files are read-only. */
  onDelete?: (id: string) => Promise<unknown>;
  deleteTitle?: string;
  size?: number;
  testId?: string;
};

/** Uploaded files: photos as thumbnails (tap to enlarge), PDFs as links, each deletable when allowed. */
export function FileThumbnails({ files, urlOf, onDelete, deleteTitle, size = 96, testId }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  return (
    <Image.PreviewGroup>
      <Flex gap={8} wrap data-testid={testId}>
        {files.map((f) => (
          <Flex key={f.id} vertical gap={4} align="center" style={{ width: size }}>
            {f.mime.startsWith('image/') ? (
              <Image
                width={size}
                height={size}
                style={{ objectFit: 'cover', borderRadius: token.borderRadius }}
                src={urlOf(f.id, f.hasThumb)}
                preview={{ src: urlOf(f.id) }}
                alt={f.fileName}
              />
            ) : (
              <a
                href={urlOf(f.id)}
                target="_blank"
                rel="noreferrer"
                aria-label={f.fileName}
                style={{
                  width: size,
                  height: size,
                  display: 'flex',
                  alignItems: 'center',
                  justifyContent: 'center',
                  border: `1px solid ${token.colorBorder}`,
                  borderRadius: token.borderRadius,
                  fontSize: Math.round(size / 3),
                }}
              >
                <FilePdfOutlined />
              </a>
            )}
            <Typography.Text ellipsis style={{ width: size, fontSize: token.fontSizeSM }} title={f.fileName}>
              {f.fileName}
            </Typography.Text>
            {onDelete ? (
              <Popconfirm
                title={deleteTitle ?? t('common.delete')}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  onDelete(f.id)
                    .then(() => void message.success(t('common.done')))
                    .catch((err: unknown) => void message.error(errorText(err, t)))
                }
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
              </Popconfirm>
            ) : null}
          </Flex>
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
