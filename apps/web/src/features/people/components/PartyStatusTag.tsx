import { PARTY_STATUSES, type PartyStatus } from '@zhibu/shared';
import { Tag } from 'antd';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';

// Preset tag colours (not hex values): members stand out, the recruitment pipeline is graded.
const COLORS: Record<PartyStatus, string> = {
  full: 'red',
  probationary: 'volcano',
  development: 'orange',
  activist: 'gold',
  applicant: 'blue',
  none: 'default',
};

export function PartyStatusTag({ status }: { status: PartyStatus }) {
  const lang = useLang();
  return <Tag color={COLORS[status]}>{enumLabel(PARTY_STATUSES, status, lang)}</Tag>;
}
