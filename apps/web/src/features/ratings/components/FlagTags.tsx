import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultFlags } from '../api/types';
import { FLAG_COLORS, flagKeys } from './flag-tags';

/** 一票否决 / 破格 / 名额降级 / 逐级限制 as tags; the override's reason on hover. */
export function FlagTags({ flags }: { flags: ResultFlags | null | undefined }) {
  const { t } = useTranslation();
  return flagKeys(flags).map((k) => {
    const tag = (
      <Tag key={k} color={FLAG_COLORS[k]} data-flag={k}>
        {t(`ratings.flags.${k}`)}
      </Tag>
    );
    const tip =
      k === 'overridden' ? flags?.overrideReason : k === 'vetoed' ? flags?.vetoedBy?.join('、') : null;
    return tip ? (
      <Tooltip key={k} title={tip}>
        {tag}
      </Tooltip>
    ) : (
      tag
    );
  });
}
