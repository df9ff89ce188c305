// Stable error codes. The client branches on `code`; `message` is shown to the user in the chosen
// language. Parameters in {braces} are filled from the error's params.
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, zh: '输入有误，请检查标记的字段', en: 'Some fields are invalid' },
  BAD_REQUEST: { status: 400, zh: '请求无效', en: 'The request is invalid' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: { status: 401, zh: '登录已超时，请重新登录', en: 'Your session has expired, please sign in again' },
  LOGIN_FAILED: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 403,
    zh: '连续输错密码次数过多，账号已锁定，请于{until}后再试',
    en: 'Too many failed attempts; the account is locked until {until}',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'The account is disabled' },
  PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    zh: '首次登录请先修改初始密码',
    en: 'Please change your initial password first',
  },
  PASSWORD_POLICY: {
    status: 422,
    zh: '密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类',
    en: 'Passwords need at least 8 characters from at least 3 of: upper case, lower case, digits, symbols',
  },
  PASSWORD_WRONG: { status: 422, zh: '原密码不正确', en: 'The current password is wrong' },
  PASSWORD_REUSED: { status: 422, zh: '新密码不能与原密码相同', en: 'The new password must differ from the old one' },
  CSRF_FAILED: { status: 403, zh: '页面已过期，请刷新后重试', en: 'The page is stale; reload and try again' },
  FORBIDDEN: { status: 403, zh: '无权执行此操作', en: 'You are not allowed to do this' },
  OUT_OF_SCOPE: { status: 403, zh: '该组织不在您的管理范围内', en: 'This organisation is outside your scope' },
  NOT_FOUND: { status: 404, zh: '记录不存在或无权查看', en: 'Not found' },
  CONFLICT: { status: 409, zh: '记录已被他人修改，请刷新后重试', en: 'The record was changed by someone else' },
  RATE_LIMITED: { status: 429, zh: '操作过于频繁，请稍后再试', en: 'Too many requests, try again later' },
  INTERNAL: { status: 500, zh: '服务器内部错误，请联系管理员', en: 'Internal server error' },

  ORG_CODE_TAKEN: { status: 409, zh: '组织编码“{code}”已被使用', en: 'Organisation code "{code}" is already used' },
  ORG_PARENT_INVALID: {
    status: 422,
    zh: '“{child}”不能设在“{parent}”之下',
    en: '"{child}" cannot be placed under "{parent}"',
  },
  ORG_MOVE_INTO_SELF: {
    status: 422,
    zh: '不能把组织移到它自己或其下级之下',
    en: 'An organisation cannot move under itself or its descendants',
  },
  ORG_NOT_EMPTY: {
    status: 409,
    zh: '该组织下仍有{people}名人员、{children}个下级组织，不能撤销',
    en: 'Still {people} people and {children} child organisations; cannot dissolve',
  },
  ORG_ROOT_IMMUTABLE: { status: 422, zh: '不能移动或撤销根组织', en: 'The root organisation cannot be moved or dissolved' },
  ORG_DISSOLVED: { status: 409, zh: '该组织已撤销', en: 'The organisation is dissolved' },
  BUSINESS_UNIT_CODE_TAKEN: { status: 409, zh: '单位编码“{code}”已被使用', en: 'Unit code "{code}" is already used' },
  TERM_DATES_INVALID: { status: 422, zh: '届期结束日期必须晚于开始日期', en: 'A term must end after it starts' },

  PERSON_ID_NUMBER_TAKEN: {
    status: 409,
    zh: '身份证号已存在（{name}）',
    en: 'The ID number is already registered ({name})',
  },
  PERSON_DATES_INCONSISTENT: { status: 422, zh: '{detail}', en: '{detail}' },
  PERSON_GROUP_INVALID: {
    status: 422,
    zh: '党小组必须属于所在党支部',
    en: 'The Party group must belong to the person’s branch',
  },
  PERSON_ORG_INVALID: {
    status: 422,
    zh: '人员只能编入党委、党总支或党支部，党小组请单独选择',
    en: 'People belong to a committee, general branch or branch; choose the Party group separately',
  },
  PERSON_TRANSFER_SAME_ORG: { status: 422, zh: '转入组织与当前组织相同', en: 'The target is the current organisation' },

  IMPORT_FILE_INVALID: {
    status: 400,
    zh: '无法读取上传的文件，请使用系统提供的 .xlsx 模板',
    en: 'The file cannot be read; use the .xlsx template',
  },
  IMPORT_HAS_ERRORS: {
    status: 422,
    zh: '导入文件有{count}行错误，请下载校验报告修改后重新上传',
    en: '{count} rows have errors; download the report, fix them and upload again',
  },
  IMPORT_STATE_INVALID: { status: 409, zh: '该导入批次当前状态不允许此操作', en: 'The import is not in a state for this' },
  IMPORT_TOO_LARGE: { status: 413, zh: '文件过大（上限 {limit}）', en: 'The file is too large (limit {limit})' },
  IMPORT_COMMIT_FAILED: {
    status: 409,
    zh: '导入未提交，未写入任何人员，原因见导入批次的错误信息',
    en: 'The import was not committed and nothing was written; see the errors of the import',
  },

  USERNAME_TAKEN: { status: 409, zh: '用户名“{username}”已被使用', en: 'Username "{username}" is taken' },
  PHONE_TAKEN: { status: 409, zh: '手机号已被其他账号使用', en: 'The phone number is used by another account' },
  ROLE_NEEDS_PERSON: {
    status: 422,
    zh: '支部书记和党员角色必须关联人员档案',
    en: 'The secretary and member roles need an account linked to a person',
  },
  ROLE_SEPARATION: {
    status: 422,
    zh: '三员分立：系统、安全、审计管理员角色不能与其他角色兼任',
    en: 'Separation of duties: the three administrator roles cannot be combined with other roles',
  },
  SELF_LOCKOUT: {
    status: 422,
    zh: '不能停用自己的账号或撤销自己的管理角色',
    en: 'You cannot disable your own account or revoke your own administrator role',
  },
  MEETING_STATE_INVALID: {
    status: 409,
    zh: '会议当前状态为“{status}”，不能执行此操作',
    en: 'The meeting is “{status}”; this action is not possible now',
  },
  MEETING_RECORD_INCOMPLETE: {
    status: 422,
    zh: '记录不完整：{missing}',
    en: 'The record is incomplete: {missing}',
  },
  MEETING_NOT_HELD: { status: 409, zh: '会议尚未召开，请先填写召开日期', en: 'The meeting has not been held yet' },
  SIGN_IN_INVALID: {
    status: 410,
    zh: '签到码已失效，请向组织者索取新的签到码',
    en: 'The sign-in code has expired; ask the organiser for a new one',
  },
  SIGN_IN_NOT_EXPECTED: {
    status: 403,
    zh: '您不在本次会议的应到人员名单中，请联系组织者登记',
    en: 'You are not on this meeting’s roster; ask the organiser to record you',
  },
  ATTACHMENT_TYPE_INVALID: {
    status: 415,
    zh: '只能上传 JPG、PNG、WebP 图片或 PDF 文件',
    en: 'Only JPG, PNG or WebP images and PDF files can be uploaded',
  },
  ATTACHMENT_TOO_LARGE: { status: 413, zh: '文件不能超过 {limit}', en: 'Files cannot exceed {limit}' },
  APPRAISAL_EXCELLENT_CAP: {
    status: 422,
    zh: '“优秀”一般不超过党员人数的三分之一：本次{members}名党员，最多{cap}名，当前评了{count}名',
    en: '“Excellent” is capped at a third of the members: {members} members allow {cap}, {count} were given',
  },
  APPRAISAL_VETOED: {
    status: 422,
    zh: '{name}因负面清单一票否决（{reason}），只能评为“不合格”',
    en: '{name} is vetoed by the negative list ({reason}) and can only be graded “unqualified”',
  },
  APPRAISAL_ROUND_CLOSED: { status: 409, zh: '本次民主评议已结束', en: 'This appraisal round is closed' },
  APPRAISAL_ROUND_EXISTS: { status: 409, zh: '该支部{year}年度民主评议已开启', en: 'The {year} appraisal of this branch already exists' },
  APPRAISAL_INCOMPLETE: { status: 422, zh: '还有{count}名党员未评定等次', en: '{count} members have no grade yet' },
  APPRAISAL_NOT_PARTICIPANT: { status: 403, zh: '您不在本次民主评议的党员名单中', en: 'You are not on this appraisal’s roster' },
  PLAN_EXISTS: {
    status: 409,
    zh: '{year}年度计划已存在，如需重新生成请选择“覆盖”',
    en: 'The {year} plan exists; choose “replace” to generate it again',
  },
  SCHEME_CODE_TAKEN: { status: 409, zh: '考核方案编码“{code}”已被使用', en: 'Scheme code "{code}" is already used' },
  SCHEME_VERSION_FROZEN: {
    status: 409,
    zh: '第{version}版已发布，不能再修改；请基于它创建新版本',
    en: 'Version {version} is published and frozen; create a new version from it',
  },
  SCHEME_INVALID: { status: 422, zh: '考核目录有误：{reason}', en: 'The catalogue is invalid: {reason}' },
  CATALOGUE_FILE_INVALID: {
    status: 422,
    zh: '无法读取考核目录文件：{reason}',
    en: 'The catalogue file cannot be read: {reason}',
  },
  ROUND_STATE_INVALID: {
    status: 409,
    zh: '该考评当前为“{status}”，不能执行此操作',
    en: 'The rating round is {status}; this is not possible now',
  },
  ROUND_EXISTS: {
    status: 409,
    zh: '该方案在此期间已有考评：{title}',
    en: 'This scheme already has a round for the period: {title}',
  },
  ROUND_NOT_EVALUATED: { status: 409, zh: '尚未测评，请先运行测评计算', en: 'Not evaluated yet; run the evaluation first' },
  ROUND_RECORDS_CHANGED: {
    status: 409,
    zh: '测评后有{count}个组织的记录发生了变化，请重新运行测评计算后再发布',
    en: 'Records of {count} organisations changed after the evaluation; run it again before publishing',
  },
  SUBMISSION_STATE_INVALID: {
    status: 409,
    zh: '自评当前为“{status}”，不能执行此操作',
    en: 'The self-assessment is {status}; this is not possible now',
  },
  ASSESSMENT_INCOMPLETE: {
    status: 422,
    zh: '还有 {count} 项必答题未上传佐证材料或填写说明',
    en: '{count} required items still need evidence or a note',
  },
  OVERRIDE_INVALID: {
    status: 422,
    zh: '破格定级不能突破硬性指标或一票否决：{reason}',
    en: 'An override cannot break a hard criterion or a veto: {reason}',
  },
  // Members' points. The claim checks keep the texts of POINT_CLAIM_ERRORS (points.ts).
  POINTS_ITEM_UNKNOWN: { status: 422, zh: '积分规则中没有该条目', en: 'The rule set has no such item' },
  POINTS_ITEM_NOT_CLAIMABLE: {
    status: 422,
    zh: '该条目由支部认定或系统自动计分，不能个人申报',
    en: 'This item is recorded by the branch or scored automatically; it cannot be claimed',
  },
  POINTS_EVIDENCE_REQUIRED: { status: 422, zh: '该条目须上传佐证材料', en: 'This item needs evidence' },
  POINTS_DATE_OUTSIDE_YEAR: { status: 422, zh: '日期不在本积分年度内', en: 'The date is outside the rule set’s year' },
  POINTS_DATE_IN_FUTURE: { status: 422, zh: '不能申报尚未发生的事项', en: 'The date is in the future' },
  POINTS_UNITS_INVALID: {
    status: 422,
    zh: '数量须大于0，按次计分的条目须为整数',
    en: 'The quantity must be positive, and whole for items counted per occurrence',
  },
  POINTS_NO_RULE_SET: { status: 409, zh: '{year}年度尚未发布积分规则', en: 'No points rule set is in force for {year}' },
  POINTS_RULE_SET_FROZEN: { status: 409, zh: '已发布的积分规则不能修改，请新建版本', en: 'A published rule set is frozen; create a new version' },
  POINTS_NOT_A_MEMBER: { status: 422, zh: '该人员不是本组织的党员、预备党员或入党积极分子', en: 'This person is not a member, probationary member or activist here' },
  POINTS_ENTRY_STATE_INVALID: { status: 409, zh: '该积分记录当前为“{status}”，不能执行此操作', en: 'The entry is {status}; this cannot be done now' },
  POINTS_OWN_ENTRY: { status: 403, zh: '不能审核或裁决本人的积分', en: 'You cannot review or decide on your own points' },
  POINTS_APPEAL_STATE_INVALID: { status: 409, zh: '该申诉已处理', en: 'The appeal has already been decided' },
  POINTS_APPEAL_OPEN: { status: 409, zh: '该记录已有待处理的申诉', en: 'This entry already has an open appeal' },
  POINTS_RANKING_OFF: {
    status: 403,
    zh: '本积分规则未开启按积分排序，名单按姓名排列',
    en: 'Ordering members by points is not turned on in this rule set; the list is in name order',
  },
  // Quantified post-performance evaluation (岗位量化评价). The rating-link codes copy RATING_TOKEN_ERRORS
  // (evaluation.ts), which the pure rules return; the API test checks that both still agree.
  RATING_TOKEN_UNKNOWN: {
    status: 404,
    zh: '评价链接无效，请核对链接或二维码',
    en: 'This rating link is not valid',
  },
  RATING_TOKEN_USED: {
    status: 409,
    zh: '该评价链接已使用，每个链接只能提交一次',
    en: 'This rating link has already been used',
  },
  RATING_TOKEN_EXPIRED: {
    status: 409,
    zh: '评价已截止，该链接已过期',
    en: 'The rating has closed; this link has expired',
  },
  RATING_TOKEN_REVOKED: { status: 409, zh: '该评价链接已被收回', en: 'This rating link has been withdrawn' },
  EVALUATION_TEMPLATE_UNKNOWN: { status: 422, zh: '没有该评价模板', en: 'There is no such evaluation template' },
  EVALUATION_NOT_A_BRANCH: { status: 422, zh: '岗位量化评价须由党支部开展', en: 'An evaluation round belongs to a branch' },
  EVALUATION_ROUND_EXISTS: {
    status: 409,
    zh: '该支部本期（{period}）岗位量化评价已创建',
    en: 'This branch already has an evaluation round for {period}',
  },
  EVALUATION_ROUND_STATE_INVALID: {
    status: 409,
    zh: '本次评价当前为“{status}”，不能执行此操作',
    en: 'The round is {status}; this cannot be done now',
  },
  EVALUATION_NO_RATEES: { status: 422, zh: '该支部当前没有正式党员或预备党员，无法开展评价', en: 'The branch has no members to evaluate' },
  EVALUATION_NOT_ASSIGNED: { status: 403, zh: '您没有被安排对该党员评价', en: 'You are not assigned to rate this member' },
  EVALUATION_SHEET_INVALID: {
    status: 422,
    zh: '评分有误：{count} 项超出分值范围或不属于本评价表',
    en: 'The sheet has {count} scores out of range or not on this form',
  },
  EVALUATION_STAFF_SHEET_INCOMPLETE: {
    status: 422,
    zh: '请对名单中的每一名党员评价，且每人只评一次',
    en: 'Rate every member on the list, each exactly once',
  },
  EVALUATION_NOT_RATEE: { status: 422, zh: '该人员不在本次评价的党员名单中', en: 'This person is not rated in this round' },
  EVALUATION_INDICATOR_INVALID: {
    status: 422,
    zh: '指标 {code} 不能这样录入：{reason}',
    en: 'Indicator {code} cannot take this entry: {reason}',
  },
  EVALUATION_OWN_ENTRY: { status: 403, zh: '不能为本人录入评价分值或一票否决', en: 'You cannot enter values or vetoes for yourself' },
  EVALUATION_REASON_REQUIRED: {
    status: 422,
    zh: '录入自动取数指标或一票否决须写明事实和理由',
    en: 'Entering an automatic value or a veto needs the facts and a reason',
  },
  TALENT_PORTRAIT_CODE_TAKEN: {
    status: 409,
    zh: '本组织已有编码为“{code}”的岗位画像',
    en: 'This organisation already has a job portrait coded "{code}"',
  },
  TALENT_PORTRAIT_TEMPLATE_UNKNOWN: { status: 422, zh: '没有编码为“{code}”的内置岗位画像', en: 'There is no built-in job portrait coded "{code}"' },
  TALENT_PORTRAIT_NOT_APPLICABLE: {
    status: 422,
    zh: '该岗位画像不适用于此人员（画像须由其所在组织或上级组织制定）',
    en: 'This portrait does not apply to the person (it must belong to their organisation or one above it)',
  },
  TALENT_INDICATOR_UNKNOWN: { status: 422, zh: '岗位画像中没有指标“{code}”', en: 'The portrait has no indicator "{code}"' },
  TALENT_DATE_IN_FUTURE: { status: 422, zh: '日期不能晚于今天', en: 'The date cannot be in the future' },
  TALENT_OWN_ENTRY: {
    status: 403,
    zh: '不能为本人评分、认定人才层级或处理后备人才库',
    en: 'You cannot score, tier or pool yourself',
  },
  TALENT_RESERVE_EXISTS: { status: 409, zh: '该人员已在后备人才库中', en: 'This person is already in the reserve pool' },
  TALENT_RESERVE_STATE_INVALID: { status: 409, zh: '该后备人才已移出人才库', en: 'This entry has already been removed from the pool' },
  TALENT_IMPORT_HAS_ERRORS: {
    status: 422,
    zh: '导入文件有{count}行错误，未写入任何记录，请按校验结果修改后重新上传',
    en: '{count} rows have errors and nothing was written; fix them and upload again',
  },
  TALENT_IMPORT_FILE_PROBLEM: { status: 422, zh: '{detail}', en: '{detail}' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** A text in both languages, resolved when the response is written. */
export type Localized = { zh: string; en: string };

export function isLocalized(v: unknown): v is Localized {
  return typeof v === 'object' && v !== null && Object.keys(v).length === 2 && 'zh' in v && 'en' in v;
}

/** Replaces every {zh, en} pair inside a value with the text in `lang`. */
export function localize(v: unknown, lang: 'zh' | 'en'): unknown {
  if (isLocalized(v)) return v[lang];
  if (Array.isArray(v)) return v.map((x) => localize(x, lang));
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, localize(x, lang)]));
  }
  return v;
}

export function formatMessage(code: ErrorCode, lang: 'zh' | 'en', params: Record<string, unknown> = {}): string {
  const template = ERRORS[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (k in params ? String(localize(params[k], lang)) : `{${k}}`));
}
