import { zCertificateRequirement, type CredentialFacts } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { checkCertificate, normaliseName, requirementLabel } from './certificate-check';
import { credential, TODAY } from './fixtures';

const METROLOGY = zCertificateRequirement.parse({
  name: '注册计量师',
  mandatory: true,
  aliases: ['计量检定员'],
});
const ENGINEER = zCertificateRequirement.parse({
  name: '工程师',
  kind: 'title',
  minLevel: 'intermediate',
  mandatory: true,
});
const FORKLIFT = zCertificateRequirement.parse({ name: '叉车司机', mandatory: true, aliases: ['N1'] });

describe('checkCertificate', () => {
  it.each<
    [string, ReturnType<typeof zCertificateRequirement.parse>, CredentialFacts[], string, string | null]
  >([
    [
      'exact name',
      METROLOGY,
      [credential({ kind: 'certificate', name: '注册计量师' })],
      'held',
      '注册计量师',
    ],
    [
      'alias inside a longer name',
      METROLOGY,
      [credential({ kind: 'certificate', name: '计量检定员证（长度）' })],
      'held',
      '计量检定员证（长度）',
    ],
    [
      'spaces and full-width brackets ignored',
      FORKLIFT,
      [credential({ kind: 'certificate', name: '特种设备作业人员证 (n1)' })],
      'held',
      '特种设备作业人员证 (n1)',
    ],
    [
      'unrelated certificate',
      METROLOGY,
      [credential({ kind: 'certificate', name: '低压电工作业' })],
      'missing',
      null,
    ],
    [
      'a 高级工程师 meets 中级 or above',
      ENGINEER,
      [credential({ kind: 'title', name: '高级工程师', level: 'associate_senior' })],
      'held',
      '高级工程师',
    ],
    [
      'a 助理工程师 is below 中级',
      ENGINEER,
      [credential({ kind: 'title', name: '助理工程师', level: 'junior' })],
      'level_too_low',
      '助理工程师',
    ],
    [
      'the higher of two titles is taken',
      ENGINEER,
      [
        credential({ kind: 'title', name: '助理工程师', level: 'junior', obtainedOn: '2015-01-01' }),
        credential({ kind: 'title', name: '工程师', level: 'intermediate', obtainedOn: '2019-01-01' }),
      ],
      'held',
      '工程师',
    ],
    [
      'expired beats a lower current one: renewing is the fix',
      ENGINEER,
      [
        credential({ kind: 'title', name: '助理工程师', level: 'junior' }),
        credential({ kind: 'title', name: '工程师', level: 'intermediate', expiresOn: '2026-01-01' }),
      ],
      'expired',
      '工程师',
    ],
  ])('%s', (_name, req, credentials, status, name) => {
    const check = checkCertificate(req, credentials, TODAY);
    expect(check.status).toBe(status);
    expect(check.credential?.name ?? null).toBe(name);
  });

  it('passes the caller’s own credential object through', () => {
    const row = { ...credential({ kind: 'certificate', name: '注册计量师' }), id: 'c-1' };
    expect(checkCertificate(METROLOGY, [row], TODAY).credential?.id).toBe('c-1');
  });
});

describe('labels', () => {
  it.each([
    ['卷烟 （物理） 检验', '卷烟(物理)检验'],
    ['N1 叉车', 'n1叉车'],
  ])('normaliseName(%s) = %s', (raw, normalised) => {
    expect(normaliseName(raw)).toBe(normalised);
  });

  it('names the level asked', () => {
    expect(requirementLabel(ENGINEER)).toEqual({
      zh: '工程师（中级及以上）',
      en: '工程师 (intermediate or above)',
    });
    expect(requirementLabel(METROLOGY)).toEqual({ zh: '注册计量师', en: '注册计量师' });
  });
});
