import { maskIdNumber, maskPhone } from '@zhibu/shared';
import { yearsBetween } from '../../platform/clock';
import type { PersonRow } from './people.repository';
import type { PersonListItem } from './people.schemas';

/** The allow-list of a person in lists and exports. ID and phone numbers are masked unless `reveal`. */
export function presentListItem(r: PersonRow, today: string, reveal: boolean): PersonListItem {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    birthDate: r.birthDate,
    age: r.birthDate ? yearsBetween(r.birthDate, today) : null,
    idNumber: reveal ? r.idNumber : maskIdNumber(r.idNumber),
    phone: reveal ? r.phone : maskPhone(r.phone),
    education: r.education,
    jobPost: r.jobPost,
    title: r.title,
    partyStatus: r.partyStatus,
    orgNodeId: r.orgNodeId,
    orgName: r.orgName,
    partyGroupId: r.partyGroupId,
    partyGroupName: r.partyGroupName,
    businessUnitName: r.businessUnitName,
    admittedOn: r.admittedOn,
    confirmedOn: r.confirmedOn,
  };
}
