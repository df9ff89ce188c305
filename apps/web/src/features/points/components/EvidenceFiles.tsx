import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileThumbnails } from '../../../ui/FileThumbnails';
import type { PointFile } from '../api/types';

/** Where the browser loads an entry's evidence file (same origin: the session cookie goes along). */
export function entryFileUrl(entryId: string, fileId: string, thumb = false): string {
  return `/api/v1/points/entries/${entryId}/files/${fileId}${thumb ? '?thumb=true' : ''}`;
}

/** The evidence of an entry: photos as thumbnails (tap to enlarge), PDFs as links. */
export function EvidenceFiles({ entryId, files }: { entryId: string; files: readonly PointFile[] }) {
  const { t } = useTranslation();
  if (files.length === 0) return null;
  return (
    <Flex vertical gap={4} data-testid="entry-evidence">
      <Typography.Text type="secondary">{t('points.entries.evidence')}</Typography.Text>
      <FileThumbnails files={files} urlOf={(id, thumb) => entryFileUrl(entryId, id, thumb)} size={72} />
    </Flex>
  );
}
