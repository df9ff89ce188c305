import { withCheckDigit } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import type { PersonDetail } from '../api/types';
import { changedFields, derivedFromIdNumber, fromPerson, toPersonFields } from './person-form-values';

const person = {
  name: '张三',
  gender: 'male',
  partyStatus: 'full',
  education: 'bachelor',
  businessUnitId: null,
  excludedFromQuorum: false,
  idNumber: '110101********4513',
  phone: '138****0000',
  birthDate: '1990-03-07',
  joinedWorkOn: null,
  appliedOn: null,
  activistOn: null,
  developmentOn: null,
  admittedOn: '2015-07-01',
  confirmedOn: null,
  ethnicity: '汉族',
  jobPost: '操作工',
  title: null,
  quorumExclusionReason: null,
  quorumExclusionRef: null,
} as unknown as PersonDetail;

describe('person form values', () => {
  it('sends only what changed', () => {
    const before = toPersonFields(fromPerson(person), false);
    const after = toPersonFields({ ...fromPerson(person), jobPost: ' 班组长 ', title: '' }, false);
    expect(changedFields(before, after)).toEqual({ jobPost: '班组长' });
  });
  it('never sends masked ID or phone numbers back', () => {
    const fields = toPersonFields(fromPerson(person), false);
    expect(fields).not.toHaveProperty('idNumber');
    expect(fields).not.toHaveProperty('phone');
  });
  it('derives birth date and gender from a valid ID number only', () => {
    expect(derivedFromIdNumber(withCheckDigit('11010119900307452'))).toEqual({
      birthDate: '1990-03-07',
      gender: 'female',
    });
    expect(derivedFromIdNumber('110101199003074520')).toBeNull();
  });
});
