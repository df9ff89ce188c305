import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { zhCN } from '../../../i18n/zh-CN';

export const AUDIT_ACTIONS = Object.keys(zhCN.audit.actions) as (keyof typeof zhCN.audit.actions)[];
export const AUDIT_ENTITY_TYPES = Object.keys(
  zhCN.audit.entityTypes,
) as (keyof typeof zhCN.audit.entityTypes)[];

/** Readable names of audit actions and object types; unknown codes (from newer modules) show as is. */
export function useAuditLabels() {
  const { t } = useTranslation();
  const action = useCallback(
    (a: string) =>
      (AUDIT_ACTIONS as string[]).includes(a) ? t(`audit.actions.${a as (typeof AUDIT_ACTIONS)[number]}`) : a,
    [t],
  );
  const entityType = useCallback(
    (e: string) =>
      (AUDIT_ENTITY_TYPES as string[]).includes(e)
        ? t(`audit.entityTypes.${e as (typeof AUDIT_ENTITY_TYPES)[number]}`)
        : e,
    [t],
  );
  return { action, entityType };
}
