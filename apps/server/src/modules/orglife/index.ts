// Public surface of organisational life: routes, and the compliance results later modules count.
export { orglifeRoutes } from './orglife.routes';
export { peopleLifeRoutes } from './people-life.routes';
export { planRoutes } from './plans.routes';
export { applyAppraisalVeto, liftAppraisalVeto } from './appraisal';
export { provideAppraisalInputs, type AppraisalInput } from './appraisal-inputs';
export { computeCompliance } from './compute-compliance';
export { heldCounts, rulesForYear } from './compliance.repository';
export { createMeeting } from './create-meeting';
export { updateMeeting } from './update-meeting';
export { recordAttendance } from './record-attendance';
export { transitionMeeting } from './transition-meeting';
export { generateReminders } from './generate-reminders';
export { attendanceRate, invalidDecisionMeetings, lessonsBySecretary, lifeMeetingsRectified, meetingsHeld, type MetricResult } from './metrics';
export { deriveFactsWhere } from './derive-meeting-facts';
export { MEETING_METRICS, MEETINGS_FAMILY, meetingsFamily } from './rating-metrics';
export { memberStudyHours } from './member-study-hours';
