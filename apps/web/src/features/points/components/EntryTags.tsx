import type { PointEntryStatus } from '@zhibu/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppealStatus, EntryOrigin } from '../api/types';

const STATUS_COLORS: Record<PointEntryStatus, string> = {
  claimed: 'processing',
  approved: 'success',
  rejected: 'error',
};

/** 待审核 / 已通过 / 未通过. */
export function EntryStatusTag({ status }: { status: PointEntryStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="entry-status">
      {t(`points.status.${status}`)}
    </Tag>
  );
}

/** 自动 / 申报 / 支部认定 / 申诉. */
export function OriginTag({ origin }: { origin: EntryOrigin }) {
  const { t } = useTranslation();
  return <Tag>{t(`points.origin.${origin}`)}</Tag>;
}

const APPEAL_COLORS: Record<AppealStatus, string> = {
  open: 'processing',
  upheld: 'success',
  dismissed: 'default',
};

export function AppealStatusTag({ status }: { status: AppealStatus }) {
  const { t } = useTranslation();
  return <Tag color={APPEAL_COLORS[status]}>{t(`points.appealStatus.${status}`)}</Tag>;
}
