import { z } from 'zod';
import { zCode, zIsoDate, isValidIsoDate } from './fields';
import { checkIdNumber } from './id-number';

// Talent profiles (人才画像): job portraits with weighted indicators, credentials (certificates, titles,
// training, awards, competition results), the tiers 领军 / 精英 / 雏鹰 and the reserve pool (后备人才库).
// Server and web share these schemas; the scoring rules live in apps/server/src/modules/talent/rules.

export type TalentLang = 'zh' | 'en';
export type LabelItem<T extends string> = { readonly value: T; readonly zh: string; readonly en: string };

/** The label of a value in one of the lists below; the value itself when the list does not know it. */
export function talentLabel<T extends string>(
  items: readonly LabelItem<T>[],
  value: T,
  lang: TalentLang = 'zh',
): string {
  return items.find((i) => i.value === value)?.[lang] ?? value;
}

const valuesOf = <T extends string>(items: readonly LabelItem<T>[]) =>
  items.map((i) => i.value) as [T, ...T[]];

// ---------------------------------------------------------------------------------------------------
// Labels

export const POST_FAMILIES = [
  { value: 'process', zh: '工艺', en: 'Process engineering' },
  { value: 'quality_inspection', zh: '质量检验', en: 'Quality inspection' },
  { value: 'equipment', zh: '设备', en: 'Equipment' },
  { value: 'operation', zh: '生产操作', en: 'Production operation' },
  { value: 'management', zh: '管理', en: 'Management' },
  { value: 'support', zh: '综合保障', en: 'Support' },
] as const;
export type PostFamily = (typeof POST_FAMILIES)[number]['value'];

/**
 * The default indicator set. 政治素质 comes first because the political standard is judged first
 * (把政治标准放在首位); the next five are the ones the Liuzhou branch chose by statistics; 专业技能 carries
 * the post's own skills. A portrait may rename, re-weigh or add indicators; codes stay stable.
 */
export const DEFAULT_INDICATORS = [
  { value: 'political', zh: '政治素质', en: 'Political standard' },
  { value: 'conduct', zh: '行为规范', en: 'Conduct' },
  { value: 'service', zh: '服务意识', en: 'Service attitude' },
  { value: 'innovation', zh: '创新意识', en: 'Innovation' },
  { value: 'quality_safety', zh: '质量安全', en: 'Quality and safety' },
  { value: 'collaboration', zh: '协同协作', en: 'Collaboration' },
  { value: 'skill', zh: '专业技能', en: 'Professional skill' },
] as const;
export type DefaultIndicatorCode = (typeof DEFAULT_INDICATORS)[number]['value'];
/** The indicator every portrait lists first. */
export const POLITICAL_INDICATOR: DefaultIndicatorCode = 'political';

export const CREDENTIAL_KINDS = [
  { value: 'certificate', zh: '证书', en: 'Certificate' },
  { value: 'title', zh: '职称', en: 'Professional title' },
  { value: 'training', zh: '培训', en: 'Training' },
  { value: 'award', zh: '荣誉', en: 'Award' },
  { value: 'competition', zh: '竞赛成绩', en: 'Competition result' },
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number]['value'];

/**
 * Levels sit on three ladders: `scope` (who granted it), `title` (职称) and `skill` (职业技能等级).
 * `rank` orders levels within one ladder only. 行业级 (the tobacco industry's own bodies) ranks with 省级,
 * so "省级及以上" accepts an industry award.
 */
