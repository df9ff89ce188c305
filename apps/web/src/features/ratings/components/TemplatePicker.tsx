import { Flex, Radio, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useLang } from '../../../ui/useLang';
import { useTemplatesQuery } from '../api/templates-query';

type Props = { value?: string; onChange?: (key: string) => void; id?: string };

/** The built-in templates as radio cards, each with its size and hard criteria per star. */
export function TemplatePicker({ value, onChange, id }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const templates = useTemplatesQuery();
  if (templates.isError) {
    return <ErrorAlert error={templates.error} onRetry={() => void templates.refetch()} />;
  }
  if (!templates.data) return <Skeleton active />;
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(e) => onChange?.(e.target.value as string)}
      style={{ width: '100%' }}
    >
      <Flex vertical gap={8}>
        {templates.data.map((tpl) => (
          <Radio key={tpl.key} value={tpl.key} data-testid={`template-${tpl.key}`}>
            <Typography.Text strong>{tpl[lang]}</Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('ratings.schemes.templateCounts', tpl)}
              {tpl.hard[3] + tpl.hard[4] + tpl.hard[5] > 0
                ? `；${t('ratings.schemes.templateHard', { h3: tpl.hard[3], h4: tpl.hard[4], h5: tpl.hard[5] })}`
                : ''}
            </Typography.Text>
            {lang === 'zh' ? (
              <Typography.Paragraph
                type="secondary"
                ellipsis={{ rows: 2 }}
                style={{ fontSize: 12, marginBottom: 0 }}
              >
                {tpl.description}
              </Typography.Paragraph>
            ) : null}
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
}
