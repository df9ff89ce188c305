import { useTranslation } from 'react-i18next';
import { TemplateRadios } from '../../../ui/TemplateRadios';
import { useLang } from '../../../ui/useLang';
import { useTemplatesQuery } from '../api/templates-query';

type Props = { value?: string; onChange?: (key: string) => void; id?: string };

/** The built-in templates as radio cards, each with its size and hard criteria per star. */
export function TemplatePicker(props: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const templates = useTemplatesQuery();
  const options = templates.data?.map((tpl) => ({
    key: tpl.key,
    title: tpl[lang],
    summary:
      t('ratings.schemes.templateCounts', tpl) +
      (tpl.hard[3] + tpl.hard[4] + tpl.hard[5] > 0
        ? `；${t('ratings.schemes.templateHard', { h3: tpl.hard[3], h4: tpl.hard[4], h5: tpl.hard[5] })}`
        : ''),
    description: lang === 'zh' ? tpl.description : null,
  }));
  return (
    <TemplateRadios
      options={options}
      error={templates.error}
      onRetry={() => void templates.refetch()}
      {...props}
    />
  );
}
