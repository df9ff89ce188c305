import type { SchemeKind } from '@zhibu/shared';
import { Button, Flex, Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../ui/useLang';
import type { League, LeagueItem, LeagueParams } from '../api/types';
import { FlagTags } from './FlagTags';
import { LevelDisplay } from './LevelDisplay';
import { levelText } from './level-text';
import { num } from './rule-summary';

type Props = {
  roundId: string;
  league: League | undefined;
  loading: boolean;
  kind: SchemeKind;
  params: LeagueParams;
  update: (patch: Partial<LeagueParams>) => void;
  onOverride?: (item: LeagueItem) => void;
};

/** The branches' results, paged by the server: totals, levels, category scores and flags. */
export function LeagueTable({ roundId, league, loading, kind, params, update, onOverride }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const levels = league?.levels ?? [];
  const maxLevel = Math.max(0, ...levels.map((l) => l.level));
  const base = `/ratings/rounds/${roundId}/orgs`;
  const categoryColumns: TableColumnsType<LeagueItem> = (league?.categories ?? []).map((c) => ({
    title: c.title,
    key: `cat:${c.code}`,
    align: 'right',
    render: (_, i) => {
      const s = i.categories.find((x) => x.code === c.code);
      return s ? `${num(s.score)}/${num(s.max)}` : '';
    },
  }));
  return (
    <div data-testid="league-table">
      <Table<LeagueItem>
        rowKey="orgId"
        size="small"
        loading={loading}
        dataSource={league?.items ?? []}
        scroll={{ x: 'max-content' }}
        pagination={{
          current: params.page,
          pageSize: params.pageSize,
          total: league?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (n) => t('common.total', { count: n }),
          onChange: (page, pageSize) => update({ page, pageSize }),
        }}
        columns={[
          { title: t('ratings.league.colCode'), dataIndex: 'code', fixed: 'left' },
          { title: t('ratings.league.colName'), dataIndex: 'name' },
          { title: t('ratings.league.colParent'), dataIndex: 'parentName' },
          {
            title: t('ratings.league.colTotal'),
            key: 'total',
            align: 'right',
            render: (_, i) => <b>{num(i.total)}</b>,
          },
          {
            title: t('ratings.league.colLevel'),
            key: 'level',
            render: (_, i) => (
              <LevelDisplay level={i.level} label={i.levelLabel} kind={kind} maxLevel={maxLevel} />
            ),
          },
          {
            title: t('ratings.league.colPrevious'),
            key: 'previous',
            render: (_, i) => levelText(i.previousLevel, lang, levels),
          },
          ...categoryColumns,
          {
            title: t('ratings.league.colFlags'),
            key: 'flags',
            render: (_, i) => <FlagTags flags={i.flags} />,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            fixed: 'right',
            render: (_, i) => (
              <Flex gap={8} wrap={false}>
                <Link to={`${base}/${i.orgId}`}>{t('ratings.rounds.result')}</Link>
                <Link to={`${base}/${i.orgId}/assessment`}>{t('ratings.rounds.assessment')}</Link>
                {onOverride ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto' }}
                    onClick={() => onOverride(i)}
                  >
                    {t('ratings.league.override')}
                  </Button>
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </div>
  );
}
