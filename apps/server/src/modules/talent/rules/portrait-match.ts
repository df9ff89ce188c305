import {
  DEFAULT_INDICATORS,
  type CredentialFacts,
  type JobPortrait,
  type PortraitIndicator,
} from '@zhibu/shared';
import { checkCertificates, type CertificateCheck } from './certificate-check';
import { formatNumber, formatPercent, round2 } from './format';
import type { Bilingual, PortraitCandidate } from './types';

// How well a person fits a job portrait: the weighted indicator score, the gates (the political
// standard first), the mandatory certificates held on the day, and radar data for the profile chart.
// A failed gate or a missing certificate does not lower the score; it makes the person not qualified,
// so that the number still says how strong they are and the flag says what holds them back.

export type RadarPoint = { code: string; title: string; score: number | null; weight: number };

export type GateFailure = { code: string; title: string; min: number; score: number | null };

export type PortraitMatch<C extends CredentialFacts = CredentialFacts> = {
  portraitCode: string;
  /** Σ weight × score over the indicators, 0..100, two decimals; unscored indicators count 0. */
  score: number;
  /** No gate failed and every mandatory certificate is held. */
  qualified: boolean;
  gateFailures: GateFailure[];
  /** Mandatory requirements not held on the day (missing, expired, or below the level asked). */
  missingCertificates: CertificateCheck<C>[];
  /** Every requirement, mandatory or not, in the portrait's order. */
  certificates: CertificateCheck<C>[];
  /** Indicator codes without a score. */
  unscored: string[];
  radar: RadarPoint[];
  explanation: Bilingual[];
};

/** A score as given, clamped to 0..100; null when not scored. */
function scoreOf(scores: PortraitCandidate['scores'], code: string): number | null {
  const s = scores[code];
  if (s === null || s === undefined || !Number.isFinite(s)) return null;
  return Math.min(100, Math.max(0, s));
}

/** English name of an indicator: the default label when the portrait kept the default title. */
function titleEn(i: PortraitIndicator): string {
  const known = DEFAULT_INDICATORS.find((d) => d.value === i.code && d.zh === i.title);
  return known?.en ?? i.title;
}

function indicatorLine(i: PortraitIndicator, score: number | null): Bilingual {
  const got = round2((score ?? 0) * i.weight);
  const zhScore = score === null ? '未评分（按 0 分计）' : `${formatNumber(score)} 分`;
  const enScore = score === null ? 'not scored (counts 0)' : formatNumber(score);
  const line = {
    zh: `${i.title} ${zhScore} × ${formatPercent(i.weight)} = ${formatNumber(got)} 分`,
    en: `${titleEn(i)} ${enScore} × ${formatPercent(i.weight)} = ${formatNumber(got)}`,
  };
  if (i.gateMin === null || i.gateMin === undefined) return line;
  const passed = score !== null && score >= i.gateMin;
  return {
    zh: `${line.zh}（门槛 ≥ ${formatNumber(i.gateMin)} 分，${passed ? '已达到' : '未达到'}）`,
    en: `${line.en} (gate ≥ ${formatNumber(i.gateMin)}, ${passed ? 'met' : 'not met'})`,
  };
}

export function portraitMatch<C extends CredentialFacts>(
  portrait: JobPortrait,
  person: { scores: PortraitCandidate['scores']; credentials: readonly C[] },
  today: string,
): PortraitMatch<C> {
  const explanation: Bilingual[] = [];
  const radar: RadarPoint[] = [];
  const gateFailures: GateFailure[] = [];
  const unscored: string[] = [];
  let total = 0;

  for (const i of portrait.indicators) {
    const score = scoreOf(person.scores, i.code);
    if (score === null) unscored.push(i.code);
    total += (score ?? 0) * i.weight;
    radar.push({ code: i.code, title: i.title, score, weight: i.weight });
    explanation.push(indicatorLine(i, score));
    if (i.gateMin !== null && i.gateMin !== undefined && (score === null || score < i.gateMin)) {
      gateFailures.push({ code: i.code, title: i.title, min: i.gateMin, score });
    }
  }
  const score = round2(total);
  explanation.push({ zh: `加权得分 ${formatNumber(score)} 分`, en: `Weighted score ${formatNumber(score)}` });

  const certificates = checkCertificates(portrait.certificates, person.credentials, today);
  for (const c of certificates) {
    const tag = c.requirement.mandatory ? { zh: '必备', en: 'mandatory' } : { zh: '选配', en: 'optional' };
    explanation.push({ zh: `${tag.zh}：${c.explanation.zh}`, en: `${c.explanation.en} (${tag.en})` });
  }
  const missingCertificates = certificates.filter((c) => c.requirement.mandatory && c.status !== 'held');

  const qualified = gateFailures.length === 0 && missingCertificates.length === 0;
  explanation.push(verdict(gateFailures, missingCertificates.length));
  return {
    portraitCode: portrait.code,
    score,
    qualified,
    gateFailures,
    missingCertificates,
    certificates,
    unscored,
    radar,
    explanation,
  };
}

function verdict(gateFailures: GateFailure[], missing: number): Bilingual {
  if (gateFailures.length === 0 && missing === 0) {
    return {
      zh: '达到岗位画像的门槛和持证要求',
      en: 'Meets the portrait’s gates and certificate requirements',
    };
  }
  const zh: string[] = [];
  const en: string[] = [];
  if (gateFailures.length > 0) {
    zh.push(`${gateFailures.map((g) => g.title).join('、')}未达门槛`);
    en.push(`${gateFailures.length} gate${gateFailures.length === 1 ? '' : 's'} not met`);
  }
  if (missing > 0) {
    zh.push(`缺少必备证书 ${missing} 项`);
    en.push(`${missing} mandatory certificate${missing === 1 ? '' : 's'} missing`);
  }
  return { zh: `暂不符合岗位要求：${zh.join('；')}`, en: `Not yet qualified: ${en.join('; ')}` };
}
