import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileThumbnails } from '../../../ui/FileThumbnails';
import { useDeleteEvidenceMutation } from '../api/delete-evidence-mutation';
import { evidenceUrl } from '../api/evidence-url';
import type { Evidence } from '../api/types';

type Props = { roundId: string; orgId: string; files: Evidence[]; editable: boolean };

/** A criterion's evidence files; deletable while the sheet is editable. */
export function EvidenceGallery({ roundId, orgId, files, editable }: Props) {
  const { t } = useTranslation();
  const remove = useDeleteEvidenceMutation(roundId, orgId);
  if (files.length === 0) {
    return <Typography.Text type="secondary">{t('ratings.sheet.noEvidence')}</Typography.Text>;
  }
  return (
    <FileThumbnails
      files={files}
      urlOf={(id, thumb) => evidenceUrl(roundId, orgId, id, thumb)}
      onDelete={editable ? (id) => remove.mutateAsync(id) : undefined}
      deleteTitle={t('ratings.sheet.deleteEvidence')}
      size={80}
      testId="evidence"
    />
  );
}
