// Public surface of the people module.
export { peopleRoutes } from './people.routes';
export { peopleImportRoutes } from './people-import.routes';
export { createPerson } from './create-person';
export { addPersonHistory } from './add-person-history';
export {
  countPeopleByOrg,
  countPeopleInOrg,
  membersOn,
  personNames,
  placementsOf,
  type RosterMember,
} from './people.repository';
export { checkPersonDates } from './rules/person-dates';
