import { MEETING_TYPES, type MeetingType } from '@zhibu/shared';
import { Flex, Tag } from 'antd';
import { enumLabel } from '../../../ui/enum-label';
import { useLang } from '../../../ui/useLang';

/** The types one sitting counts as (a 主题党日 may also be a 支部党员大会). */
export function MeetingTypeTags({ types }: { types: readonly MeetingType[] }) {
  const lang = useLang();
  return (
    <Flex gap={4} wrap>
      {types.map((t) => (
        <Tag key={t} color="red" variant="outlined">
          {enumLabel(MEETING_TYPES, t, lang)}
        </Tag>
      ))}
    </Flex>
  );
}
