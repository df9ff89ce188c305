import { Alert, App, Badge, Button, Flex, Tabs, Tag } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useLang } from '../../../ui/useLang';
import { useSubmitSheetsMutation } from '../api/rate-api';
import type { MySheets, Scores, SheetInput } from '../api/types';
import { SheetCard } from './SheetCard';
import { blanksOf, cleanScores, sheetKey, withScore } from './sheet-scores';

/**
 * The member's sheets by group (自评, 互评, 支部评价), one card per person in name order, submitted
 * together. Until the round closes they may be changed; the last submission counts.
 */
export function MySheetsEditor({ data }: { data: MySheets }) {
  const { t } = useTranslation();
  const lang = useLang();
  const { modal, message } = App.useApp();
  const submit = useSubmitSheetsMutation(data.round.id);
  const [drafts, setDrafts] = useState<Record<string, Scores>>(() =>
    Object.fromEntries(data.sheets.map((s) => [sheetKey(s.group, s.rateeId), s.scores ?? {}])),
  );
  const onScore = useCallback(
    (key: string, code: string, value: number | null) => setDrafts((d) => withScore(d, key, code, value)),
    [],
  );
  const forms = new Map(data.forms.map((f) => [f.group, f]));
  const send = () => {
    const sheets: SheetInput[] = [];
    let blanks = 0;
    for (const s of data.sheets) {
      const form = forms.get(s.group);
      if (!form) continue;
      const scores = cleanScores(form, drafts[sheetKey(s.group, s.rateeId)]);
      blanks += blanksOf(form, scores);
      if (Object.keys(scores).length > 0) sheets.push({ rateeId: s.rateeId, group: s.group, scores });
    }
    if (sheets.length === 0) {
      void message.warning(t('evaluation.my.empty'));
      return;
    }
    const go = () =>
      submit.mutate(sheets, {
        onSuccess: (r) => void message.success(t('evaluation.my.submitted', { count: r.submitted })),
      });
    if (blanks === 0) {
      go();
      return;
    }
    modal.confirm({
      title: t('evaluation.my.blanks', { count: blanks }),
      okText: t('evaluation.my.submit'),
      cancelText: t('common.cancel'),
      onOk: go,
    });
  };
  return (
    <Flex vertical gap={12}>
      <Alert
        type={data.editable ? 'info' : 'warning'}
        showIcon
        title={data.editable ? t('evaluation.my.changeHint') : t('evaluation.my.readOnly')}
      />
      <Tabs
        items={data.forms.map((f) => {
          const mine = data.sheets.filter((s) => s.group === f.group);
          return {
            key: f.group,
            label: (
              <span data-testid={`group-tab-${f.group}`}>
                {f.label[lang]} <Badge count={mine.length} color="#bfbfbf" />
              </span>
            ),
            children: (
              <Flex vertical gap={12}>
                {mine.map((s) => {
                  const key = sheetKey(s.group, s.rateeId);
                  return (
                    <SheetCard
                      key={key}
                      sheetKey={key}
                      title={
                        <Flex gap={6} align="center">
                          {s.rateeName}
                          {s.submittedAt ? <Tag color="success">{t('evaluation.my.done')}</Tag> : null}
                        </Flex>
                      }
                      form={f}
                      scores={drafts[key]}
                      disabled={!data.editable || submit.isPending}
                      onScore={onScore}
                    />
                  );
                })}
              </Flex>
            ),
          };
        })}
      />
      {submit.error ? <Alert type="error" showIcon title={errorText(submit.error, t)} /> : null}
      {data.editable ? (
        <Button type="primary" size="large" loading={submit.isPending} onClick={send}>
          {t('evaluation.my.submit')}
        </Button>
      ) : null}
    </Flex>
  );
}
