import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';

export type UiLanguage = 'zh-CN' | 'en';
/** The short code @zhibu/shared labels and the server's zhibu_lang cookie use. */
export type ApiLanguage = 'zh' | 'en';

// The server picks the language of its error messages from this cookie, so the UI and the
// messages it shows always agree.
const COOKIE = 'zhibu_lang';

function cookieLanguage(): UiLanguage | null {
  const m = /(?:^|;\s*)zhibu_lang=(zh|en)\b/.exec(document.cookie);
  if (!m) return null;
  return m[1] === 'en' ? 'en' : 'zh-CN';
}

export function toApiLanguage(lang: string): ApiLanguage {
  return lang.startsWith('en') ? 'en' : 'zh';
}

function apply(lang: UiLanguage) {
  document.cookie = `${COOKIE}=${toApiLanguage(lang)}; path=/; max-age=31536000; SameSite=Lax`;
  document.documentElement.lang = lang;
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
}

// Chinese ships with the first page; English is fetched the first time it is chosen, so the login
// page does not carry a second copy of every text.
async function ensureLoaded(lang: UiLanguage): Promise<void> {
  if (lang !== 'en' || i18n.hasResourceBundle('en', 'translation')) return;
  const { en } = await import('./en');
  i18n.addResourceBundle('en', 'translation', en);
}

export async function setLanguage(lang: UiLanguage): Promise<void> {
  await ensureLoaded(lang);
  apply(lang);
  await i18n.changeLanguage(lang);
}

/** Initialises the texts; resolves once the chosen language is loaded, before the first render. */
export async function initI18n(): Promise<typeof i18n> {
  // Chinese unless the user chose English before (the cookie outlives the session).
  const lang = cookieLanguage() ?? 'zh-CN';
  apply(lang);
  void i18n.use(initReactI18next).init({
    lng: 'zh-CN',
    fallbackLng: 'zh-CN',
    resources: { 'zh-CN': { translation: zhCN } },
    interpolation: { escapeValue: false },
    returnNull: false,
    // Chinese is bundled: initialise synchronously so the first render is already translated.
    initAsync: false,
  });
  if (lang !== 'zh-CN') await setLanguage(lang);
  return i18n;
}

export { i18n };
