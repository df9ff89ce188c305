import {
  checkIdNumber,
  LIMITS,
  passwordMeetsPolicy,
  zCode,
  zContactPhone,
  zMobile,
  zUsername,
} from '@zhibu/shared';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

// Turns the field rules of @zhibu/shared (the same schemas and checks the server validates with)
// into Ant Design Form rules, so a form never accepts what the server would reject or vice versa.

type SafeParser = {
  safeParse(v: unknown): { success: true } | { success: false; error: { issues: { message: string }[] } };
};

/** The message codes the shared schemas use (`{ message: 'mobile' }`), in the user's language. */
function schemaMessage(code: string | undefined, t: TFunction): string {
  switch (code ?? '') {
    case 'mobile':
      return t('validation.mobile');
    case 'phone':
      return t('validation.phone');
    case 'code':
      return t('validation.code');
    case 'username':
      return t('validation.username');
    case 'date':
      return t('validation.date');
    default:
      return t('validation.invalid');
  }
}

/** A rule that runs a shared Zod schema on non-empty input. Emptiness is the `required` rule's job. */
export function schemaRule(schema: SafeParser, t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      const r = schema.safeParse(value);
      if (!r.success) throw new Error(schemaMessage(r.error.issues[0]?.message, t));
    },
  };
}

export function idNumberRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value.trim() === '') return;
      const r = checkIdNumber(value);
      if (r.ok) return;
      const key = {
        format: 'validation.idNumberFormat',
        checksum: 'validation.idNumberChecksum',
        birth_date: 'validation.idNumberBirth',
      } as const;
      throw new Error(t(key[r.reason]));
    },
  };
}

export function passwordRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (typeof value !== 'string' || value === '') return;
      if (!passwordMeetsPolicy(value)) throw new Error(t('validation.password'));
    },
  };
}

/** The rules every form uses, bound to the current language. */
export function useFieldRules() {
  const { t } = useTranslation();
  return useMemo(() => {
    const required = (field: string): FormRule => ({
      required: true,
      whitespace: true,
      message: t('common.required', { field }),
    });
    const requiredChoice = (field: string): FormRule => ({
      required: true,
      message: t('common.requiredChoice', { field }),
    });
    // Passwords: spaces count as characters, so no whitespace trimming.
    const requiredSecret = (field: string): FormRule => ({
      required: true,
      message: t('common.required', { field }),
    });
    const max = (n: number): FormRule => ({ max: n, message: t('validation.maxLength', { max: n }) });
    return {
      required,
      requiredChoice,
      requiredSecret,
      max,
      personName: (field: string) => [required(field), max(LIMITS.nameMax)],
      orgName: (field: string) => [required(field), max(LIMITS.orgNameMax)],
      shortName: [max(LIMITS.shortNameMax)],
      text: [max(LIMITS.textMax)],
      code: schemaRule(zCode, t),
      mobile: schemaRule(zMobile, t),
      contactPhone: schemaRule(zContactPhone, t),
      username: schemaRule(zUsername, t),
      idNumber: idNumberRule(t),
      password: passwordRule(t),
    };
  }, [t]);
}