export const CREDENTIAL_LEVELS = [
  { value: 'national', zh: '国家级', en: 'National', ladder: 'scope', rank: 6 },
  { value: 'provincial', zh: '省级', en: 'Provincial', ladder: 'scope', rank: 5 },
  { value: 'industry', zh: '行业级', en: 'Industry', ladder: 'scope', rank: 5 },
  { value: 'municipal', zh: '市级', en: 'Municipal', ladder: 'scope', rank: 4 },
  { value: 'enterprise', zh: '企业级', en: 'Enterprise', ladder: 'scope', rank: 3 },
  { value: 'department', zh: '部门级', en: 'Department', ladder: 'scope', rank: 2 },
  { value: 'junior', zh: '初级', en: 'Junior', ladder: 'title', rank: 1 },
  { value: 'intermediate', zh: '中级', en: 'Intermediate', ladder: 'title', rank: 2 },
  { value: 'associate_senior', zh: '副高级', en: 'Associate senior', ladder: 'title', rank: 3 },
  { value: 'senior', zh: '正高级', en: 'Senior', ladder: 'title', rank: 4 },
  { value: 'junior_worker', zh: '初级工', en: 'Junior worker', ladder: 'skill', rank: 1 },
  { value: 'intermediate_worker', zh: '中级工', en: 'Intermediate worker', ladder: 'skill', rank: 2 },
  { value: 'senior_worker', zh: '高级工', en: 'Senior worker', ladder: 'skill', rank: 3 },
  { value: 'technician', zh: '技师', en: 'Technician', ladder: 'skill', rank: 4 },
  { value: 'senior_technician', zh: '高级技师', en: 'Senior technician', ladder: 'skill', rank: 5 },
] as const;
export type CredentialLevel = (typeof CREDENTIAL_LEVELS)[number]['value'];
export type LevelLadder = (typeof CREDENTIAL_LEVELS)[number]['ladder'];
export type CredentialLevelItem = (typeof CREDENTIAL_LEVELS)[number];

/** Which ladders a kind's level may come from: a certificate is a skill grade or has a scope. */
export const LADDERS_BY_KIND: Readonly<Record<CredentialKind, readonly LevelLadder[]>> = {
  certificate: ['skill', 'scope'],
  title: ['title'],
  training: ['scope'],
  award: ['scope'],
  competition: ['scope'],
};

const LEVEL_BY_VALUE = new Map<string, CredentialLevelItem>(CREDENTIAL_LEVELS.map((l) => [l.value, l]));

export function credentialLevel(value: CredentialLevel): CredentialLevelItem {
  return LEVEL_BY_VALUE.get(value)!;
}

export function levelFitsKind(kind: CredentialKind, level: CredentialLevel): boolean {
  return LADDERS_BY_KIND[kind].includes(credentialLevel(level).ladder);
}

/** Levels a kind may carry, lowest first within each ladder (for drop-downs). */
export function levelsForKind(kind: CredentialKind): CredentialLevelItem[] {
  return CREDENTIAL_LEVELS.filter((l) => LADDERS_BY_KIND[kind].includes(l.ladder));
}

export const TALENT_TIERS = [
  { value: 'leading', zh: '领军人才', en: 'Leading talent', rank: 3 },
  { value: 'elite', zh: '精英人才', en: 'Elite talent', rank: 2 },
  { value: 'rising', zh: '雏鹰人才', en: 'Rising talent', rank: 1 },
] as const;
export type TalentTier = (typeof TALENT_TIERS)[number]['value'];

export function tierRank(tier: TalentTier): number {
  return TALENT_TIERS.find((t) => t.value === tier)!.rank;
}

// ---------------------------------------------------------------------------------------------------
// Job portraits

const text = (max: number) => z.string().trim().min(1).max(max);
const zLevel = z.enum(valuesOf(CREDENTIAL_LEVELS));
const zKind = z.enum(valuesOf(CREDENTIAL_KINDS));
export const zTalentTier = z.enum(valuesOf(TALENT_TIERS));

/** Weights are shares of 1; sums within this distance of 1 are accepted (0.1 + 0.2 is not exactly 0.3). */
export const WEIGHT_TOLERANCE = 1e-6;

export function weightTotal(indicators: readonly { weight: number }[]): number {
  return indicators.reduce((s, i) => s + i.weight, 0);
}

