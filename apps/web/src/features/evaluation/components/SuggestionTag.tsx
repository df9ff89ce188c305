import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { Suggestion } from '../api/types';

const COLORS: Record<string, string> = {
  excellent: 'green',
  qualified: 'blue',
  basic: 'orange',
  unqualified: 'red',
};

/** The grade the evaluation suggests for 民主评议, always marked as a suggestion. */
export function SuggestionTag({ suggestion }: { suggestion: Suggestion }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Tag color={COLORS[suggestion.grade]} data-testid="suggestion">
      {t('evaluation.results.suggestionTag')}：{suggestion.label[lang]}
    </Tag>
  );
}
