import { CRITERION_KINDS, SCHEME_KINDS, type CriterionKind, type SchemeKind } from '@zhibu/shared';
import type { ApiLanguage } from '../../../i18n';
import { enumLabel } from '../../../ui/enum-label';

export const schemeKindLabel = (kind: SchemeKind, lang: ApiLanguage) =>
  enumLabel({ items: SCHEME_KINDS }, kind, lang);

export const criterionKindLabel = (kind: CriterionKind, lang: ApiLanguage) =>
  enumLabel({ items: CRITERION_KINDS }, kind, lang);