export const zPortraitIndicator = z.object({
  code: zCode,
  title: text(50),
  /** Share of the match score, 0..1. A pure gate may weigh 0. */
  weight: z.number().min(0).max(1),
  /** When set, a score below it fails the portrait whatever the weighted total (e.g. the political gate). */
  gateMin: z.number().min(0).max(100).nullish(),
  description: z.string().trim().max(200).optional(),
});
export type PortraitIndicator = z.infer<typeof zPortraitIndicator>;

/** A certificate or title the post asks for; matched by name (or an alias) contained in the credential's name. */
export const zCertificateRequirement = z
  .object({
    name: text(100),
    kind: zKind.default('certificate'),
    /** Lowest acceptable level on the kind's ladder; none means any level. */
    minLevel: zLevel.nullish(),
    /** 持证上岗: a mandatory certificate missing or expired makes the person not qualified for the post. */
    mandatory: z.boolean(),
    aliases: z.array(text(100)).max(10).default([]),
  })
  .superRefine((r, ctx) => {
    if (r.minLevel && !levelFitsKind(r.kind, r.minLevel)) {
      ctx.addIssue({ code: 'custom', path: ['minLevel'], message: 'level_not_for_kind' });
    }
  });
export type CertificateRequirement = z.infer<typeof zCertificateRequirement>;

export const zJobPortrait = z
  .object({
    code: zCode,
    title: text(50),
    family: z.enum(valuesOf(POST_FAMILIES)),
    summary: z.string().trim().max(500).optional(),
    /** 关键技能: what the post must be able to do. */
    skills: z.array(text(100)).min(1).max(30),
    /** 专业素养: knowledge and habits of the trade. 综合素质 are the indicators below. */
    qualities: z.array(text(100)).max(30).default([]),
    certificates: z.array(zCertificateRequirement).max(20).default([]),
    indicators: z.array(zPortraitIndicator).min(1).max(20),
  })
  .superRefine((p, ctx) => {
    if (Math.abs(weightTotal(p.indicators) - 1) > WEIGHT_TOLERANCE) {
      ctx.addIssue({ code: 'custom', path: ['indicators'], message: 'weights_sum' });
    }
    if (p.indicators[0]?.code !== POLITICAL_INDICATOR) {
      ctx.addIssue({ code: 'custom', path: ['indicators', 0, 'code'], message: 'political_first' });
    }
    const codes = p.indicators.map((i) => i.code);
    if (new Set(codes).size !== codes.length) {
      ctx.addIssue({ code: 'custom', path: ['indicators'], message: 'duplicate_code' });
    }
    const names = p.certificates.map((c) => c.name);
    if (new Set(names).size !== names.length) {
      ctx.addIssue({ code: 'custom', path: ['certificates'], message: 'duplicate_name' });
    }
  });
export type JobPortrait = z.infer<typeof zJobPortrait>;
export type JobPortraitInput = z.input<typeof zJobPortrait>;

// ---------------------------------------------------------------------------------------------------
// Credentials

export const zCredential = z
  .object({
    kind: zKind,
    name: text(100),
    /** Required for a title; optional otherwise (an internal 上岗证 has no level). */
    level: zLevel.nullish(),
    issuer: z.string().trim().max(100).nullish(),
    obtainedOn: zIsoDate,
    /** Valid through this day; none means it does not expire. */
    expiresOn: zIsoDate.nullish(),
    /** For a competition: the placing (一等奖, 第3名). */
    result: z.string().trim().max(50).nullish(),
    certificateNo: z.string().trim().max(50).nullish(),
  })
  .superRefine((c, ctx) => {
    if (c.level && !levelFitsKind(c.kind, c.level)) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'level_not_for_kind' });
    }
    if (c.kind === 'title' && !c.level) {
      ctx.addIssue({ code: 'custom', path: ['level'], message: 'title_level_required' });
    }
    if (c.expiresOn && c.expiresOn < c.obtainedOn) {
      ctx.addIssue({ code: 'custom', path: ['expiresOn'], message: 'expiry_before_obtained' });
    }
  });
export type Credential = z.infer<typeof zCredential>;

