import { Tag } from 'antd';
import { useLang } from '../../../ui/useLang';
import type { Bilingual, RoundStatus } from '../api/types';

const COLORS: Record<RoundStatus, string | undefined> = {
  draft: undefined,
  open: 'processing',
  closed: 'warning',
  published: 'success',
};

/** The round's status in the server's words (草稿, 评价中, 已截止, 已公布). */
export function RoundStatusTag({ status, label }: { status: RoundStatus; label: Bilingual }) {
  const lang = useLang();
  return (
    <Tag color={COLORS[status]} data-testid="round-status">
      {label[lang]}
    </Tag>
  );
}
