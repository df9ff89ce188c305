import { credentialLevel, type CertificateRequirement, type CredentialFacts } from '@zhibu/shared';
import { isCurrent, isExpired, levelAtLeast } from './credential-status';
import type { Bilingual } from './types';

// 持证上岗: which of a post's required certificates a person holds on a given day. Names are written
// differently from sheet to sheet ("计量检定员证", "计量检定员（长度）"), so a requirement is met by any
// credential of its kind whose name contains the requirement's name or one of its aliases.

export type CertificateStatus = 'held' | 'expired' | 'level_too_low' | 'missing';

export type CertificateCheck<C extends CredentialFacts = CredentialFacts> = {
  requirement: CertificateRequirement;
  status: CertificateStatus;
  /** The credential that meets it (held), or the nearest one (expired, level too low); null when missing. */
  credential: C | null;
  explanation: Bilingual;
};

/** Compare names without spaces, with half-width brackets and in lower case. */
export function normaliseName(name: string): string {
  return name.replace(/\s/g, '').replace(/（/g, '(').replace(/）/g, ')').toLowerCase();
}

function nameMatches(req: CertificateRequirement, credentialName: string): boolean {
  const have = normaliseName(credentialName);
  return [req.name, ...req.aliases].some((n) => have.includes(normaliseName(n)));
}

/** "质量检验员（高级工及以上）" — the requirement as the explanations name it. */
export function requirementLabel(req: CertificateRequirement): Bilingual {
  if (!req.minLevel) return { zh: req.name, en: req.name };
  const level = credentialLevel(req.minLevel);
  return { zh: `${req.name}（${level.zh}及以上）`, en: `${req.name} (${level.en.toLowerCase()} or above)` };
}

const latestFirst = <C extends CredentialFacts>(a: C, b: C) => b.obtainedOn.localeCompare(a.obtainedOn);

export function checkCertificate<C extends CredentialFacts>(
  req: CertificateRequirement,
  credentials: readonly C[],
  today: string,
): CertificateCheck<C> {
  const label = requirementLabel(req);
  const named = credentials.filter((c) => c.kind === req.kind && nameMatches(req, c.name)).sort(latestFirst);
  const levelOk = named.filter((c) => levelAtLeast(c.level, req.minLevel));

  const held = levelOk.find((c) => isCurrent(c, today));
  if (held) {
    const until = held.expiresOn
      ? { zh: `（有效期至 ${held.expiresOn}）`, en: ` (valid until ${held.expiresOn})` }
      : { zh: '', en: '' };
    return {
      requirement: req,
      status: 'held',
      credential: held,
      explanation: {
        zh: `持有${label.zh}：${held.name}${until.zh}`,
        en: `Holds ${label.en}: ${held.name}${until.en}`,
      },
    };
  }
  const expired = levelOk.find((c) => isExpired(c, today));
  if (expired) {
    return {
      requirement: req,
      status: 'expired',
      credential: expired,
      explanation: {
        zh: `${label.zh}已于 ${expired.expiresOn} 到期，视为未持证`,
        en: `${label.en} expired on ${expired.expiresOn} and counts as missing`,
      },
    };
  }
  const lower = named.find((c) => isCurrent(c, today));
  if (lower) {
    const level = lower.level ? credentialLevel(lower.level) : null;
    return {
      requirement: req,
      status: 'level_too_low',
      credential: lower,
      explanation: {
        zh: `${lower.name}的等级为${level?.zh ?? '未填写'}，要求${label.zh}`,
        en: `${lower.name} is at ${level?.en.toLowerCase() ?? 'no stated level'}; ${label.en} is required`,
      },
    };
  }
  return {
    requirement: req,
    status: 'missing',
    credential: null,
    explanation: { zh: `未持有${label.zh}`, en: `Does not hold ${label.en}` },
  };
}

/** Every requirement in the portrait's order. */
export function checkCertificates<C extends CredentialFacts>(
  requirements: readonly CertificateRequirement[],
  credentials: readonly C[],
  today: string,
): CertificateCheck<C>[] {
  return requirements.map((r) => checkCertificate(r, credentials, today));
}
