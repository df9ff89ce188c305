import type { CriterionKind } from '@zhibu/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import type { LevelLabel } from '../api/types';
import { criterionKindLabel } from './kind-labels';
import { levelText } from './level-text';

const KIND_COLORS: Record<CriterionKind, string> = {
  metric: 'blue',
  evidence: 'cyan',
  review: 'geekblue',
  deduction: 'orange',
  veto: 'red',
};

type Props = {
  kind: CriterionKind;
  maxScore: number;
  required: boolean;
  hardFromStar: number | null;
  levels?: readonly LevelLabel[];
};

/** How a criterion is scored, its full marks, whether it gates a star, and 必答/自选. */
export function CriterionTags({ kind, maxScore, required, hardFromStar, levels }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <>
      <Tag color={KIND_COLORS[kind]}>{criterionKindLabel(kind, lang)}</Tag>
      {kind === 'veto' ? null : <Tag>{t('ratings.maxScore', { score: maxScore })}</Tag>}
      {hardFromStar !== null ? (
        <Tag color="gold">{t('ratings.hardFrom', { level: levelText(hardFromStar, lang, levels) })}</Tag>
      ) : null}
      <Tag color={required ? 'default' : 'purple'}>
        {required ? t('ratings.required') : t('ratings.optional')}
      </Tag>
    </>
  );
}
