// Enumerations shared by server and web. Each value carries its Chinese and English label so that
// lists, Excel templates and forms never disagree about wording.

export type Labelled<T extends string> = { readonly value: T; readonly zh: string; readonly en: string };

function labelled<const T extends string>(items: readonly Labelled<T>[]) {
  const values = items.map((i) => i.value) as [T, ...T[]];
  const byValue = new Map(items.map((i) => [i.value, i] as const));
  const byZh = new Map(items.map((i) => [i.zh, i.value] as const));
  return {
    items,
    values,
    label: (v: T, lang: 'zh' | 'en' = 'zh') => byValue.get(v)?.[lang] ?? v,
    fromZh: (zh: string): T | undefined => byZh.get(zh.trim()),
  };
}

export const ORG_TYPES = labelled([
  { value: 'committee', zh: '党委', en: 'Party committee' },
  { value: 'general_branch', zh: '党总支', en: 'General branch' },
  { value: 'branch', zh: '党支部', en: 'Branch' },
  { value: 'group', zh: '党小组', en: 'Party group' },
] as const);
export type OrgType = (typeof ORG_TYPES.values)[number];

export const BUSINESS_UNIT_TYPES = labelled([
  { value: 'company', zh: '公司', en: 'Company' },
  { value: 'factory', zh: '工厂', en: 'Factory' },
  { value: 'workshop', zh: '车间', en: 'Workshop' },
  { value: 'department', zh: '科室', en: 'Department' },
  { value: 'team', zh: '班组', en: 'Team' },
] as const);
export type BusinessUnitType = (typeof BUSINESS_UNIT_TYPES.values)[number];

// Party status of a person. The order is the path of recruitment; "none" is non-member staff (群众).
export const PARTY_STATUSES = labelled([
  { value: 'none', zh: '群众', en: 'Non-member' },
  { value: 'applicant', zh: '入党申请人', en: 'Applicant' },
  { value: 'activist', zh: '入党积极分子', en: 'Activist' },
  { value: 'development', zh: '发展对象', en: 'Development object' },
  { value: 'probationary', zh: '预备党员', en: 'Probationary member' },
  { value: 'full', zh: '正式党员', en: 'Full member' },
] as const);
export type PartyStatus = (typeof PARTY_STATUSES.values)[number];
export const MEMBER_STATUSES: readonly PartyStatus[] = ['probationary', 'full'];

export const GENDERS = labelled([
  { value: 'male', zh: '男', en: 'Male' },
  { value: 'female', zh: '女', en: 'Female' },
] as const);
export type Gender = (typeof GENDERS.values)[number];

export const EDUCATION_LEVELS = labelled([
  { value: 'postgraduate', zh: '研究生', en: 'Postgraduate' },
  { value: 'bachelor', zh: '大学本科', en: 'Bachelor' },
  { value: 'college', zh: '大学专科', en: 'College' },
  { value: 'secondary_vocational', zh: '中专', en: 'Secondary vocational' },
  { value: 'high_school', zh: '高中', en: 'High school' },
  { value: 'junior_or_below', zh: '初中及以下', en: 'Junior school or below' },
] as const);
export type EducationLevel = (typeof EDUCATION_LEVELS.values)[number];

export const COMMITTEE_POSTS = labelled([
  { value: 'secretary', zh: '书记', en: 'Secretary' },
  { value: 'deputy_secretary', zh: '副书记', en: 'Deputy secretary' },
  { value: 'organization', zh: '组织委员', en: 'Organisation member' },
  { value: 'propaganda', zh: '宣传委员', en: 'Propaganda member' },
  { value: 'discipline', zh: '纪检委员', en: 'Discipline member' },
  { value: 'youth', zh: '青年委员', en: 'Youth member' },
  { value: 'women', zh: '妇女委员', en: "Women's member" },
  { value: 'member', zh: '委员', en: 'Committee member' },
  { value: 'group_leader', zh: '党小组长', en: 'Group leader' },
] as const);
export type CommitteePost = (typeof COMMITTEE_POSTS.values)[number];

