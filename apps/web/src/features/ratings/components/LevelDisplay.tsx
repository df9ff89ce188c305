import type { SchemeKind } from '@zhibu/shared';
import { Flex, Rate, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../api/types';
import { useLang } from '../../../ui/useLang';

type Props = {
  level: number | null;
  label: Bilingual;
  kind: SchemeKind;
  maxLevel: number;
  size?: 'small' | 'large';
};

/** A star rating as stars (with its name); other gradings (优秀, 好 …) as a tag. */
export function LevelDisplay({ level, label, kind, maxLevel, size = 'small' }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  const text = label[lang] || (level === null ? t('ratings.noLevel') : String(level));
  if (kind === 'star' && level !== null && level > 0) {
    return (
      <Flex align="center" gap={8} wrap>
        <Rate
          disabled
          count={Math.max(maxLevel, level)}
          value={level}
          style={{ fontSize: size === 'large' ? 24 : 14 }}
          aria-label={text}
        />
        <Typography.Text strong={size === 'large'}>{text}</Typography.Text>
      </Flex>
    );
  }
  const color =
    level === null ? 'default' : level >= maxLevel ? 'gold' : level >= maxLevel - 1 ? 'blue' : 'default';
  return (
    <Tag color={color} style={size === 'large' ? { fontSize: 16, padding: '2px 10px' } : undefined}>
      {text}
    </Tag>
  );
}
