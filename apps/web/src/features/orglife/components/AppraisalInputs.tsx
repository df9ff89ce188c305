import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { AppraisalInputView } from '../api/types';
import { GradeTag } from './GradeTag';

/** What the post evaluation and the points hand to the appraisal for one member: each with its text and suggestion. */
export function AppraisalInputs({ inputs }: { inputs: AppraisalInputView[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (inputs.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={6} style={{ maxWidth: 300 }} data-testid="appraisal-inputs">
      {inputs.map((i) => (
        <div key={i.source}>
          <Typography.Text strong>{i.title[lang]}</Typography.Text>
          {i.veto ? <Tag color="error" style={{ marginInlineStart: 6 }}>{t('appraisal.vetoTag')}</Tag> : null}
          <div>
            <Typography.Text type="secondary">{i.text[lang]}</Typography.Text>
          </div>
          {i.suggestion && !i.veto ? (
            <Flex gap={4} align="center">
              <Typography.Text type="secondary">{t('appraisal.suggested')}</Typography.Text>
              <GradeTag grade={i.suggestion} />
            </Flex>
          ) : null}
        </div>
      ))}
    </Flex>
  );
}
