import { EDUCATION_LEVELS, GENDERS, PARTY_STATUSES, withCheckDigit, type EducationLevel, type PartyStatus } from '@zhibu/shared';
import type { StagedPerson } from '../../apps/server/src/modules/people/rules/roster-row';
import { addMonths, addYears } from '../../apps/server/src/platform/clock';
import { chineseName, isoDate, mobile, type Rng } from '../../apps/server/src/seed/random';

// Plausible people with valid, unique ID numbers and dates that pass checkPersonDates, in the form
// the import stages them (codes, not ids). Shared by the import benchmark and the scale generator.

// Region codes the demo seed does not use, so synthetic ID numbers never meet the demo's.
const REGIONS = ['110101', '110102', '120101', '310101', '320102', '330106', '440103', '510104'];
const EDUCATION: EducationLevel[] = ['postgraduate', 'bachelor', 'bachelor', 'bachelor', 'college', 'college', 'secondary_vocational', 'high_school'];
const POSTS = ['操作工', '机台长', '维修工', '质检员', '工艺员', '班组长', '电工', '设备主管', '科员', '主管', '工程师', '统计员'];
const TITLES = ['高级工', '技师', '高级技师', '助理工程师', '工程师', '高级工程师', '中级工', null];
const ETHNICITY = ['汉族', '汉族', '汉族', '汉族', '汉族', '汉族', '壮族', '回族', '满族', '苗族'];

/** Status mix of a typical branch: mostly members, some recruits, a quarter non-member staff. */
export function pickStatus(rng: Rng): PartyStatus {
  const x = rng.next();
  if (x < 0.55) return 'full';
  if (x < 0.6) return 'probationary';
  if (x < 0.63) return 'development';
  if (x < 0.67) return 'activist';
  if (x < 0.72) return 'applicant';
  return 'none';
}

export type Placement = { orgCode: string; partyGroupCode: string | null; businessUnitCode: string | null };

export class PeopleFactory {
  // (region, birth date) → ID numbers handed out, so that every ID number is unique.
  private readonly issued = new Map<string, number>();
  private readonly thisYear: number;

  constructor(
    private readonly rng: Rng,
    private readonly today: string,
  ) {
    this.thisYear = Number(today.slice(0, 4));
  }

  private idNumber(birthDate: string, male: boolean): string {
    const region = this.rng.pick(REGIONS);
    const key = `${region}${birthDate}`;
    const n = this.issued.get(key) ?? 0;
    if (n >= 499) return this.idNumber(addMonths(birthDate, 1), male);
    this.issued.set(key, n + 1);
    // The 17th digit is odd for men and even for women.
    const seq = String(2 * n + (male ? 1 : 0)).padStart(3, '0');
    return withCheckDigit(`${region}${birthDate.replace(/-/g, '')}${seq}`);
  }

  make(place: Placement, status: PartyStatus = pickStatus(this.rng)): StagedPerson {
    const { rng, today } = this;
    const male = rng.chance(0.62);
    // Full members are at least 25 (admitted at 21 or later, confirmed a year after); recruits at
    // least 23, so that even a 30-month pipeline started after their 18th birthday.
    const youngest = status === 'full' ? 25 : status === 'none' ? 22 : 23;
    const birthYear = rng.int(this.thisYear - 58, this.thisYear - youngest);
    const birthDate = isoDate(birthYear, rng.int(1, 12), rng.int(1, 28));
    // Joined work at 19–21: at least a year ago for everyone born 22 or more years ago.
    const joinedWorkOn = addMonths(addYears(birthDate, 19), rng.int(0, 24));
    const d: Pick<StagedPerson, 'appliedOn' | 'activistOn' | 'developmentOn' | 'admittedOn' | 'confirmedOn'> = {
      appliedOn: null,
      activistOn: null,
      developmentOn: null,
      admittedOn: null,
      confirmedOn: null,
    };
    const back = (from: string, months: number) => addMonths(from, -months);
    if (status === 'full') {
      // Admitted at 21 or later and at least two years ago.
      const earliest = addYears(birthDate, 21);
      const latest = back(today, 24);
      const span = Math.max(0, (Number(latest.slice(0, 4)) - Number(earliest.slice(0, 4))) * 12 - 1);
      d.admittedOn = addMonths(earliest, rng.int(0, span));
      d.confirmedOn = addYears(d.admittedOn, 1);
    } else if (status === 'probationary') {
      d.admittedOn = back(today, rng.int(1, 11));
    }
    if (d.admittedOn) d.developmentOn = back(d.admittedOn, rng.int(3, 10));
    if (status === 'development') d.developmentOn = back(today, rng.int(1, 8));
    if (d.developmentOn) d.activistOn = back(d.developmentOn, rng.int(12, 14));
    if (status === 'activist') d.activistOn = back(today, rng.int(1, 11));
    if (d.activistOn) d.appliedOn = back(d.activistOn, rng.int(1, 6));
    if (status === 'applicant') d.appliedOn = back(today, rng.int(1, 11));
    return {
      name: chineseName(rng, male ? 'male' : 'female'),
      gender: male ? 'male' : 'female',
      ethnicity: rng.pick(ETHNICITY),
      birthDate,
      idNumber: this.idNumber(birthDate, male),
      phone: mobile(rng),
      education: rng.pick(EDUCATION),
      jobPost: rng.pick(POSTS),
      title: rng.pick(TITLES),
      businessUnitCode: place.businessUnitCode,
      orgCode: place.orgCode,
      partyGroupCode: status === 'full' || status === 'probationary' ? place.partyGroupCode : null,
      joinedWorkOn,
      partyStatus: status,
      ...d,
    };
  }
}

/** The person as a user fills the template: Chinese labels for the enums. */
export function rosterLine(p: StagedPerson): Record<keyof StagedPerson, string | null> {
  return {
    ...p,
    gender: p.gender ? GENDERS.label(p.gender) : null,
    education: p.education ? EDUCATION_LEVELS.label(p.education) : null,
    partyStatus: p.partyStatus ? PARTY_STATUSES.label(p.partyStatus) : null,
  };
}
