import { EVALUATION_METRICS, evaluationFamily } from './modules/evaluation/index';
import { MEETING_METRICS, meetingsFamily } from './modules/orglife/index';
import { STRUCTURE_METRICS, structureFamily } from './modules/orgs/index';
import { POINTS_METRICS, pointsFamily } from './modules/points/index';
import { TALENT_METRICS, talentFamily } from './modules/talent/index';
import { MetricRegistry } from './platform/metrics';

// Every metric family the modules offer, registered once at start-up; ratings scores criteria against
// this registry and never reads the modules' tables itself.
export function buildMetricRegistry(): MetricRegistry {
  return new MetricRegistry()
    .register(meetingsFamily, MEETING_METRICS)
    .register(structureFamily, STRUCTURE_METRICS)
    .register(pointsFamily, POINTS_METRICS)
    .register(evaluationFamily, EVALUATION_METRICS)
    .register(talentFamily, TALENT_METRICS);
}
