// Public surface of the organisation module. The tree and its scope are used by every other module.
export { orgRoutes } from './orgs.routes';
export { createOrg } from './create-org';
export { createRootOrg } from './create-root-org';
export { saveTerm } from './save-term';
export { createBusinessUnit } from './business-units';
export { committeeOn, currentTermFacts, getOrgRow, getOrgRows, type OrgRow } from './orgs.repository';
export { canHoldPeople } from './rules/org-nesting';
export { orgWarnings, THRESHOLDS as ORG_THRESHOLDS } from './rules/org-warnings';
export { STRUCTURE_FAMILY, STRUCTURE_METRICS, structureFamily } from './rating-metrics';
