import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/dates';
import type { MyAppeal, PointEntryView } from '../api/types';
import { AppealStatusTag } from './EntryTags';

type Props = { title: string; appeals: MyAppeal[]; entries: PointEntryView[] };

/** A member's appeals with the committee's decisions. */
export function AppealList({ title, appeals, entries }: Props) {
  const { t } = useTranslation();
  if (appeals.length === 0) return null;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (
    <Card size="small" title={title} data-testid="appeal-list">
      <Flex vertical gap={12}>
        {appeals.map((a) => {
          const e = byId.get(a.entryId);
          return (
            <Flex key={a.id} vertical gap={2} data-testid="appeal">
              <Flex justify="space-between" gap={8} align="center">
                <Typography.Text strong>
                  {e ? `${e.itemTitle}（${e.occurredOn}）` : t('points.appeal.entry')}
                </Typography.Text>
                <AppealStatusTag status={a.status} />
              </Flex>
              <Typography.Text>
                {t('points.appeal.reason')}：{a.reason}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('points.appeal.filedAt', { time: formatDateTime(a.createdAt) })}
              </Typography.Text>
              {a.decisionReason ? (
                <Typography.Text data-testid="appeal-decision">
                  {t('points.appeal.decision')}：{a.decisionReason}
                  {a.decidedAt ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {' '}
                      （{formatDateTime(a.decidedAt)}）
                    </Typography.Text>
                  ) : null}
                </Typography.Text>
              ) : null}
            </Flex>
          );
        })}
      </Flex>
    </Card>
  );
}
