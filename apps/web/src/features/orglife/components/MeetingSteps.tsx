import { MEETING_STATUSES } from '@zhibu/shared';
import { Steps } from 'antd';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';
import type { MeetingStatus } from '../api/types';

const ORDER = ['planned', 'held', 'recorded', 'reviewed'] as const;

/** planned → held → recorded → reviewed; a returned record shows as an error at the "recorded" step. */
export function MeetingSteps({ status }: { status: MeetingStatus }) {
  const lang = useLang();
  const returned = status === 'returned';
  const current = returned ? 2 : ORDER.indexOf(status);
  return (
    <Steps
      size="small"
      responsive={false}
      current={current}
      status={returned ? 'error' : status === 'reviewed' ? 'finish' : 'process'}
      items={ORDER.map((s, i) => ({
        key: s,
        title: enumLabel(MEETING_STATUSES, returned && i === 2 ? 'returned' : s, lang),
      }))}
      style={{ marginBottom: 16 }}
    />
  );
}
