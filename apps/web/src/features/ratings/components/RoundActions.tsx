import { CalculatorOutlined, InboxOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../ui/error-text';
import { useCan } from '../../auth/hooks/useCan';
import { useRoundLifecycleMutation } from '../api/round-lifecycle-mutation';
import type { RoundDetail } from '../api/types';
import type { Evaluation } from '../hooks/useEvaluation';

/** The committee's buttons: 运行测评 (open), 发布 (open, evaluated), 归档 (published). */
export function RoundActions({ round, evaluation }: { round: RoundDetail; evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const lifecycle = useRoundLifecycleMutation(round.id);
  const act = (action: 'publish' | 'archive', ok: string) =>
    lifecycle
      .mutateAsync(action)
      .then(() => void message.success(ok))
      .catch((err: unknown) => void message.error(errorText(err, t)));
  const open = round.status === 'open';
  return (
    <>
      {open && can('rating:review') ? (
        <Button
          type="primary"
          icon={<CalculatorOutlined />}
          loading={evaluation.starting || evaluation.running}
          onClick={evaluation.run}
        >
          {t('ratings.rounds.evaluate')}
        </Button>
      ) : null}
      {open && can('rating:manage') ? (
        <Popconfirm
          title={t('ratings.rounds.publishConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => act('publish', t('ratings.rounds.publishedOk'))}
        >
          {/* Publishing lists and keeps the records behind every result: seconds for a large round. */}
          <Button
            icon={<SendOutlined />}
            disabled={!round.evaluatedAt || evaluation.running}
            loading={lifecycle.isPending && lifecycle.variables === 'publish'}
          >
            {t('ratings.rounds.publish')}
          </Button>
        </Popconfirm>
      ) : null}
      {round.status === 'published' && can('rating:manage') ? (
        <Popconfirm
          title={t('ratings.rounds.archiveConfirm')}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => act('archive', t('ratings.rounds.archived'))}
        >
          <Button icon={<InboxOutlined />}>{t('ratings.rounds.archive')}</Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
