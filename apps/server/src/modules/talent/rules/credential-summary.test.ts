import type { CredentialFacts } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { credentialSummary } from './credential-summary';
import { credential, TODAY } from './fixtures';

const list = {
  juniorTitle: credential({ kind: 'title', name: '助理工程师', level: 'junior', obtainedOn: '2015-07-01' }),
  engineer: credential({ kind: 'title', name: '工程师', level: 'intermediate', obtainedOn: '2019-07-01' }),
  senior: credential({
    kind: 'certificate',
    name: '烟草物理检验工',
    level: 'senior_worker',
    obtainedOn: '2018-05-01',
  }),
  technician: credential({
    kind: 'certificate',
    name: '烟草评吸师',
    level: 'technician',
    obtainedOn: '2022-05-01',
    expiresOn: '2026-09-13',
  }),
  electrician: credential({
    kind: 'certificate',
    name: '低压电工作业',
    obtainedOn: '2020-06-01',
    expiresOn: '2026-06-15',
  }),
  forklift: credential({
    kind: 'certificate',
    name: '叉车司机',
    obtainedOn: '2020-01-01',
    expiresOn: '2026-06-14',
  }),
  award: credential({ kind: 'award', name: '优秀共产党员', level: 'municipal', obtainedOn: '2024-07-01' }),
  award2: credential({
    kind: 'award',
    name: '先进科技工作者',
    level: 'provincial',
    obtainedOn: '2023-12-01',
  }),
  award3: credential({ kind: 'award', name: '岗位能手', level: 'municipal', obtainedOn: '2021-12-01' }),
  future: credential({ kind: 'training', name: '高级研修班', level: 'industry', obtainedOn: '2026-07-01' }),
} satisfies Record<string, CredentialFacts>;
const all = Object.values(list);

describe('credentialSummary', () => {
  const s = credentialSummary(all, TODAY);

  it('counts held credentials by kind, leaving out expired and future ones', () => {
    expect(s.current).toBe(8);
    expect(s.byKind).toEqual({ certificate: 3, title: 2, training: 0, award: 3, competition: 0 });
    expect(s.expired).toEqual([list.forklift]);
    expect(s.notYetValid).toEqual([list.future]);
  });

  it('counts by level, highest first and "no level" last', () => {
    expect(s.byLevel).toEqual([
      { kind: 'certificate', level: 'technician', count: 1 },
      { kind: 'certificate', level: 'senior_worker', count: 1 },
      { kind: 'certificate', level: null, count: 1 },
      { kind: 'title', level: 'intermediate', count: 1 },
      { kind: 'title', level: 'junior', count: 1 },
      { kind: 'award', level: 'provincial', count: 1 },
      { kind: 'award', level: 'municipal', count: 2 },
    ]);
  });

  it('finds the highest title and skill grade', () => {
    expect(s.highestTitle).toBe(list.engineer);
    expect(s.highestSkill).toBe(list.technician);
    expect(credentialSummary([list.juniorTitle, list.award], TODAY)).toMatchObject({
      highestTitle: list.juniorTitle,
      highestSkill: null,
    });
    expect(credentialSummary([], TODAY)).toMatchObject({
      current: 0,
      highestTitle: null,
      highestSkill: null,
      byLevel: [],
    });
  });

  it.each<[string, number | undefined, string[]]>([
    [
      'within 90 days by default, soonest first (today and day 90 included)',
      undefined,
      ['低压电工作业', '烟草评吸师'],
    ],
    ['a 30-day window', 30, ['低压电工作业']],
    ['a 0-day window: only what ends today', 0, ['低压电工作业']],
  ])('lists what expires %s', (_name, withinDays, names) => {
    const soon = credentialSummary(all, TODAY, { withinDays }).expiringSoon;
    expect(soon.map((x) => x.credential.name)).toEqual(names);
  });

  it('gives the days left', () => {
    expect(s.expiringSoon.map((x) => [x.expiresOn, x.daysLeft])).toEqual([
      ['2026-06-15', 0],
      ['2026-09-13', 90],
    ]);
  });
});
