import type { ApiLanguage } from '../i18n';

type LabelSource = {
  readonly items: readonly { readonly value: string; readonly zh: string; readonly en: string }[];
};

/** The label of an enum value from @zhibu/shared, tolerating unknown values and nulls. */
export function enumLabel(source: LabelSource, value: string | null | undefined, lang: ApiLanguage): string {
  if (!value) return '';
  return source.items.find((i) => i.value === value)?.[lang] ?? value;
}

/** Select options for an enum from @zhibu/shared, labelled in the UI language. */
export function enumOptions(source: LabelSource, lang: ApiLanguage): { value: string; label: string }[] {
  return source.items.map((i) => ({ value: i.value, label: i[lang] }));
}

/** "Name（note）" in Chinese, "Name (note)" in English. */
export function withNote(text: string, note: string | number | null | undefined, lang: ApiLanguage): string {
  if (note === null || note === undefined || note === '') return text;
  return lang === 'zh' ? `${text}（${note}）` : `${text} (${note})`;
}
