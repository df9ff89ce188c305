import type { CredentialFacts, TalentCriteria } from '@zhibu/shared';
import { yearsBetween } from '../../../platform/clock';
import { credentialMeeting, describeCondition, describeCredential } from './credential-condition';
import { formatNumber } from './format';
import type { Bilingual, TalentPerson } from './types';

// One set of criteria (a tier's, or a reserve pool's entry criteria) checked against a person on a
// day: each condition met gives a reason, each one not met says what is missing.

export type CriteriaCheck<C extends CredentialFacts = CredentialFacts> = {
  met: boolean;
  reasons: Bilingual[];
  missing: Bilingual[];
  /** Over the age cap: nothing the person does can meet these criteria any more. */
  ageBlocked: boolean;
  /** The credential that met `anyCredential`, if that was asked. */
  credential: C | null;
};

export function ageOn(birthDate: string, today: string): number {
  return yearsBetween(birthDate, today);
}

export function checkCriteria<C extends CredentialFacts>(
  criteria: TalentCriteria,
  person: TalentPerson & { credentials: readonly C[] },
  today: string,
): CriteriaCheck<C> {
  const reasons: Bilingual[] = [];
  const missing: Bilingual[] = [];
  let ageBlocked = false;
  let credential: C | null = null;

  const min = formatNumber(criteria.minMatch);
  if (person.matchScore === null) {
    missing.push({
      zh: `尚无岗位画像匹配得分（需 ≥ ${min} 分）`,
      en: `No portrait match score yet (needs ≥ ${min})`,
    });
  } else if (person.matchScore >= criteria.minMatch) {
    const s = formatNumber(person.matchScore);
    reasons.push({ zh: `岗位画像匹配度 ${s} 分（≥ ${min} 分）`, en: `Portrait match ${s} (≥ ${min})` });
  } else {
    const s = formatNumber(person.matchScore);
    const gap = formatNumber(criteria.minMatch - person.matchScore);
    missing.push({
      zh: `岗位画像匹配度需 ≥ ${min} 分，当前 ${s} 分（差 ${gap} 分）`,
      en: `Portrait match must be ≥ ${min}; now ${s} (${gap} short)`,
    });
  }

  if (criteria.requireQualified) {
    if (person.qualified) {
      reasons.push({
        zh: '达到岗位画像的门槛和持证要求',
        en: 'Meets the portrait’s gates and certificate requirements',
      });
    } else {
      missing.push({
        zh: '需达到岗位画像的门槛（含政治素质）和必备证书要求',
        en: 'Must meet the portrait’s gates (political standard included) and hold its mandatory certificates',
      });
    }
  }

  if (criteria.maxAge !== null && criteria.maxAge !== undefined) {
    const max = criteria.maxAge;
    if (!person.birthDate) {
      missing.push({
        zh: `出生日期未登记，无法判断是否 ≤ ${max} 岁`,
        en: `Birth date unknown; cannot tell whether aged ≤ ${max}`,
      });
    } else {
      const age = ageOn(person.birthDate, today);
      if (age <= max) {
        reasons.push({ zh: `年龄 ${age} 岁（≤ ${max} 岁）`, en: `Aged ${age} (≤ ${max})` });
      } else {
        ageBlocked = true;
        missing.push({ zh: `年龄 ${age} 岁，超过 ${max} 岁`, en: `Aged ${age}, over ${max}` });
      }
    }
  }

  if (criteria.anyCredential.length > 0) {
    for (const condition of criteria.anyCredential) {
      credential = credentialMeeting(condition, person.credentials, today);
      if (credential) {
        const what = describeCondition(condition);
        const held = describeCredential(credential);
        reasons.push({ zh: `具备${what.zh}：${held.zh}`, en: `Has ${what.en}: ${held.en}` });
        break;
      }
    }
    if (!credential) {
      const options = criteria.anyCredential.map(describeCondition);
      missing.push({
        zh: `需具备以下之一：${options.map((o) => o.zh).join('、')}`,
        en: `Needs one of: ${options.map((o) => o.en).join('; ')}`,
      });
    }
  }

  return { met: missing.length === 0, reasons, missing, ageBlocked, credential };
}
