import { Alert, App as AntApp, Button, Flex, Result, Skeleton, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../../lib/http';
import { errorText } from '../../../ui/error-text';
import { LanguageSwitch } from '../../../ui/LanguageSwitch';
import { useStaffFormQuery, useSubmitStaffSheetMutation } from '../api/staff-api';
import type { Scores, StaffForm } from '../api/types';
import { periodText } from '../components/labels';
import { SheetCard } from '../components/SheetCard';
import { blanksOf, cleanScores, withScore } from '../components/sheet-scores';

/**
 * The page a staff member (职工群众) opens from a one-time link or QR code: no sign-in, no menu. It
 * shows the branch and the round, every member with the staff indicators, and submits once.
 */
export function StaffRatePage() {
  return (
    <AntApp>
      <div style={{ maxWidth: 760, margin: '0 auto', padding: '12px 12px 48px' }}>
        <Flex justify="flex-end">
          <LanguageSwitch size="small" />
        </Flex>
        <StaffRate />
      </div>
    </AntApp>
  );
}

/** The link can no longer be used: the server's own words (used, withdrawn, expired, unknown). */
const linkProblem = (err: unknown) => err instanceof ApiError && err.code.startsWith('RATING_TOKEN_');

function StaffRate() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const form = useStaffFormQuery(token);
  const submit = useSubmitStaffSheetMutation(token);
  if (submit.isSuccess) {
    return (
      <Result
        status="success"
        title={t('evaluation.staff.thanks')}
        subTitle={t('evaluation.staff.thanksText')}
        data-testid="staff-thanks"
      />
    );
  }
  const failed = form.isError ? form.error : linkProblem(submit.error) ? submit.error : null;
  if (failed) {
    return (
      <Result
        status={failed instanceof ApiError && failed.status === 404 ? '404' : 'warning'}
        title={<span data-testid="staff-link-problem">{errorText(failed, t)}</span>}
        extra={
          failed instanceof ApiError &&
          (failed.status === 0 || failed.status >= 500 || failed.status === 429) ? (
            <Button onClick={() => void form.refetch()}>{t('common.retry')}</Button>
          ) : null
        }
      />
    );
  }
  if (!form.data) return <Skeleton active />;
  return <StaffSheet data={form.data} submit={submit} />;
}

type SubmitMutation = ReturnType<typeof useSubmitStaffSheetMutation>;

function StaffSheet({ data, submit }: { data: StaffForm; submit: SubmitMutation }) {
  const { t } = useTranslation();
  const { modal, message } = AntApp.useApp();
  const [drafts, setDrafts] = useState<Record<string, Scores>>({});
  const onScore = useCallback(
    (key: string, code: string, value: number | null) => setDrafts((d) => withScore(d, key, code, value)),
    [],
  );
  const send = () => {
    const sheets = data.ratees.map((r) => ({ rateeId: r.id, scores: cleanScores(data.form, drafts[r.id]) }));
    if (sheets.every((s) => Object.keys(s.scores).length === 0)) {
      void message.warning(t('evaluation.my.empty'));
      return;
    }
    const blanks = data.ratees.reduce((n, r) => n + blanksOf(data.form, drafts[r.id]), 0);
    if (blanks === 0) {
      submit.mutate(sheets);
      return;
    }
    modal.confirm({
      title: t('evaluation.my.blanks', { count: blanks }),
      okText: t('evaluation.staff.submit'),
      cancelText: t('common.cancel'),
      onOk: () => submit.mutate(sheets),
    });
  };
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 8 }}>
        {data.round.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="staff-branch">
        {data.branch.name} · {periodText(data.round.year, data.round.quarter, t)}
      </Typography.Paragraph>
      <Alert type="info" showIcon title={t('evaluation.staff.intro')} style={{ marginBottom: 12 }} />
      <Flex vertical gap={12}>
        {data.ratees.map((r) => (
          <SheetCard
            key={r.id}
            sheetKey={r.id}
            title={r.name}
            form={data.form}
            scores={drafts[r.id]}
            disabled={submit.isPending}
            onScore={onScore}
          />
        ))}
      </Flex>
      {submit.error ? (
        <Alert type="error" showIcon title={errorText(submit.error, t)} style={{ marginTop: 12 }} />
      ) : null}
      <Button
        type="primary"
        size="large"
        block
        loading={submit.isPending}
        onClick={send}
        style={{ marginTop: 16 }}
      >
        {t('evaluation.staff.submit')}
      </Button>
    </>
  );
}
