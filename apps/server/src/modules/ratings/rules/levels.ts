// The level pipeline: an org's own level first, then the rules that weigh it against the others.
export {
  bandLevelOf,
  hardCapOf,
  levelBeforePopulation,
  type HardOutcome,
  type LevelBeforePopulation,
} from './level-before-population';
export {
  applyPopulationRules,
  type Override,
  type OverrideError,
  type PopulationOutcome,
  type RatedOrg,
} from './population-rules';
