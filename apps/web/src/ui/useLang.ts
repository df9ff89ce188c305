import { useTranslation } from 'react-i18next';
import { toApiLanguage, type ApiLanguage } from '../i18n';

/** 'zh' or 'en': the key @zhibu/shared enum labels are looked up with. */
export function useLang(): ApiLanguage {
  const { i18n } = useTranslation();
  return toApiLanguage(i18n.language);
}
