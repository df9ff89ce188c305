import { Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/dates';
import { useCan } from '../../auth/hooks/useCan';
import type { RoundDetail } from '../api/types';
import { periodText } from './period';

export function RoundFacts({ round }: { round: RoundDetail }) {
  const { t } = useTranslation();
  const can = useCan();
  const scheme = t('ratings.rounds.schemeVersion', { name: round.schemeName, version: round.version });
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      style={{ marginBottom: 16 }}
      items={[
        {
          key: 'scheme',
          label: t('ratings.rounds.scheme'),
          children: can('rating:manage') ? (
            <Link to={`/ratings/schemes/${round.schemeId}?v=${round.version}`}>{scheme}</Link>
          ) : (
            scheme
          ),
        },
        {
          key: 'period',
          label: t('ratings.rounds.period'),
          children: periodText(round.year, round.quarter, t),
        },
        { key: 'scope', label: t('ratings.rounds.scope'), children: round.scopeName },
        {
          key: 'evaluated',
          label: t('ratings.rounds.evaluatedAt'),
          children: round.evaluatedAt ? formatDateTime(round.evaluatedAt) : t('ratings.rounds.notEvaluated'),
        },
        ...(round.publishedAt
          ? [
              {
                key: 'published',
                label: t('ratings.rounds.publishedAt'),
                children: formatDateTime(round.publishedAt),
              },
            ]
          : []),
      ]}
    />
  );
}
