import { App, Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useCan } from '../../auth/hooks/useCan';
import { useSubmissionMutation } from '../api/submission-mutation';
import type { Assessment } from '../api/types';
import { ReturnAssessmentModal } from './ReturnAssessmentModal';

type Props = { sheet: Assessment; onSubmitError: (err: unknown) => void };

/** 提交审核 for the branch; 退回 and 审核完成 for the committee. */
export function SubmissionActions({ sheet, onSubmitError }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const act = useSubmissionMutation(sheet.round.id, sheet.org.id);
  const [returning, setReturning] = useState(false);
  if (sheet.round.status !== 'open') return null;
  const status = sheet.submission.status;
  return (
    <>
      {can('rating:assess') && (status === 'draft' || status === 'returned') ? (
        <Popconfirm
          title={t('ratings.sheet.submitConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => {
            onSubmitError(null);
            return act
              .mutateAsync({ action: 'submit' })
              .then(() => void message.success(t('ratings.sheet.submitted')))
              .catch(onSubmitError);
          }}
        >
          <Button type="primary" loading={act.isPending}>
            {t('ratings.sheet.submit')}
          </Button>
        </Popconfirm>
      ) : null}
      {can('rating:review') && status === 'submitted' ? (
        <>
          <Button danger onClick={() => setReturning(true)}>
            {t('ratings.review.return')}
          </Button>
          <Popconfirm
            title={t('ratings.review.completeConfirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              act
                .mutateAsync({ action: 'review-complete' })
                .then(() => void message.success(t('ratings.review.completed')))
                .catch((err: unknown) => void message.error(errorText(err, t)))
            }
          >
            <Button type="primary">{t('ratings.review.complete')}</Button>
          </Popconfirm>
        </>
      ) : null}
      {returning ? (
        <ReturnAssessmentModal
          roundId={sheet.round.id}
          orgId={sheet.org.id}
          onClose={() => setReturning(false)}
        />
      ) : null}
    </>
  );
}
