import type { LevelConfig } from '@zhibu/shared';
import { Input, InputNumber, Select, Switch, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../../ui/useLang';
import { useMetricsQuery } from '../api/metrics-query';
import type { CriterionPatch } from '../components/catalogue-edit';
import type { CatalogueRow } from '../components/catalogue-rows';
import { criterionKindLabel } from '../components/kind-labels';
import { levelText } from '../components/level-text';
import { criterionRuleText } from '../components/rule-summary';

const STARS = [1, 2, 3, 4, 5];

/**
 * The catalogue table's columns. With `onPatch` the criterion rows become inline editors of title,
 * full marks, 必答/自选 and the hard-criterion star (a draft); without it they are read-only.
 */
export function useCatalogueColumns(
  levels: LevelConfig | undefined,
  onPatch?: (code: string, patch: CriterionPatch) => void,
): TableColumnsType<CatalogueRow> {
  const { t } = useTranslation();
  const lang = useLang();
  const metrics = useMetricsQuery();
  const metricName = (key: string) => metrics.data?.find((m) => m.key === key)?.[lang];
  const starLabel = (n: number) => levelText(n, lang, levels?.labels);
  const starOptions = [
    { value: 0, label: t('ratings.schemes.noHard') },
    ...STARS.filter((n) => !levels || levels.labels.some((l) => l.level === n)).map((n) => ({
      value: n,
      label: starLabel(n),
    })),
  ];
  return [
    {
      title: t('ratings.schemes.colCode'),
      key: 'code',
      width: 150,
      render: (_, r) => (r.type === 'category' ? <b>{r.category.code}</b> : r.criterion.code),
    },
    {
      title: t('ratings.schemes.colTitle'),
      key: 'title',
      render: (_, r) => {
        if (r.type === 'category') {
          return (
            <>
              <Typography.Text strong>{r.category.title}</Typography.Text>{' '}
              <Tag>{t(`ratings.schemes.group.${r.category.group}`)}</Tag>
              {r.category.optionalLimit !== undefined ? (
                <Tag color="purple">
                  {t('ratings.schemes.optionalLimit', { count: r.category.optionalLimit })}
                </Tag>
              ) : null}
            </>
          );
        }
        const c = r.criterion;
        return onPatch ? (
          <Input
            value={c.title}
            aria-label={`${c.code} ${t('ratings.schemes.colTitle')}`}
            onChange={(e) => onPatch(c.code, { title: e.target.value })}
            style={{ minWidth: 220 }}
          />
        ) : (
          c.title
        );
      },
    },
    {
      title: t('ratings.schemes.colKind'),
      key: 'kind',
      render: (_, r) => (r.type === 'criterion' ? criterionKindLabel(r.criterion.kind, lang) : null),
    },
    {
      title: t('ratings.schemes.colMax'),
      key: 'max',
      align: 'right',
      render: (_, r) => {
        if (r.type === 'category') return <b>{r.max}</b>;
        const c = r.criterion;
        return onPatch ? (
          <InputNumber
            value={c.maxScore}
            min={0}
            max={1000}
            aria-label={`${c.code} ${t('ratings.schemes.colMax')}`}
            onChange={(v) => typeof v === 'number' && onPatch(c.code, { maxScore: v })}
            style={{ width: 90 }}
          />
        ) : (
          c.maxScore
        );
      },
    },
    {
      title: t('ratings.schemes.colRequired'),
      key: 'required',
      render: (_, r) => {
        if (r.type === 'category') return null;
        const c = r.criterion;
        return onPatch ? (
          <Switch
            checked={c.required}
            checkedChildren={t('ratings.required')}
            unCheckedChildren={t('ratings.optional')}
            aria-label={`${c.code} ${t('ratings.schemes.colRequired')}`}
            onChange={(v) => onPatch(c.code, { required: v })}
          />
        ) : c.required ? (
          t('ratings.required')
        ) : (
          <Tag color="purple">{t('ratings.optional')}</Tag>
        );
      },
    },
    {
      title: t('ratings.schemes.colHard'),
      key: 'hard',
      render: (_, r) => {
        if (r.type === 'category') return null;
        const c = r.criterion;
        if (onPatch && c.kind !== 'veto') {
          return (
            <Select<number>
              value={c.hardFromStar ?? 0}
              options={starOptions}
              aria-label={`${c.code} ${t('ratings.schemes.colHard')}`}
              onChange={(v) => onPatch(c.code, { hardFromStar: v === 0 ? null : v })}
              style={{ width: 110 }}
            />
          );
        }
        return c.hardFromStar !== null ? <Tag color="gold">≥ {starLabel(c.hardFromStar)}</Tag> : null;
      },
    },
    {
      title: t('ratings.schemes.colRule'),
      key: 'rule',
      render: (_, r) =>
        r.type === 'criterion' ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {criterionRuleText(r.criterion, t, metricName)}
          </Typography.Text>
        ) : null,
    },
  ];
}