/** What the rules read of a credential: database rows with more columns fit as they are. */
export type CredentialFacts = Pick<Credential, 'kind' | 'name' | 'level' | 'obtainedOn' | 'expiresOn'>;

// ---------------------------------------------------------------------------------------------------
// Tiers and the reserve pool

/** "A credential of this kind at this level or higher" (e.g. a title at 副高级 or above). */
export const zCredentialCondition = z
  .object({ kind: zKind, minLevel: zLevel.nullish() })
  .superRefine((c, ctx) => {
    if (c.minLevel && !levelFitsKind(c.kind, c.minLevel)) {
      ctx.addIssue({ code: 'custom', path: ['minLevel'], message: 'level_not_for_kind' });
    }
  });
export type CredentialCondition = z.infer<typeof zCredentialCondition>;

/** Criteria a person meets or not: used for each tier and as a reserve pool's entry criteria. */
export const zTalentCriteria = z.object({
  /** Minimum portrait match score (0..100), inclusive. */
  minMatch: z.number().min(0).max(100),
  /** Maximum age in whole years on the day judged, inclusive (雏鹰: ≤ 35 means until the 36th birthday). */
  maxAge: z.number().int().min(16).max(70).nullish(),
  /** Whether the portrait's gates and mandatory certificates must be met as well. */
  requireQualified: z.boolean().default(true),
  /** At least one of these credentials (current on the day judged); empty means none is needed. */
  anyCredential: z.array(zCredentialCondition).max(10).default([]),
});
export type TalentCriteria = z.infer<typeof zTalentCriteria>;

export const zTierRule = zTalentCriteria.extend({ tier: zTalentTier });
export type TierRule = z.infer<typeof zTierRule>;

export const zTierCriteria = z
  .array(zTierRule)
  .min(1)
  .max(TALENT_TIERS.length)
  .superRefine((rules, ctx) => {
    const tiers = rules.map((r) => r.tier);
    if (new Set(tiers).size !== tiers.length) {
      ctx.addIssue({ code: 'custom', path: [], message: 'duplicate_tier' });
    }
  });
export type TierCriteria = z.infer<typeof zTierCriteria>;

/** Dynamic management: pool entries are reviewed every `reviewMonths` (yearly unless set). */
export const DEFAULT_REVIEW_MONTHS = 12;

export const zReserveEntry = z
  .object({
    enteredOn: zIsoDate,
    /** The tier the reserve is grooming the person for, if any. */
    targetTier: zTalentTier.nullish(),
    /** 培养方向, e.g. 工艺质量. */
    direction: z.string().trim().max(50).nullish(),
    /** The entry criteria as they stood when the person entered; re-checked at each review. */
    criteria: zTalentCriteria,
    lastReviewedOn: zIsoDate.nullish(),
    /** The agreed review date; when blank, (last review or entry) + `reviewMonths`. */
    nextReviewOn: zIsoDate.nullish(),
    reviewMonths: z.number().int().min(1).max(60).default(DEFAULT_REVIEW_MONTHS),
  })
  .superRefine((e, ctx) => {
    if (e.lastReviewedOn && e.lastReviewedOn < e.enteredOn) {
      ctx.addIssue({ code: 'custom', path: ['lastReviewedOn'], message: 'review_before_entry' });
    }
    if (e.nextReviewOn && e.nextReviewOn < e.enteredOn) {
      ctx.addIssue({ code: 'custom', path: ['nextReviewOn'], message: 'review_before_entry' });
    }
  });
export type ReserveEntry = z.infer<typeof zReserveEntry>;

// ---------------------------------------------------------------------------------------------------
// Importing credentials from .xlsx
//
// The reader turns each cell into trimmed text first (a real date cell as YYYY-MM-DD); these columns
// then check each cell on its own and `parseCredentialRow` checks the row. Problems carry stable codes
// the report and the client can branch on.

