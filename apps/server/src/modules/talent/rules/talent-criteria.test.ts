import { zTalentCriteria, type CredentialFacts } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { credential, TODAY } from './fixtures';
import { ageOn, checkCriteria } from './talent-criteria';
import type { TalentPerson } from './types';

const person = (patch: Partial<TalentPerson> = {}): TalentPerson => ({
  matchScore: 80,
  qualified: true,
  birthDate: '1990-06-15',
  credentials: [],
  ...patch,
});

describe('ageOn', () => {
  it.each([
    ['1990-06-15', '2026-06-15', 36],
    ['1990-06-16', '2026-06-15', 35],
    ['1991-06-15', '2026-06-15', 35],
    ['2000-02-29', '2026-02-28', 25],
    ['2000-02-29', '2026-03-01', 26],
  ])('born %s, on %s: %i', (birth, today, age) => {
    expect(ageOn(birth, today)).toBe(age);
  });
});

describe('checkCriteria', () => {
  const young = zTalentCriteria.parse({ minMatch: 60, maxAge: 35 });
  const titled = zTalentCriteria.parse({
    minMatch: 80,
    anyCredential: [
      { kind: 'title', minLevel: 'intermediate' },
      { kind: 'certificate', minLevel: 'technician' },
    ],
  });
  const title = credential({ kind: 'title', name: '工程师', level: 'intermediate' });
  const technician = credential({ kind: 'certificate', name: '烟草评吸师', level: 'technician' });

  it.each<[string, ReturnType<typeof zTalentCriteria.parse>, TalentPerson, boolean, string[]]>([
    ['60 at 35 meets', young, person({ matchScore: 60, birthDate: '1990-06-16' }), true, []],
    [
      '59.99 misses by 0.01',
      young,
      person({ matchScore: 59.99, birthDate: '1990-06-16' }),
      false,
      ['岗位画像匹配度需 ≥ 60 分，当前 59.99 分（差 0.01 分）'],
    ],
    [
      '36 today is over 35',
      young,
      person({ matchScore: 90, birthDate: '1990-06-15' }),
      false,
      ['年龄 36 岁，超过 35 岁'],
    ],
    [
      'unknown birth date cannot pass an age cap',
      young,
      person({ birthDate: null }),
      false,
      ['出生日期未登记，无法判断是否 ≤ 35 岁'],
    ],
    [
      'no match score yet',
      young,
      person({ matchScore: null, birthDate: '2000-01-01' }),
      false,
      ['尚无岗位画像匹配得分（需 ≥ 60 分）'],
    ],
    [
      'gates not met',
      young,
      person({ qualified: false, birthDate: '2000-01-01' }),
      false,
      ['需达到岗位画像的门槛（含政治素质）和必备证书要求'],
    ],
    ['a 中级 title', titled, person({ credentials: [title] }), true, []],
    ['a 技师 certificate', titled, person({ credentials: [technician] }), true, []],
    [
      'a 高级工 is not enough',
      titled,
      person({ credentials: [{ ...technician, level: 'senior_worker' }] }),
      false,
      ['需具备以下之一：中级及以上职称、技师及以上证书'],
    ],
    [
      'an expired 技师 certificate does not count',
      titled,
      person({ credentials: [{ ...technician, expiresOn: '2026-06-14' }] }),
      false,
      ['需具备以下之一：中级及以上职称、技师及以上证书'],
    ],
  ])('%s', (_name, criteria, p, met, missing) => {
    const check = checkCriteria(criteria, p, TODAY);
    expect(check.met).toBe(met);
    expect(check.missing.map((m) => m.zh)).toEqual(missing);
  });

  it('ignores the qualification when the criteria do not ask for it', () => {
    const loose = zTalentCriteria.parse({ minMatch: 60, requireQualified: false });
    expect(checkCriteria(loose, person({ qualified: false }), TODAY).met).toBe(true);
  });

  it('marks an age cap as unreachable and names the credential that counted', () => {
    expect(checkCriteria(young, person({ birthDate: '1980-01-01' }), TODAY).ageBlocked).toBe(true);
    expect(checkCriteria(young, person({ matchScore: 10, birthDate: '2000-01-01' }), TODAY).ageBlocked).toBe(
      false,
    );
    const creds: CredentialFacts[] = [technician, title];
    const check = checkCriteria(titled, person({ credentials: creds }), TODAY);
    expect(check.credential).toBe(title);
    expect(check.reasons.map((r) => r.zh)).toEqual([
      '岗位画像匹配度 80 分（≥ 80 分）',
      '达到岗位画像的门槛和持证要求',
      '具备中级及以上职称：职称：工程师（中级）',
    ]);
  });
});
