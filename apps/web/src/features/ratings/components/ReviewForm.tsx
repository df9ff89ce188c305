import { App, Button, Flex, Input, InputNumber, Select, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useReviewAnswerMutation } from '../api/review-answer-mutation';
import type { SheetCriterion } from '../api/types';

type Props = { roundId: string; orgId: string; c: SheetCriterion };

const PASS = { yes: true, no: false, unset: null } as const;
type PassKey = keyof typeof PASS;
const passKey = (v: boolean | null | undefined): PassKey =>
  v === true ? 'yes' : v === false ? 'no' : 'unset';

/** The reviewer's inputs for one criterion: score, pass, veto triggered, comment. */
export function ReviewForm({ roundId, orgId, c }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useReviewAnswerMutation(roundId, orgId);
  const [score, setScore] = useState<number | null>(c.review?.score ?? null);
  const [pass, setPass] = useState<PassKey>(passKey(c.review?.pass));
  const [triggered, setTriggered] = useState(c.review?.triggered ?? false);
  const [comment, setComment] = useState(c.review?.comment ?? '');
  const label = (what: string) => `${c.code} ${what}`;
  return (
    <Flex vertical gap={8} data-testid={`review-${c.code}`}>
      <Typography.Text strong>{t('ratings.review.title')}</Typography.Text>
      <Flex gap={8} wrap align="center">
        {c.kind !== 'veto' ? (
          <InputNumber
            value={score}
            min={0}
            max={c.maxScore}
            placeholder={t('ratings.review.score')}
            aria-label={label(t('ratings.review.score'))}
            onChange={(v) => setScore(typeof v === 'number' ? v : null)}
            style={{ width: 120 }}
          />
        ) : (
          <Flex align="center" gap={8}>
            <Switch
              checked={triggered}
              onChange={setTriggered}
              aria-label={label(t('ratings.review.triggered'))}
            />
            <Typography.Text>{t('ratings.review.triggered')}</Typography.Text>
          </Flex>
        )}
        {c.kind === 'evidence' || c.kind === 'review' ? (
          <Select<PassKey>
            value={pass}
            onChange={setPass}
            aria-label={label(t('ratings.review.pass'))}
            options={(['unset', 'yes', 'no'] as const).map((k) => ({
              value: k,
              label: t(
                k === 'yes'
                  ? 'ratings.review.passYes'
                  : k === 'no'
                    ? 'ratings.review.passNo'
                    : 'ratings.review.passUnset',
              ),
            }))}
            style={{ width: 110 }}
          />
        ) : null}
      </Flex>
      <Input
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        maxLength={2000}
        placeholder={t('ratings.review.comment')}
        aria-label={label(t('ratings.review.comment'))}
      />
      <Button
        size="small"
        loading={save.isPending}
        style={{ alignSelf: 'flex-start' }}
        onClick={() =>
          save.mutate(
            {
              code: c.code,
              score: c.kind === 'veto' ? null : score,
              pass: PASS[pass],
              triggered: c.kind === 'veto' ? triggered : null,
              comment: comment.trim() || null,
            },
            {
              onSuccess: () => void message.success(t('ratings.review.saved')),
              onError: (err) => void message.error(errorText(err, t)),
            },
          )
        }
      >
        {t('ratings.review.save')}
      </Button>
    </Flex>
  );
}