export const CREDENTIAL_ROW_PROBLEMS = {
  REQUIRED: { zh: '必须填写', en: 'is required' },
  TOO_LONG: { zh: '内容过长', en: 'is too long' },
  ID_NUMBER_INVALID: { zh: '身份证号无效，请核对', en: 'is not a valid ID number' },
  KIND_UNKNOWN: {
    zh: '应为证书、职称、培训、荣誉、竞赛成绩之一',
    en: 'must be one of certificate, title, training, award, competition',
  },
  LEVEL_UNKNOWN: { zh: '无法识别的等级', en: 'is not a known level' },
  LEVEL_NOT_FOR_KIND: { zh: '该等级不适用于所填类别', en: 'does not apply to this kind' },
  TITLE_LEVEL_REQUIRED: {
    zh: '职称须填写等级（初级、中级、副高级、正高级）',
    en: 'a title needs its level (junior to senior)',
  },
  DATE_INVALID: { zh: '日期无效，应为 YYYY-MM-DD（如 2021-07-01）', en: 'must be a date as YYYY-MM-DD' },
  EXPIRY_BEFORE_OBTAINED: { zh: '早于取得日期', en: 'is before the date obtained' },
  OBTAINED_IN_FUTURE: { zh: '晚于今天', en: 'is in the future' },
} as const;
export type CredentialProblemCode = keyof typeof CREDENTIAL_ROW_PROBLEMS;

export type CredentialColumnKey =
  | 'personName'
  | 'idNumber'
  | 'kind'
  | 'name'
  | 'level'
  | 'issuer'
  | 'obtainedOn'
  | 'expiresOn'
  | 'result'
  | 'certificateNo';

export type CellParse = { ok: true; value: string } | { ok: false; code: CredentialProblemCode };

export type CredentialColumn = {
  key: CredentialColumnKey;
  /** Header text in the template (required columns get a trailing * there). */
  header: string;
  required: boolean;
  /** Checks one non-blank cell; blank cells are handled by `required`. */
  parse: (cell: string) => CellParse;
};

const squash = (s: string) => s.replace(/\s/g, '');

const KIND_WORDS: Record<string, CredentialKind> = {
  证书: 'certificate',
  资格证书: 'certificate',
  职业资格证书: 'certificate',
  技能等级证书: 'certificate',
  职业技能等级证书: 'certificate',
  上岗证: 'certificate',
  职称: 'title',
  专业技术职称: 'title',
  培训: 'training',
  培训证书: 'training',
  荣誉: 'award',
  荣誉称号: 'award',
  奖励: 'award',
  获奖: 'award',
  竞赛: 'competition',
  竞赛成绩: 'competition',
  技能竞赛: 'competition',
};

const LEVEL_WORDS: Record<string, CredentialLevel> = {
  国家: 'national',
  全国: 'national',
  国家级: 'national',
  省: 'provincial',
  省级: 'provincial',
  省部级: 'provincial',
  自治区级: 'provincial',
  行业: 'industry',
  行业级: 'industry',
  市: 'municipal',
  市级: 'municipal',
  地市级: 'municipal',
  企业: 'enterprise',
  企业级: 'enterprise',
  公司级: 'enterprise',
  厂级: 'enterprise',
  部门: 'department',
  部门级: 'department',
  车间级: 'department',
  科室级: 'department',
  初级: 'junior',
  员级: 'junior',
  助理级: 'junior',
  中级: 'intermediate',
  副高: 'associate_senior',
  副高级: 'associate_senior',
  // In the title system a plain 高级 (高级工程师) is the associate senior grade.
  高级: 'associate_senior',
  正高: 'senior',
  正高级: 'senior',
  初级工: 'junior_worker',
  五级: 'junior_worker',
  中级工: 'intermediate_worker',
  四级: 'intermediate_worker',
  高级工: 'senior_worker',
  三级: 'senior_worker',
  技师: 'technician',
  二级: 'technician',
  高级技师: 'senior_technician',
  一级: 'senior_technician',
};

/** A kind as typed: its Chinese label, a common synonym or the English value. */
export function kindFromText(cell: string): CredentialKind | undefined {
  const s = squash(cell);
  return KIND_WORDS[s] ?? CREDENTIAL_KINDS.find((k) => k.value === s.toLowerCase() || k.zh === s)?.value;
}

