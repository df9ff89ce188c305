// The per-member metric keys the built-in templates read (one value per member over the round's
// period). None is registered yet: each belongs to the module that keeps the records, and until it
// offers the metric the integrator can switch the indicator to `manual`.

export const EVALUATION_METRIC_KEYS = {
  'member.class_hours': { zh: '党员学习培训学时', owner: 'orglife (class hours)' },
  'member.attendance_rate': { zh: '组织生活出勤率（0–1）', owner: 'orglife (attendance)' },
  'member.improvements_adopted': { zh: 'QC成果、合理化建议被采纳项数', owner: 'QC groups (§5.8)' },
  'member.volunteer_hours': { zh: '志愿服务时长（小时）', owner: 'volunteering (§5.9)' },
  'mentoring.apprentices_qualified': { zh: '所带徒弟考核合格（出师）人数', owner: 'mentoring (§5.7)' },
  'talent.credentials_gained': { zh: '期内新取得的技能等级、职称、竞赛获奖项数', owner: 'talent' },
} as const;
export type EvaluationMetricKey = keyof typeof EVALUATION_METRIC_KEYS;

export function isEvaluationMetricKey(key: string): key is EvaluationMetricKey {
  return Object.hasOwn(EVALUATION_METRIC_KEYS, key);
}
