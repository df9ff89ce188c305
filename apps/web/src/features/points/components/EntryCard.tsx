import { Card, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLang } from '../../../ui/useLang';
import type { PointEntryView } from '../api/types';
import { EntryStatusTag, OriginTag } from './EntryTags';
import { EvidenceFiles } from './EvidenceFiles';
import { formatPoints, signedPoints } from './format';

type Props = { entry: PointEntryView; actions?: ReactNode };

/** One ledger entry: what, when, how many points and what counted, its review and its evidence. */
export function EntryCard({ entry: e, actions }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const reversal = e.reversesId !== null;
  const reversed = e.reversedBy !== null;
  return (
    <Card size="small" data-testid="point-entry" data-entry-id={e.id} styles={{ body: { padding: 12 } }}>
      <Flex vertical gap={6}>
        <Flex justify="space-between" align="flex-start" gap={8}>
          <Typography.Text
            strong
            style={{ minWidth: 0, textDecoration: reversed ? 'line-through' : undefined }}
          >
            {e.itemTitle}
          </Typography.Text>
          <Typography.Text
            strong
            type={e.points < 0 ? 'danger' : e.status === 'approved' ? 'success' : 'secondary'}
            style={{ whiteSpace: 'nowrap' }}
            data-testid="entry-points"
          >
            {signedPoints(e.points)}
          </Typography.Text>
        </Flex>
        <Flex gap={4} wrap align="center">
          <Typography.Text type="secondary">{e.occurredOn}</Typography.Text>
          {e.units !== 1 ? (
            <Typography.Text type="secondary">
              · {t('points.entries.units', { units: formatPoints(e.units) })}
            </Typography.Text>
          ) : null}
          <EntryStatusTag status={e.status} />
          <OriginTag origin={e.origin} />
          {e.veto ? <Tag color="red">{t('points.entries.veto')}</Tag> : null}
          {reversal ? (
            <Tag color="orange">
              {e.reversesTitle
                ? t('points.entries.reversalOf', { date: e.reversesTitle })
                : t('points.entries.reversal')}
            </Tag>
          ) : null}
          {reversed ? <Tag color="orange">{t('points.entries.reversed')}</Tag> : null}
        </Flex>
        {e.status === 'approved' && !reversal ? (
          <Typography.Text type="secondary" data-testid="entry-counted">
            {t('points.entries.counted', { points: signedPoints(e.counted) })}
            {e.explanation ? `（${e.explanation[lang]}）` : ''}
          </Typography.Text>
        ) : null}
        {e.note ? (
          <Typography.Text>
            {t('points.entries.note')}：{e.note}
          </Typography.Text>
        ) : null}
        {e.reviewReason ? (
          <Typography.Text
            type={e.status === 'rejected' ? 'danger' : undefined}
            data-testid="entry-review-reason"
          >
            {t('points.entries.reviewReason')}：{e.reviewReason}
          </Typography.Text>
        ) : null}
        <EvidenceFiles entryId={e.id} files={e.files} />
        {(e.sourceId && e.sourceType === 'meeting') || actions ? (
          <Flex gap={8} wrap align="center" justify="space-between">
            {e.sourceId && e.sourceType === 'meeting' ? (
              <Link to={`/orglife/meetings/${e.sourceId}`}>{t('points.entries.meeting')}</Link>
            ) : (
              <span />
            )}
            {actions ? <Flex gap={8}>{actions}</Flex> : null}
          </Flex>
        ) : null}
      </Flex>
    </Card>
  );
}
