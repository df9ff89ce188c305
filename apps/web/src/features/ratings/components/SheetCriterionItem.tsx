import { Flex, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetCriterion } from '../api/types';
import { CriterionTags } from './CriterionTags';
import { EvidenceGallery } from './EvidenceGallery';
import { EvidenceUploader } from './EvidenceUploader';
import { ReviewForm } from './ReviewForm';
import { ReviewSummary } from './ReviewSummary';
import { SelfAnswerForm } from './SelfAnswerForm';

type Props = {
  roundId: string;
  orgId: string;
  c: SheetCriterion;
  editable: boolean;
  /** Whether the reviewer may judge this item now (evidence only once submitted). */
  reviewable: boolean;
};

/** One criterion of the sheet: what it asks, the branch's answer and evidence, the committee's review. */
export function SheetCriterionItem({ roundId, orgId, c, editable, reviewable }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const withEvidence = c.kind === 'evidence' || c.kind === 'review';
  const answered = c.required || c.answered;
  return (
    <Flex
      vertical
      gap={8}
      data-testid={`criterion-${c.code}`}
      style={{ padding: '12px 0', borderTop: `1px solid ${token.colorBorderSecondary}` }}
    >
      <div>
        <Typography.Text strong>
          {c.code} {c.title}
        </Typography.Text>
        <div style={{ marginTop: 4 }}>
          <CriterionTags
            kind={c.kind}
            maxScore={c.maxScore}
            required={c.required}
            hardFromStar={c.hardFromStar}
          />
        </div>
        {c.description ? (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0, marginTop: 4, fontSize: 13 }}>
            {c.description}
          </Typography.Paragraph>
        ) : null}
      </div>
      <SelfAnswerForm roundId={roundId} orgId={orgId} c={c} editable={editable} />
      {withEvidence && answered ? (
        <Flex vertical gap={6}>
          <Typography.Text type="secondary">{t('ratings.sheet.evidence')}</Typography.Text>
          <EvidenceGallery roundId={roundId} orgId={orgId} files={c.evidence} editable={editable} />
          {editable ? <EvidenceUploader roundId={roundId} orgId={orgId} code={c.code} /> : null}
        </Flex>
      ) : null}
      {reviewable && c.kind !== 'metric' ? (
        <ReviewForm roundId={roundId} orgId={orgId} c={c} />
      ) : (
        <ReviewSummary c={c} />
      )}
    </Flex>
  );
}
