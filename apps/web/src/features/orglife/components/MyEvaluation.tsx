import { APPRAISAL_GRADES, type AppraisalGrade } from '@zhibu/shared';
import { Alert, App, Button, Flex, Form, Input, Radio, Select, theme, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumOptions } from '../../../ui/enum-label';
import { errorText } from '../../../ui/error-text';
import { useFieldRules } from '../../../ui/field-rules';
import { useLang } from '../../../ui/useLang';
import { useSubmitEvaluationMutation } from '../api/submit-evaluation-mutation';
import type { AppraisalEntry, AppraisalRound } from '../api/types';
import { GradeTag } from './GradeTag';

type Values = {
  selfGrade: AppraisalGrade;
  selfSummary: string;
  ballots: Record<string, AppraisalGrade | undefined>;
};

const SUMMARY_MAX = 4000;

/**
 * A member's part of the round: self-evaluation (个人自评) and anonymous ballots on the others (党员互评).
 * Submitting again replaces the earlier submission while the round is open.
 */
export function MyEvaluation({ round, entry }: { round: AppraisalRound; entry: AppraisalEntry }) {
  const { t } = useTranslation();
  const lang = useLang();
  const rules = useFieldRules();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const submit = useSubmitEvaluationMutation(round.id);
  const open = round.status === 'open';
  if (!open) {
    return (
      <Flex vertical gap={8}>
        <Typography.Text>
          {t('appraisal.myFinal')} <GradeTag grade={entry.finalGrade} />
        </Typography.Text>
        {entry.selfSummary ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{entry.selfSummary}</Typography.Paragraph>
        ) : null}
      </Flex>
    );
  }
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{
        selfGrade: entry.selfGrade ?? undefined,
        selfSummary: entry.selfSummary ?? '',
        ballots: {},
      }}
      onFinish={(v) =>
        submit.mutate(
          {
            selfGrade: v.selfGrade,
            selfSummary: v.selfSummary.trim(),
            ballots: Object.entries(v.ballots ?? {}).flatMap(([personId, grade]) =>
              grade ? [{ personId, grade }] : [],
            ),
          },
          { onSuccess: () => void message.success(t('appraisal.submitted')) },
        )
      }
    >
      {entry.selfGrade ? (
        <Alert type="success" showIcon title={t('appraisal.alreadySubmitted')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form.Item
        name="selfGrade"
        label={t('appraisal.selfGrade')}
        rules={[rules.requiredChoice(t('appraisal.selfGrade'))]}
      >
        <Radio.Group options={enumOptions(APPRAISAL_GRADES, lang)} optionType="button" />
      </Form.Item>
      <Form.Item
        name="selfSummary"
        label={t('appraisal.selfSummary')}
        extra={t('appraisal.selfSummaryHint')}
        rules={[rules.required(t('appraisal.selfSummary')), rules.max(SUMMARY_MAX)]}
      >
        <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} />
      </Form.Item>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
        <Typography.Text strong>
          {t('appraisal.ballotsTitle', { count: round.others.length })}
        </Typography.Text>
        <Button
          size="small"
          onClick={() =>
            form.setFieldValue(
              'ballots',
              Object.fromEntries(round.others.map((o) => [o.personId, 'qualified'])),
            )
          }
        >
          {t('appraisal.allQualified')}
        </Button>
      </Flex>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {t('appraisal.ballotsHint')}
      </Typography.Text>
      <div style={{ marginBottom: 16 }}>
        {round.others.map((o) => (
          <Flex
            key={o.personId}
            justify="space-between"
            align="center"
            gap={8}
            style={{ padding: '6px 0', borderBottom: `1px solid ${token.colorSplit}` }}
          >
            <Typography.Text>{o.name}</Typography.Text>
            <Form.Item name={['ballots', o.personId]} noStyle>
              <Select<AppraisalGrade>
                allowClear
                placeholder={t('appraisal.noVote')}
                aria-label={t('appraisal.voteFor', { name: o.name })}
                options={enumOptions(APPRAISAL_GRADES, lang)}
                style={{ width: 130 }}
              />
            </Form.Item>
          </Flex>
        ))}
      </div>
      {submit.error ? (
        <Alert type="error" showIcon title={errorText(submit.error, t)} style={{ marginBottom: 12 }} />
      ) : null}
      <Button type="primary" htmlType="submit" loading={submit.isPending} block>
        {t('appraisal.submit')}
      </Button>
    </Form>
  );
}
