import { withCheckDigit } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { checkPersonDates, type PersonDates } from './person-dates';

const TODAY = '2026-11-21';
const ID = withCheckDigit('45020219900307001'); // born 1990-03-07, male
const full = (o: Partial<PersonDates>): PersonDates => ({
  gender: 'male',
  idNumber: ID,
  birthDate: '1990-03-07',
  joinedWorkOn: '2012-07-01',
  partyStatus: 'full',
  appliedOn: '2013-03-01',
  activistOn: '2013-06-01',
  developmentOn: '2014-09-01',
  admittedOn: '2015-01-10',
  confirmedOn: '2016-01-10',
  ...o,
});
const issues = (p: PersonDates) => checkPersonDates(p, TODAY).map((i) => `${i.field}:${i.code}`);

describe('person dates and Party status', () => {
  it.each<[string, Partial<PersonDates>, string[]]>([
    ['a consistent full member', {}, []],
    ['birth date differs from the ID number', { birthDate: '1990-03-08' }, ['birthDate:ID_BIRTH_MISMATCH']],
    ['gender differs from the ID number', { gender: 'female' }, ['gender:ID_GENDER_MISMATCH']],
    ['admission in the future', { admittedOn: '2027-01-01', confirmedOn: null, partyStatus: 'probationary' }, ['admittedOn:IN_FUTURE']],
    ['activist before applying', { activistOn: '2013-01-01' }, ['activistOn:OUT_OF_ORDER']],
    ['confirmed 11 months after admission', { confirmedOn: '2015-12-10' }, ['confirmedOn:PROBATION_TOO_SHORT']],
    ['confirmed exactly one year after admission', { confirmedOn: '2016-01-10' }, []],
    ['applied at 17', { appliedOn: '2007-06-01', activistOn: '2008-06-01', developmentOn: '2009-06-01', admittedOn: '2010-06-01', confirmedOn: '2011-06-01', joinedWorkOn: '2006-07-01' }, ['appliedOn:UNDER_18']],
    ['a full member without a 转正 date', { confirmedOn: null }, ['confirmedOn:REQUIRED_FOR_STATUS']],
    ['a probationary member with a 转正 date', { partyStatus: 'probationary' }, ['confirmedOn:NOT_FOR_STATUS']],
    ['an applicant with an admission date', { partyStatus: 'applicant', activistOn: null, developmentOn: null, confirmedOn: null }, ['admittedOn:NOT_FOR_STATUS']],
    ['joined work before birth', { joinedWorkOn: '1989-01-01' }, ['joinedWorkOn:BEFORE_BIRTH']],
  ])('%s', (_n, o, expected) => {
    expect(issues(full(o))).toEqual(expected);
  });

  it('takes the birth date from the ID number when none is given', () => {
    expect(issues(full({ birthDate: null, appliedOn: '2007-06-01', joinedWorkOn: null }))).toContain('appliedOn:UNDER_18');
  });
});