/** A level as typed: its Chinese label, a common synonym (副高, 二级) or the English value. */
export function levelFromText(cell: string): CredentialLevel | undefined {
  const s = squash(cell);
  return LEVEL_WORDS[s] ?? CREDENTIAL_LEVELS.find((l) => l.value === s.toLowerCase() || l.zh === s)?.value;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date as typed: 2021-07-01, 2021/7/1, 2021.7.1, 2021年7月1日, 20210701, an ISO timestamp, or an
 * Excel day number. HR sheets often keep only the month (2019.07): that reads as the month's first
 * day, or its last day for an expiry (`monthEnd`), so a certificate is never taken as valid longer
 * than written.
 */
export function dateFromText(cell: string, monthEnd = false): string | undefined {
  const s = squash(cell);
  let m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const iso = `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
    return isValidIsoDate(iso) ? iso : undefined;
  }
  m = /^(\d{4})[-/.年](\d{1,2})月?$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const day = monthEnd ? new Date(Date.UTC(y, mo, 0)).getUTCDate() : 1;
    const iso = `${m[1]}-${pad(mo)}-${pad(day)}`;
    return mo >= 1 && mo <= 12 && isValidIsoDate(iso) ? iso : undefined;
  }
  if (/^\d{5}$/.test(s)) {
    // Excel's 1900 day count (25569 is 1970-01-01). Five digits cover 1927–2173; a bare year such as
    // 2019 must not pass for a day in 1905.
    const d = new Date((Number(s) - 25569) * 86_400_000);
    const iso = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return isValidIsoDate(iso) ? iso : undefined;
  }
  return undefined;
}

const ok = (value: string): CellParse => ({ ok: true, value });
const bad = (code: CredentialProblemCode): CellParse => ({ ok: false, code });
const textOf = (max: number) => (cell: string) =>
  cell.trim().length > max ? bad('TOO_LONG') : ok(cell.trim());
const dateOf = (monthEnd: boolean) => (cell: string) => {
  const iso = dateFromText(cell, monthEnd);
  return iso ? ok(iso) : bad('DATE_INVALID');
};

export const CREDENTIAL_COLUMNS: readonly CredentialColumn[] = [
  { key: 'personName', header: '姓名', required: true, parse: textOf(50) },
  {
    key: 'idNumber',
    header: '身份证号',
    required: true,
    parse: (cell) => {
      const id = squash(cell).toUpperCase();
      return checkIdNumber(id).ok ? ok(id) : bad('ID_NUMBER_INVALID');
    },
  },
  {
    key: 'kind',
    header: '类别',
    required: true,
    parse: (cell) => {
      const kind = kindFromText(cell);
      return kind ? ok(kind) : bad('KIND_UNKNOWN');
    },
  },
  { key: 'name', header: '名称', required: true, parse: textOf(100) },
  {
    key: 'level',
    header: '等级',
    required: false,
    parse: (cell) => {
      const level = levelFromText(cell);
      return level ? ok(level) : bad('LEVEL_UNKNOWN');
    },
  },
  { key: 'issuer', header: '发证/授予单位', required: false, parse: textOf(100) },
  { key: 'obtainedOn', header: '取得日期', required: true, parse: dateOf(false) },
  { key: 'expiresOn', header: '有效期至', required: false, parse: dateOf(true) },
  { key: 'result', header: '名次/成绩', required: false, parse: textOf(50) },
  { key: 'certificateNo', header: '证书编号', required: false, parse: textOf(50) },
];

/** Header text as users may have typed it: without `*`, spaces, and with half-width slashes. */
export function normaliseCredentialHeader(header: string): string {
  return header.replace(/[*＊\s]/g, '').replace(/／/g, '/');
}

const COLUMN_BY_HEADER = new Map(CREDENTIAL_COLUMNS.map((c) => [normaliseCredentialHeader(c.header), c.key]));

/** The column key of a header cell, or undefined for a column the import ignores. */
export function credentialColumnOfHeader(header: string): CredentialColumnKey | undefined {
  return COLUMN_BY_HEADER.get(normaliseCredentialHeader(header));
}

/** The required columns a header row lacks (report them once for the file, not per row). */
export function missingCredentialColumns(headers: readonly string[]): CredentialColumnKey[] {
  const present = new Set(headers.map(credentialColumnOfHeader));
  return CREDENTIAL_COLUMNS.filter((c) => c.required && !present.has(c.key)).map((c) => c.key);
}

export type CredentialRow = Partial<Record<CredentialColumnKey, string | null | undefined>>;

export type CredentialRowProblem = {
  key: CredentialColumnKey;
  header: string;
  code: CredentialProblemCode;
  /** The cell as given (trimmed), null when blank. */
  value: string | null;
  /** "有效期至：早于取得日期" — the column first, as in the roster import report. */
  message: { zh: string; en: string };
};

export type ParsedCredentialRow =
  | { ok: true; person: { name: string; idNumber: string }; credential: Credential }
  | { ok: false; problems: CredentialRowProblem[] };

const COLUMN_BY_KEY = new Map(CREDENTIAL_COLUMNS.map((c) => [c.key, c]));

/** True when every known cell is blank (trailing rows in a sheet): skip it, do not report it. */
export function isBlankCredentialRow(row: CredentialRow): boolean {
  return CREDENTIAL_COLUMNS.every((c) => !row[c.key]?.trim());
}

/**
 * One import row, keyed by column key, checked on its own. `today` (YYYY-MM-DD) enables the
 * "obtained in the future" check. Matching the person by ID number is the importer's job.
 */
export function parseCredentialRow(
  row: CredentialRow,
  options: { today?: string } = {},
): ParsedCredentialRow {
  const problems: CredentialRowProblem[] = [];
  const values: Partial<Record<CredentialColumnKey, string>> = {};
  const report = (key: CredentialColumnKey, code: CredentialProblemCode) => {
    const header = COLUMN_BY_KEY.get(key)!.header;
    const msg = CREDENTIAL_ROW_PROBLEMS[code];
    const value = row[key]?.trim() || null;
    problems.push({
      key,
      header,
      code,
      value,
      message: { zh: `${header}：${msg.zh}`, en: `${header}: ${msg.en}` },
    });
  };

  for (const c of CREDENTIAL_COLUMNS) {
    const cell = row[c.key]?.trim();
    if (!cell) {
      if (c.required) report(c.key, 'REQUIRED');
      continue;
    }
    const parsed = c.parse(cell);
    if (parsed.ok) values[c.key] = parsed.value;
    else report(c.key, parsed.code);
  }

  const kind = values.kind as CredentialKind | undefined;
  const level = values.level as CredentialLevel | undefined;
  if (kind && level && !levelFitsKind(kind, level)) report('level', 'LEVEL_NOT_FOR_KIND');
  if (kind === 'title' && !level && !problems.some((p) => p.key === 'level')) {
    report('level', 'TITLE_LEVEL_REQUIRED');
  }
  if (values.obtainedOn && values.expiresOn && values.expiresOn < values.obtainedOn) {
    report('expiresOn', 'EXPIRY_BEFORE_OBTAINED');
  }
  if (values.obtainedOn && options.today && values.obtainedOn > options.today) {
    report('obtainedOn', 'OBTAINED_IN_FUTURE');
  }

  if (problems.length > 0) return { ok: false, problems };
  const credential = zCredential.parse({
    kind,
    name: values.name,
    level: level ?? null,
    issuer: values.issuer ?? null,
    obtainedOn: values.obtainedOn,
    expiresOn: values.expiresOn ?? null,
    result: values.result ?? null,
    certificateNo: values.certificateNo ?? null,
  });
  return { ok: true, person: { name: values.personName!, idNumber: values.idNumber! }, credential };
}
