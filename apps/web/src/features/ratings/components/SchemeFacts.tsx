import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { SchemeDetail } from '../api/types';
import { schemeKindLabel } from './kind-labels';

export function SchemeFacts({ scheme }: { scheme: SchemeDetail }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 4 }}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'code', label: t('ratings.schemes.code'), children: scheme.code },
        { key: 'kind', label: t('ratings.schemes.kind'), children: schemeKindLabel(scheme.kind, lang) },
        {
          key: 'period',
          label: t('ratings.schemes.period'),
          children: t(`ratings.periodKinds.${scheme.period}`),
        },
        { key: 'scope', label: t('ratings.schemes.scope'), children: scheme.scopeName },
        ...(scheme.templateKey
          ? [{ key: 'template', label: t('ratings.schemes.sourceTemplate'), children: scheme.templateKey }]
          : []),
      ]}
    />
  );
}
