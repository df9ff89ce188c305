import { zJobPortrait, type CredentialFacts, type JobPortrait } from '@zhibu/shared';

// Small, hand-checked inputs shared by the talent rule tests.

export const TODAY = '2026-06-15';

/** Weights 20/10/10/10/20/10/20; political gate 60, quality-and-safety gate 70. */
export const INSPECTOR: JobPortrait = zJobPortrait.parse({
  code: 'qi-test',
  title: '质量检验员（测试）',
  family: 'quality_inspection',
  skills: ['物理指标检测'],
  certificates: [
    { name: '烟草物理检验工', minLevel: 'intermediate_worker', mandatory: true, aliases: ['物理检验'] },
    { name: '内审员', mandatory: false },
  ],
  indicators: [
    { code: 'political', title: '政治素质', weight: 0.2, gateMin: 60 },
    { code: 'conduct', title: '行为规范', weight: 0.1 },
    { code: 'service', title: '服务意识', weight: 0.1 },
    { code: 'innovation', title: '创新意识', weight: 0.1 },
    { code: 'quality_safety', title: '质量安全', weight: 0.2, gateMin: 70 },
    { code: 'collaboration', title: '协同协作', weight: 0.1 },
    { code: 'skill', title: '专业技能', weight: 0.2 },
  ],
});

/** 90/80/70/60/85/75/95 → 18 + 8 + 7 + 6 + 17 + 7.5 + 19 = 82.5 on INSPECTOR. */
export const SCORES = {
  political: 90,
  conduct: 80,
  service: 70,
  innovation: 60,
  quality_safety: 85,
  collaboration: 75,
  skill: 95,
};

export function credential(
  patch: Partial<CredentialFacts> & Pick<CredentialFacts, 'kind' | 'name'>,
): CredentialFacts {
  return { level: null, obtainedOn: '2020-01-01', expiresOn: null, ...patch };
}

export const PHYSICAL_CERT = credential({
  kind: 'certificate',
  name: '烟草物理检验工职业技能等级证书',
  level: 'senior_worker',
  expiresOn: '2027-12-31',
});
