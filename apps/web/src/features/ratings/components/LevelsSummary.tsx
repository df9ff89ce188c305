import type { LevelConfig } from '@zhibu/shared';
import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import { levelText } from './level-text';
import { num } from './rule-summary';

/** The formula and how a total becomes a level: bands, quotas, the one-step rule. */
export function LevelsSummary({ formula, levels }: { formula: string; levels: LevelConfig | undefined }) {
  const { t } = useTranslation();
  const lang = useLang();
  const label = (l: number) => levelText(l, lang, levels?.labels);
  const items = [{ key: 'formula', label: t('ratings.schemes.formula'), children: <code>{formula}</code> }];
  if (levels) {
    const lines = [
      t('ratings.schemes.bands', {
        bands: [...levels.bands]
          .sort((a, b) => b.min - a.min)
          .map((b) => `${label(b.level)} ≥ ${num(b.min)}`)
          .join(lang === 'zh' ? '，' : ', '),
      }),
      t('ratings.schemes.floor', { label: label(levels.floor) }),
      levels.vetoLevel !== undefined
        ? t('ratings.schemes.vetoLevel', { label: label(levels.vetoLevel) })
        : null,
      levels.quotas.length > 0
        ? t('ratings.schemes.quotas', {
            quotas: levels.quotas.map((q) => `${label(q.level)} ≤ ${num(q.maxShare * 100)}%`).join(', '),
          })
        : null,
      levels.oneStepUp ? t('ratings.schemes.oneStepUp') : null,
    ].filter((x): x is string => !!x);
    items.push({
      key: 'levels',
      label: t('ratings.schemes.levels'),
      children: (
        <div>
          <div style={{ marginBottom: 4 }}>
            {[...levels.labels].reverse().map((l) => (
              <Tag key={l.level}>{l[lang]}</Tag>
            ))}
          </div>
          {lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </div>
      ),
    });
  }
  return <Descriptions size="small" column={1} items={items} style={{ marginBottom: 16 }} />;
}
