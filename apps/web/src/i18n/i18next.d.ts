import 'i18next';
import type { Messages } from './en';

// Type-checked translation keys: t('orgs.move') compiles, t('orgs.mvoe') does not. Values are typed
// as plain strings so that interpolation values may be numbers.
declare module 'i18next' {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}
