import { App, Button, Flex, Input, InputNumber, Switch, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useSaveAnswerMutation } from '../api/save-answer-mutation';
import type { SheetCriterion } from '../api/types';

type Props = { roundId: string; orgId: string; c: SheetCriterion; editable: boolean };

/** The branch's own answer: 选答 for an optional item, a self score and an explanation. */
export function SelfAnswerForm({ roundId, orgId, c, editable }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useSaveAnswerMutation(roundId, orgId);
  const [score, setScore] = useState<number | null>(c.selfScore);
  const [note, setNote] = useState(c.selfNote ?? '');
  const dirty = score !== c.selfScore || note.trim() !== (c.selfNote ?? '');
  const scored = c.kind === 'evidence';
  const fail = (err: unknown) => void message.error(errorText(err, t));
  const optional = !c.required ? (
    <Flex align="center" gap={8}>
      <Switch
        checked={c.answered}
        disabled={!editable || save.isPending}
        aria-label={`${c.code} ${t('ratings.sheet.answer')}`}
        onChange={(answered) => save.mutate({ code: c.code, answered }, { onError: fail })}
      />
      <Typography.Text type="secondary">{t('ratings.sheet.answerHint')}</Typography.Text>
    </Flex>
  ) : null;
  if (c.kind === 'metric') {
    return (
      <Flex vertical gap={4}>
        {optional}
        <Typography.Text type="secondary">{t('ratings.sheet.automatic')}</Typography.Text>
      </Flex>
    );
  }
  if (!editable) {
    return (
      <Flex vertical gap={4}>
        {optional}
        {c.selfScore !== null ? (
          <Typography.Text>{t('ratings.sheet.selfSummary', { score: c.selfScore })}</Typography.Text>
        ) : null}
        {c.selfNote ? (
          <Typography.Paragraph style={{ marginBottom: 0 }}>{c.selfNote}</Typography.Paragraph>
        ) : null}
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8}>
      {optional}
      {c.required || c.answered ? (
        <>
          {scored ? (
            <Flex align="center" gap={8} wrap>
              <Typography.Text>{t('ratings.sheet.selfScore')}</Typography.Text>
              <InputNumber
                value={score}
                min={0}
                max={c.maxScore}
                onChange={(v) => setScore(typeof v === 'number' ? v : null)}
                aria-label={`${c.code} ${t('ratings.sheet.selfScore')}`}
                style={{ width: 100 }}
              />
              <Typography.Text type="secondary">/ {c.maxScore}</Typography.Text>
            </Flex>
          ) : null}
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t('ratings.sheet.notePlaceholder')}
            aria-label={`${c.code} ${t('ratings.sheet.selfNote')}`}
          />
          <Button
            size="small"
            disabled={!dirty}
            loading={save.isPending}
            style={{ alignSelf: 'flex-start' }}
            onClick={() =>
              save.mutate(
                { code: c.code, selfScore: scored ? score : undefined, selfNote: note.trim() || null },
                { onSuccess: () => void message.success(t('ratings.sheet.answerSaved')), onError: fail },
              )
            }
          >
            {t('ratings.sheet.saveAnswer')}
          </Button>
        </>
      ) : (
        <Typography.Text type="secondary">{t('ratings.sheet.notAnswered')}</Typography.Text>
      )}
    </Flex>
  );
}