export const ROLES = labelled([
  { value: 'committee_admin', zh: '党委管理员', en: 'Committee administrator' },
  { value: 'secretary', zh: '支部书记/支委', en: 'Branch secretary / committee member' },
  { value: 'member', zh: '党员', en: 'Member' },
  { value: 'inspector', zh: '只读检查员', en: 'Read-only inspector' },
  { value: 'sysadmin', zh: '系统管理员', en: 'System administrator' },
  { value: 'secadmin', zh: '安全管理员', en: 'Security administrator' },
  { value: 'auditor', zh: '审计管理员', en: 'Audit administrator' },
] as const);
export type Role = (typeof ROLES.values)[number];
export const SEPARATED_ADMIN_ROLES: readonly Role[] = ['sysadmin', 'secadmin', 'auditor'];

export const AGE_BANDS = [
  { value: 'lt30', zh: '30岁以下', en: 'Under 30', min: 0, max: 29 },
  { value: '30to39', zh: '30–39岁', en: '30–39', min: 30, max: 39 },
  { value: '40to49', zh: '40–49岁', en: '40–49', min: 40, max: 49 },
  { value: '50to59', zh: '50–59岁', en: '50–59', min: 50, max: 59 },
  { value: 'ge60', zh: '60岁及以上', en: '60 and over', min: 60, max: 200 },
] as const;
export type AgeBand = (typeof AGE_BANDS)[number]['value'];

// Kinds of organisational life. One sitting may be several at once (a 主题党日 hosting a 党员大会 and a 党课).
export const MEETING_TYPES = labelled([
  { value: 'general_meeting', zh: '支部党员大会', en: 'General meeting' },
  { value: 'committee_meeting', zh: '支委会', en: 'Committee meeting' },
  { value: 'group_meeting', zh: '党小组会', en: 'Party group meeting' },
  { value: 'party_lesson', zh: '党课', en: 'Party lesson' },
  { value: 'theme_day', zh: '主题党日', en: 'Theme Party day' },
  { value: 'life_meeting', zh: '组织生活会', en: 'Organisational life meeting' },
  { value: 'appraisal_meeting', zh: '民主评议党员', en: 'Democratic appraisal' },
  { value: 'study', zh: '专题学习', en: 'Study session' },
  { value: 'joint_activity', zh: '联合活动', en: 'Joint activity' },
] as const);
export type MeetingType = (typeof MEETING_TYPES.values)[number];

export const MEETING_STATUSES = labelled([
  { value: 'planned', zh: '计划', en: 'Planned' },
  { value: 'held', zh: '已召开', en: 'Held' },
  { value: 'recorded', zh: '已记录', en: 'Recorded' },
  { value: 'reviewed', zh: '已审核', en: 'Reviewed' },
  { value: 'returned', zh: '退回补充', en: 'Returned' },
] as const);

export const ATTENDANCE_STATUSES = labelled([
  { value: 'present', zh: '出席', en: 'Present' },
  { value: 'absent', zh: '缺席', en: 'Absent' },
  { value: 'nonvoting', zh: '列席', en: 'Attending without vote' },
  { value: 'written_opinion', zh: '书面意见', en: 'Written opinion' },
] as const);

export const ABSENCE_REASONS = labelled([
  { value: 'public', zh: '公假', en: 'On duty' },
  { value: 'sick', zh: '病假', en: 'Sick leave' },
  { value: 'personal', zh: '事假', en: 'Personal leave' },
  { value: 'other', zh: '其他', en: 'Other' },
] as const);

export const APPRAISAL_GRADES = labelled([
  { value: 'excellent', zh: '优秀', en: 'Excellent' },
  { value: 'qualified', zh: '合格', en: 'Qualified' },
  { value: 'basic', zh: '基本合格', en: 'Basically qualified' },
  { value: 'unqualified', zh: '不合格', en: 'Unqualified' },
] as const);
export type AppraisalGrade = (typeof APPRAISAL_GRADES.values)[number];
