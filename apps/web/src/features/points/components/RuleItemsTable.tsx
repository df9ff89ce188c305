import {
  POINT_AWARDERS,
  POINT_CATEGORIES,
  POINT_EVENT_KINDS,
  POINT_SIGNS,
  POINT_UNITS,
  type PointItem,
} from '@zhibu/shared';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import { capText } from './item-text';
import { formatPoints } from './format';

const L = {
  categories: { items: POINT_CATEGORIES },
  signs: { items: POINT_SIGNS },
  units: { items: POINT_UNITS },
  awarders: { items: POINT_AWARDERS },
  kinds: { items: POINT_EVENT_KINDS },
};

/** The items of a rule set, read-only: category, sign, points, unit, cap, who awards, evidence, veto, source. */
export function RuleItemsTable({ items }: { items: PointItem[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table<PointItem>
      rowKey="code"
      size="small"
      dataSource={items}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="rule-items"
      columns={[
        { title: t('points.items.code'), dataIndex: 'code' },
        {
          title: t('points.items.title'),
          key: 'title',
          render: (_, i) => (
            <>
              {i.title}
              {i.description ? (
                <Typography.Paragraph
                  type="secondary"
                  style={{ margin: 0, fontSize: 12, maxWidth: 360, whiteSpace: 'normal' }}
                >
                  {i.description}
                </Typography.Paragraph>
              ) : null}
            </>
          ),
        },
        {
          title: t('points.items.category'),
          key: 'category',
          render: (_, i) => enumLabel(L.categories, i.category, lang),
        },
        {
          title: t('points.items.sign'),
          key: 'sign',
          render: (_, i) => (
            <Tag color={i.sign === 'negative' ? 'red' : 'green'}>{enumLabel(L.signs, i.sign, lang)}</Tag>
          ),
        },
        {
          title: t('points.items.points'),
          key: 'points',
          align: 'right',
          render: (_, i) => formatPoints(i.points),
        },
        { title: t('points.items.unit'), key: 'unit', render: (_, i) => enumLabel(L.units, i.unit, lang) },
        { title: t('points.items.cap'), key: 'cap', render: (_, i) => capText(i.cap, t, lang) ?? '—' },
        {
          title: t('points.items.awardedBy'),
          key: 'awardedBy',
          render: (_, i) => enumLabel(L.awarders, i.awardedBy, lang),
        },
        {
          title: t('points.items.evidence'),
          key: 'evidence',
          render: (_, i) => (i.evidenceRequired ? t('points.items.required') : '—'),
        },
        {
          title: t('points.items.veto'),
          key: 'veto',
          render: (_, i) => (i.veto ? <Tag color="red">{t('points.items.veto')}</Tag> : '—'),
        },
        {
          title: t('points.items.source'),
          key: 'source',
          render: (_, i) => (i.source ? enumLabel(L.kinds, i.source.kind, lang) : '—'),
        },
      ]}
    />
  );
}
