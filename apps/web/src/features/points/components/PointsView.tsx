import { Alert, Card, Empty, Flex, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPoints, PointEntryView } from '../api/types';
import { AppealList } from './AppealList';
import { BalanceCard } from './BalanceCard';
import { EntryCard } from './EntryCard';
import { openAppealOf } from './entry-rules';

type Props = {
  data: PersonPoints;
  /** The buttons of an entry: 申诉 for the member, 冲正 for the branch. */
  entryActions?: (e: PointEntryView) => ReactNode;
};

/** One person's points for a period: the same view for the member and, read-only, for the branch. */
export function PointsView({ data, entryActions }: Props) {
  const { t } = useTranslation();
  if (!data.ruleSet || !data.balance) {
    return (
      <Card>
        <Empty description={t('points.noRuleSet')} data-testid="no-rule-set">
          {t('points.noRuleSetHint')}
        </Empty>
      </Card>
    );
  }
  const usedFor = data.appraisal?.usedFor;
  return (
    <Flex vertical gap={16}>
      {usedFor && usedFor !== 'appraisal' ? (
        <Alert type="info" showIcon title={t(`points.usage.${usedFor}`)} data-testid="points-usage" />
      ) : null}
      <BalanceCard ruleSet={data.ruleSet} balance={data.balance} />
      <Card size="small" title={t('points.entries.title')} styles={{ body: { padding: 12 } }}>
        {data.entries.length === 0 ? (
          <Empty description={t('points.entries.none')} />
        ) : (
          <Flex vertical gap={8} data-testid="entry-list">
            {data.entries.map((e) => (
              <EntryCard
                key={e.id}
                entry={e}
                actions={
                  <>
                    {openAppealOf(e, data.appeals) ? (
                      <Tag color="processing">{t('points.entries.appealOpen')}</Tag>
                    ) : null}
                    {entryActions?.(e)}
                  </>
                }
              />
            ))}
          </Flex>
        )}
      </Card>
      <AppealList title={t('points.appeal.list')} appeals={data.appeals} entries={data.entries} />
    </Flex>
  );
}
