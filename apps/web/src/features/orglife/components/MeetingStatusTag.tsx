import { MEETING_STATUSES } from '@zhibu/shared';
import { Tag } from 'antd';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { MeetingStatus } from '../api/types';

// Preset colours: work to do stands out (returned), finished work is calm (reviewed).
const COLORS: Record<MeetingStatus, string> = {
  planned: 'default',
  held: 'processing',
  recorded: 'cyan',
  reviewed: 'success',
  returned: 'warning',
};

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const lang = useLang();
  return <Tag color={COLORS[status]}>{enumLabel(MEETING_STATUSES, status, lang)}</Tag>;
}
