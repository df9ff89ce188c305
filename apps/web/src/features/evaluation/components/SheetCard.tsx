import { CheckCircleFilled } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { memo, type ReactNode } from 'react';
import type { RatingForm, Scores } from '../api/types';
import { ScoreInput } from './ScoreInput';
import { blanksOf } from './sheet-scores';

type Props = {
  sheetKey: string;
  title: ReactNode;
  form: RatingForm;
  scores: Scores | undefined;
  disabled?: boolean;
  submitted?: boolean;
  onScore: (sheetKey: string, code: string, value: number | null) => void;
};

/** One person's sheet: every indicator the group rates, with its description and scale. */
export const SheetCard = memo(function SheetCard({
  sheetKey,
  title,
  form,
  scores,
  disabled,
  submitted,
  onScore,
}: Props) {
  const rated = form.indicators.length - blanksOf(form, scores);
  return (
    <Card
      size="small"
      data-testid="sheet"
      title={title}
      extra={
        <Flex gap={4} align="center">
          {submitted ? <CheckCircleFilled style={{ color: '#52c41a' }} /> : null}
          <Tag color={rated === form.indicators.length ? 'success' : undefined}>
            {rated}/{form.indicators.length}
          </Tag>
        </Flex>
      }
      styles={{ body: { paddingTop: 4 } }}
    >
      {form.indicators.map((i) => (
        <div key={i.code} style={{ padding: '8px 0', borderBottom: '1px dashed rgba(0,0,0,0.06)' }}>
          <Typography.Text strong>{i.title}</Typography.Text>{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {i.categoryTitle}
          </Typography.Text>
          {i.description ? (
            <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '2px 0 0' }}>
              {i.description}
            </Typography.Paragraph>
          ) : null}
          <ScoreInput
            value={scores?.[i.code]}
            max={i.maxScore}
            label={i.title}
            disabled={disabled}
            onChange={(v) => onScore(sheetKey, i.code, v)}
          />
        </div>
      ))}
    </Card>
  );
});
