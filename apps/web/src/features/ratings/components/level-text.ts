import type { ApiLanguage } from '../../../i18n';
import type { LevelLabel } from '../api/types';

const ZH_STARS = ['零星', '一星', '二星', '三星', '四星', '五星'];

/** A level's name: the scheme's own label when known, else "三星" / "3★". */
export function levelText(level: number | null, lang: ApiLanguage, levels?: readonly LevelLabel[]): string {
  if (level === null) return '';
  const own = levels?.find((l) => l.level === level);
  if (own) return own[lang];
  return lang === 'zh' ? (ZH_STARS[level] ?? `${level}级`) : `${level}★`;
}
