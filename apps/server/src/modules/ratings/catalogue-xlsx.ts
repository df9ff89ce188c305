import {
  CATEGORY_GROUPS,
  CRITERION_KINDS,
  ORG_TYPES,
  SCHEME_KINDS,
  zCatalogue,
  type Catalogue,
  type CategoryGroup,
} from '@zhibu/shared';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import { escapeCell } from '../../platform/xlsx';

// A catalogue as a workbook a rating committee edits in Excel or WPS and hands back: the header as
// key/value rows (方案), one row per category (类别) and one per criterion (指标). Enumerations are
// written as their Chinese labels with drop-downs; what has no natural cell shape (levels, metric
// parameters, scoring rules) stays JSON in one cell. Reading accepts the labels or the raw values, and
// every problem points at a sheet and row, because the committee fixes the file, not the JSON.

const SHEET = { scheme: '方案', categories: '类别', criteria: '指标' } as const;

type Option<T extends string> = { value: T; zh: string; en?: string; also?: readonly string[] };

const KIND_OPTIONS: readonly Option<Catalogue['kind']>[] = SCHEME_KINDS;
const PERIOD_OPTIONS: readonly Option<Catalogue['period']>[] = [
  { value: 'year', zh: '年度' },
  { value: 'quarter', zh: '季度' },
];
const ORG_TYPE_OPTIONS: readonly Option<Catalogue['orgTypes'][number]>[] = ORG_TYPES.items;
const GROUP_ZH: Record<CategoryGroup, string> = {
  base: '基础分',
  bonus: '加分',
  deduction: '扣分',
  evaluation: '评价',
};
const GROUP_OPTIONS: readonly Option<CategoryGroup>[] = CATEGORY_GROUPS.map((g) => ({
  value: g,
  zh: GROUP_ZH[g],
}));
const CRITERION_KIND_OPTIONS: readonly Option<
  Catalogue['definition']['categories'][number]['criteria'][number]['kind']
>[] = CRITERION_KINDS;
const ANSWER_OPTIONS: readonly Option<'true' | 'false'>[] = [
  { value: 'true', zh: '必答题', also: ['必答', '是', 'required'] },
  { value: 'false', zh: '自选题', also: ['自选', '否', 'optional'] },
];
const HARD_STARS = ['3', '4', '5'];

const SCHEME_KEYS = {
  code: '编码',
  name: '名称',
  kind: '类型',
  period: '周期',
  orgTypes: '适用组织',
  formula: '计分公式',
  levels: '等级设置',
} as const;
type SchemeKey = keyof typeof SCHEME_KEYS;

const CATEGORY_COLUMNS = {
  code: { header: '编码', width: 12, required: true },
  title: { header: '名称', width: 28, required: true },
  group: { header: '分组', width: 10 },
  optionalLimit: { header: '自选题计入个数', width: 16 },
  description: { header: '说明', width: 48 },
} as const;

const CRITERION_COLUMNS = {
  categoryCode: { header: '类别编码', width: 10, required: true },
  code: { header: '编码', width: 12, required: true },
  title: { header: '名称', width: 36, required: true },
  description: { header: '说明', width: 48 },
  maxScore: { header: '满分', width: 8, required: true },
  weight: { header: '权重', width: 8 },
  kind: { header: '类型', width: 14, required: true },
  required: { header: '必答/自选', width: 11 },
  hardFromStar: { header: '硬性指标起始星级', width: 18 },
  metricKey: { header: '指标 key', width: 26 },
  metricParams: { header: '指标参数 (JSON)', width: 28 },
  rule: { header: '计分规则 (JSON)', width: 40 },
} as const;

type ColumnSpec = { header: string; width: number; required?: boolean };

// Room for drop-downs below the written rows, so rows a committee adds get them too.
const CATEGORY_ROWS = 200;
const CRITERION_ROWS = 3000;

export type CatalogueProblem = { sheet: string; row: number; message: string };
export type CatalogueReadResult =
  { ok: true; catalogue: Catalogue } | { ok: false; problems: CatalogueProblem[] };

// ───────────────────────────── writing ─────────────────────────────

export async function writeCatalogueXlsx(c: Catalogue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhibu';
  writeSchemeSheet(wb, c);
  writeCategorySheet(wb, c);
  writeCriterionSheet(wb, c);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeSchemeSheet(wb: ExcelJS.Workbook, c: Catalogue): void {
  const ws = sheetWithHeader(wb, SHEET.scheme, [
    { header: '项目', width: 14 },
    { header: '内容', width: 80 },
    { header: '填写说明', width: 60 },
  ]);
  const rows: [SchemeKey, unknown, string][] = [
    ['code', c.code, '字母、数字、下划线、点或连字符'],
    ['name', c.name, ''],
    ['kind', labelOf(KIND_OPTIONS, c.kind), KIND_OPTIONS.map((o) => o.zh).join('、')],
    ['period', labelOf(PERIOD_OPTIONS, c.period), '年度、季度'],
    [
      'orgTypes',
      c.orgTypes.map((t) => ORG_TYPES.label(t)).join('、'),
      `多个用“、”分隔：${ORG_TYPE_OPTIONS.map((o) => o.zh).join('、')}`,
    ],
    ['formula', c.definition.formula, '可用 base、bonus、deduction、evaluation 及类别编码'],
    [
      'levels',
      c.definition.levels ? JSON.stringify(c.definition.levels) : null,
      'JSON：labels 等级名称、bands 分数段、floor 保底等级、vetoLevel 否决后等级、quotas 名额比例、oneStepUp 逐级晋升',
    ],
  ];
  for (const [key, value, hint] of rows) ws.addRow([SCHEME_KEYS[key], value, hint].map(escapeCell));
  ws.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  const rowOf = (key: SchemeKey) => rows.findIndex(([k]) => k === key) + 2;
  dropDown(
    ws,
    `B${rowOf('kind')}`,
    KIND_OPTIONS.map((o) => o.zh),
  );
  dropDown(
    ws,
    `B${rowOf('period')}`,
    PERIOD_OPTIONS.map((o) => o.zh),
  );
}

function writeCategorySheet(wb: ExcelJS.Workbook, c: Catalogue): void {
  const ws = sheetWithHeader(wb, SHEET.categories, Object.values(CATEGORY_COLUMNS));
  for (const cat of c.definition.categories) {
    ws.addRow(
      [cat.code, cat.title, GROUP_ZH[cat.group], cat.optionalLimit ?? null, cat.description ?? null].map(
        escapeCell,
      ),
    );
  }
  textColumn(ws, 1);
  const col = columnLetters(ws, CATEGORY_COLUMNS);
  dropDown(
    ws,
    `${col.group}2:${col.group}${CATEGORY_ROWS}`,
    GROUP_OPTIONS.map((o) => o.zh),
  );
  numberRange(ws, `${col.optionalLimit}2:${col.optionalLimit}${CATEGORY_ROWS}`, 'whole', 0, 100);
}

function writeCriterionSheet(wb: ExcelJS.Workbook, c: Catalogue): void {
  const ws = sheetWithHeader(wb, SHEET.criteria, Object.values(CRITERION_COLUMNS), 3);
  for (const cat of c.definition.categories) {
    for (const k of cat.criteria) {
      ws.addRow(
        [
          cat.code,
          k.code,
          k.title,
          k.description ?? null,
          k.maxScore,
          k.weight,
          labelOf(CRITERION_KIND_OPTIONS, k.kind),
          labelOf(ANSWER_OPTIONS, String(k.required) as 'true' | 'false'),
          k.hardFromStar,
          k.metric?.key ?? null,
          k.metric?.params ? JSON.stringify(k.metric.params) : null,
          k.rule ? JSON.stringify(k.rule) : null,
        ].map(escapeCell),
      );
    }
  }
  textColumn(ws, 1);
  textColumn(ws, 2);
  const col = columnLetters(ws, CRITERION_COLUMNS);
  const all = (letter: string) => `${letter}2:${letter}${CRITERION_ROWS}`;
  // The category codes come from the 类别 sheet, so a renamed or added category is offered at once.
  dropDown(ws, all(col.categoryCode), `'${SHEET.categories}'!$A$2:$A$${CATEGORY_ROWS}`);
  numberRange(ws, all(col.maxScore), 'decimal', 0, 1000);
  numberRange(ws, all(col.weight), 'decimal', 0, 100);
  dropDown(
    ws,
    all(col.kind),
    CRITERION_KIND_OPTIONS.map((o) => o.zh),
  );
  dropDown(
    ws,
    all(col.required),
    ANSWER_OPTIONS.map((o) => o.zh),
  );
  dropDown(ws, all(col.hardFromStar), HARD_STARS);
}

function sheetWithHeader(
  wb: ExcelJS.Workbook,
  name: string,
  columns: readonly ColumnSpec[],
  frozenColumns = 0,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: frozenColumns }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** Codes as text, so that a code such as 001 typed into Excel does not turn into the number 1. */
function textColumn(ws: ExcelJS.Worksheet, n: number): void {
  ws.getColumn(n).numFmt = '@';
}

function columnLetters<K extends string>(
  ws: ExcelJS.Worksheet,
  columns: Record<K, ColumnSpec>,
): Record<K, string> {
  const keys = Object.keys(columns) as K[];
  return Object.fromEntries(keys.map((k, i) => [k, ws.getColumn(i + 1).letter])) as Record<K, string>;
}

// exceljs keeps sheet-level validations (a whole range at once) out of its typings.
type RangeValidations = { add(range: string, validation: ExcelJS.DataValidation): void };
const validationsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: RangeValidations }).dataValidations;

function dropDown(ws: ExcelJS.Worksheet, range: string, options: string[] | string): void {
  validationsOf(ws).add(range, {
    type: 'list',
    allowBlank: true,
    formulae: [typeof options === 'string' ? options : `"${options.join(',')}"`],
    showErrorMessage: true,
    errorTitle: '取值无效',
    error: '请从下拉列表中选择',
  });
}

function numberRange(
  ws: ExcelJS.Worksheet,
  range: string,
  type: 'whole' | 'decimal',
  min: number,
  max: number,
): void {
  validationsOf(ws).add(range, {
    type,
    operator: 'between',
    allowBlank: true,
    formulae: [min, max],
    showErrorMessage: true,
    errorTitle: '数值无效',
    error: `请输入 ${min} 到 ${max} 之间的${type === 'whole' ? '整数' : '数字'}`,
  });
}

function labelOf<T extends string>(options: readonly Option<T>[], value: T): string {
  return options.find((o) => o.value === value)?.zh ?? value;
}

// ───────────────────────────── reading ─────────────────────────────

/** Where each part of the catalogue came from, to point zod's findings back at a sheet and row. */
type Origin = { scheme: Map<SchemeKey, number>; categories: number[]; criteria: number[][] };

type Collector = {
  problems: CatalogueProblem[];
  seen: Set<string>;
  add(sheet: string, row: number, column: string, message: string): void;
};

function collector(): Collector {
  const problems: CatalogueProblem[] = [];
  const seen = new Set<string>();
  return {
    problems,
    seen,
    add(sheet, row, column, message) {
      const key = `${sheet}|${row}|${column}`;
      if (seen.has(key)) return;
      seen.add(key);
      problems.push({ sheet, row, message });
    },
  };
}

export async function readCatalogueXlsx(buf: Buffer): Promise<CatalogueReadResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    return {
      ok: false,
      problems: [{ sheet: '', row: 0, message: '无法读取文件：不是有效的 Excel 工作簿（.xlsx）' }],
    };
  }
  try {
    return readWorkbook(wb);
  } catch {
    // An upload must end in a list of problems, never in a server error, however odd the file.
    return {
      ok: false,
      problems: [{ sheet: '', row: 0, message: '文件内容无法识别，请以导出的方案文件为模板填写' }],
    };
  }
}

function readWorkbook(wb: ExcelJS.Workbook): CatalogueReadResult {
  const out = collector();
  const sheets = {
    scheme: wb.getWorksheet(SHEET.scheme),
    categories: wb.getWorksheet(SHEET.categories),
    criteria: wb.getWorksheet(SHEET.criteria),
  };
  for (const key of ['scheme', 'categories', 'criteria'] as const) {
    if (!sheets[key]) out.add(SHEET[key], 0, '', `缺少工作表“${SHEET[key]}”`);
  }
  if (!sheets.scheme || !sheets.categories || !sheets.criteria) return { ok: false, problems: out.problems };

  const origin: Origin = { scheme: new Map(), categories: [], criteria: [] };
  const header = readScheme(sheets.scheme, out, origin);
  const categories = readCategories(sheets.categories, out, origin);
  readCriteria(sheets.criteria, out, origin, categories);
  reportDuplicateCodes(origin, categories, out);
  // Without a required column or row the rest cannot be judged: every category would look empty.
  if (out.problems.some((p) => p.row <= 1)) return { ok: false, problems: inSheetOrder(out.problems) };
  const input = {
    ...header.fields,
    definition: { ...header.definition, categories: categories.map((c) => c.input) },
  };

  const parsed = zCatalogue.safeParse(input);
  // A row with an unreadable cell is reported for that cell only: zod's view of the same row follows
  // from the missing value and would only mislead ("须填写计分规则" after "计分规则不是有效的 JSON").
  const settled = new Set(out.problems.map((p) => `${p.sheet}|${p.row}`));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) reportIssue(issue, origin, input, settled, out);
  }
  if (out.problems.length > 0 || !parsed.success) return { ok: false, problems: inSheetOrder(out.problems) };
  return { ok: true, catalogue: parsed.data };
}

function inSheetOrder(problems: CatalogueProblem[]): CatalogueProblem[] {
  const order: string[] = ['', SHEET.scheme, SHEET.categories, SHEET.criteria];
  return [...problems].sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet) || a.row - b.row);
}

function readScheme(ws: ExcelJS.Worksheet, out: Collector, origin: Origin) {
  const cells = new Map<SchemeKey, unknown>();
  const byLabel = new Map(
    Object.entries(SCHEME_KEYS).map(([k, label]) => [normalHeader(label), k as SchemeKey]),
  );
  ws.eachRow((row, n) => {
    const key = byLabel.get(normalHeader(cellText(row.getCell(1).value) ?? ''));
    if (!key || origin.scheme.has(key)) return;
    origin.scheme.set(key, n);
    cells.set(key, row.getCell(2).value);
  });
  for (const key of ['code', 'name', 'kind', 'period', 'orgTypes'] as const) {
    if (!origin.scheme.has(key)) out.add(ws.name, 0, SCHEME_KEYS[key], `缺少“${SCHEME_KEYS[key]}”一行`);
  }
  const at = (key: SchemeKey) =>
    fieldReader(out, SHEET.scheme, origin.scheme.get(key) ?? 0, SCHEME_KEYS[key]);
  const orgTypes = at('orgTypes').list(cells.get('orgTypes'), ORG_TYPE_OPTIONS, true);
  const levels = at('levels').json(cells.get('levels'));
  return {
    fields: {
      code: at('code').text(cells.get('code'), true),
      name: at('name').text(cells.get('name'), true),
      kind: at('kind').choice(cells.get('kind'), KIND_OPTIONS, true),
      period: at('period').choice(cells.get('period'), PERIOD_OPTIONS, true),
      orgTypes,
    },
    definition: {
      formula: at('formula').text(cells.get('formula')),
      ...(levels === undefined ? {} : { levels }),
    },
  };
}

type CategoryDraft = {
  code: string | undefined;
  input: Record<string, unknown> & { criteria: Record<string, unknown>[] };
};

function readCategories(ws: ExcelJS.Worksheet, out: Collector, origin: Origin): CategoryDraft[] {
  const drafts: CategoryDraft[] = [];
  for (const { row, cell } of tableRows(ws, CATEGORY_COLUMNS, out)) {
    const at = (key: keyof typeof CATEGORY_COLUMNS) =>
      fieldReader(out, ws.name, row, CATEGORY_COLUMNS[key].header);
    const code = at('code').text(cell('code'), true);
    origin.categories.push(row);
    origin.criteria.push([]);
    drafts.push({
      code,
      input: defined({
        code,
        title: at('title').text(cell('title'), true),
        group: at('group').choice(cell('group'), GROUP_OPTIONS),
        optionalLimit: at('optionalLimit').number(cell('optionalLimit')),
        description: at('description').text(cell('description')),
        criteria: [],
      }),
    });
  }
  return drafts;
}

function readCriteria(
  ws: ExcelJS.Worksheet,
  out: Collector,
  origin: Origin,
  categories: CategoryDraft[],
): void {
  for (const { row, cell } of tableRows(ws, CRITERION_COLUMNS, out)) {
    const at = (key: keyof typeof CRITERION_COLUMNS) =>
      fieldReader(out, ws.name, row, CRITERION_COLUMNS[key].header);
    const categoryCode = at('categoryCode').text(cell('categoryCode'), true);
    const index = categories.findIndex((c) => c.code !== undefined && c.code === categoryCode);
    if (categoryCode !== undefined && index < 0) {
      out.add(
        ws.name,
        row,
        CRITERION_COLUMNS.categoryCode.header,
        `类别编码“${categoryCode}”在“${SHEET.categories}”表中不存在`,
      );
    }
    const required = at('required').choice(cell('required'), ANSWER_OPTIONS);
    const metricKey = at('metricKey').text(cell('metricKey'));
    const params = at('metricParams').json(cell('metricParams'));
    if (params !== undefined && metricKey === undefined) {
      out.add(ws.name, row, CRITERION_COLUMNS.metricParams.header, '填写了“指标参数”但缺少“指标 key”');
    }
    const criterion = defined({
      code: at('code').text(cell('code'), true),
      title: at('title').text(cell('title'), true),
      description: at('description').text(cell('description')),
      maxScore: at('maxScore').number(cell('maxScore'), true),
      weight: at('weight').number(cell('weight')),
      kind: at('kind').choice(cell('kind'), CRITERION_KIND_OPTIONS, true),
      required: required === undefined ? undefined : required === 'true',
      hardFromStar: at('hardFromStar').star(cell('hardFromStar')),
      metric: metricKey === undefined ? undefined : defined({ key: metricKey, params }),
      rule: at('rule').json(cell('rule')),
    });
    if (index < 0) continue;
    categories[index]!.input.criteria.push(criterion);
    origin.criteria[index]!.push(row);
  }
}

/** zod checks codes only once everything else is valid; the committee should hear of a repeat at once. */
function reportDuplicateCodes(origin: Origin, categories: CategoryDraft[], out: Collector): void {
  const seen = new Set<string>();
  const check = (code: unknown, sheet: string, row: number) => {
    if (typeof code !== 'string') return;
    if (seen.has(code)) out.add(sheet, row, '编码', `编码“${code}”重复（类别和指标的编码都不能重复）`);
    seen.add(code);
  };
  categories.forEach((cat, i) => {
    check(cat.code, SHEET.categories, origin.categories[i]!);
    cat.input.criteria.forEach((c, j) => check(c.code, SHEET.criteria, origin.criteria[i]![j]!));
  });
}

/** The data rows of a table sheet (header in row 1, columns found by header text in any order). */
function tableRows<K extends string>(ws: ExcelJS.Worksheet, columns: Record<K, ColumnSpec>, out: Collector) {
  const byHeader = new Map(
    Object.entries<ColumnSpec>(columns).map(([k, c]) => [normalHeader(c.header), k as K]),
  );
  const at = new Map<K, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const key = byHeader.get(normalHeader(cellText(cell.value) ?? ''));
    if (key && !at.has(key)) at.set(key, col);
  });
  const missing = Object.entries<ColumnSpec>(columns).filter(([k, c]) => c.required && !at.has(k as K));
  for (const [, c] of missing) out.add(ws.name, 1, c.header, `缺少“${c.header}”列`);
  const rows: { row: number; cell: (key: K) => unknown }[] = [];
  if (missing.length > 0) return rows;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const cell = (key: K) => (at.has(key) ? row.getCell(at.get(key)!).value : undefined);
    if ([...at.keys()].every((k) => cellText(cell(k)) === null)) return;
    rows.push({ row: n, cell });
  });
  return rows;
}

/** Reads one cell as a field of the catalogue, recording a problem (and returning undefined) when it will not do. */
function fieldReader(out: Collector, sheet: string, row: number, column: string) {
  const fail = (message: string) => {
    out.add(sheet, row, column, `“${column}”${message}`);
    return undefined;
  };
  const blank = (required: boolean) => (required ? fail('不能为空') : undefined);
  const optionNames = (options: readonly Option<string>[]) => options.map((o) => o.zh).join('、');
  const match = <T extends string>(options: readonly Option<T>[], text: string): T | undefined => {
    const t = text.toLowerCase();
    return options.find(
      (o) => o.zh === text || o.value.toLowerCase() === t || o.en?.toLowerCase() === t || o.also?.includes(t),
    )?.value;
  };
  return {
    text(raw: unknown, required = false): string | undefined {
      return cellText(raw) ?? blank(required);
    },
    number(raw: unknown, required = false): number | undefined {
      if (typeof raw === 'number') return raw;
      const t = cellText(raw);
      if (t === null) return blank(required);
      return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : fail(`须为数字，现为“${t}”`);
    },
    star(raw: unknown): number | null | undefined {
      const t = cellText(raw);
      if (t === null) return null;
      const m = /^(\d+)\s*(星|★)?$/.exec(t);
      return m ? Number(m[1]) : fail(`须为星级数字（如 3、4、5），现为“${t}”`);
    },
    choice<T extends string>(raw: unknown, options: readonly Option<T>[], required = false): T | undefined {
      const t = cellText(raw);
      if (t === null) return blank(required);
      return match(options, t) ?? fail(`的“${t}”无法识别，可选：${optionNames(options)}`);
    },
    list<T extends string>(raw: unknown, options: readonly Option<T>[], required = false): T[] | undefined {
      const t = cellText(raw);
      if (t === null) return blank(required);
      const parts = t.split(/[、,，;；\s]+/).filter(Boolean);
      const unknown = parts.filter((p) => match(options, p) === undefined);
      if (unknown.length > 0) {
        return fail(`中的“${unknown.join('、')}”无法识别，可选：${optionNames(options)}`);
      }
      return parts.map((p) => match(options, p)!);
    },
    json(raw: unknown): unknown {
      const t = cellText(raw);
      if (t === null) return undefined;
      const parsed = parseJson(t);
      return parsed.ok ? parsed.value : fail('不是有效的 JSON（请检查引号、逗号和括号是否成对）');
    },
  };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  // Chinese input methods and WPS turn straight quotes into curly ones as the committee types.
  for (const candidate of [text, text.replace(/[“”]/g, '"')]) {
    try {
      return { ok: true, value: JSON.parse(candidate) as unknown };
    } catch {
      // try the next reading
    }
  }
  return { ok: false };
}

/** A cell as trimmed text, or null when blank; undoes `escapeCell`'s apostrophe. */
function cellText(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t === '') return null;
    return /^'[=+\-@\t\r]/.test(t) ? t.slice(1) : t;
  }
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : null;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText)) {
      return cellText((o.richText as { text?: string }[]).map((r) => r.text ?? '').join(''));
    }
    if ('result' in o) return cellText(o.result);
    if (typeof o.text === 'string') return cellText(o.text);
    // #N/A and friends: shown as they are, so the cell is reported rather than read as blank
    if (typeof o.error === 'string') return o.error;
  }
  return null;
}

/** Headers compare without spaces, case or a trailing note in brackets: 指标参数（JSON） reads as 指标参数. */
function normalHeader(text: string): string {
  return text
    .replace(/[（(].*?[）)]/g, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

function defined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

// ───────────────────────── zod findings to sheet rows ─────────────────────────

const CATEGORY_FIELDS: Record<string, string> = {
  code: CATEGORY_COLUMNS.code.header,
  title: CATEGORY_COLUMNS.title.header,
  group: CATEGORY_COLUMNS.group.header,
  optionalLimit: CATEGORY_COLUMNS.optionalLimit.header,
  description: CATEGORY_COLUMNS.description.header,
  criteria: SHEET.criteria,
};
const CRITERION_FIELDS: Record<string, string> = {
  code: CRITERION_COLUMNS.code.header,
  title: CRITERION_COLUMNS.title.header,
  description: CRITERION_COLUMNS.description.header,
  maxScore: CRITERION_COLUMNS.maxScore.header,
  weight: CRITERION_COLUMNS.weight.header,
  kind: CRITERION_COLUMNS.kind.header,
  required: CRITERION_COLUMNS.required.header,
  hardFromStar: CRITERION_COLUMNS.hardFromStar.header,
  metric: CRITERION_COLUMNS.metricKey.header,
  rule: CRITERION_COLUMNS.rule.header,
};
const CUSTOM_MESSAGES: Record<string, string> = {
  'metric criteria need a metric and a rule': '自动计算类指标须填写“指标 key”和“计分规则”',
  'a veto applies to every level': '一票否决项适用于所有等级，不能设置硬性指标起始星级',
  'an automatic deduction needs a rule': '自动扣分项须填写“计分规则”',
};

type Spot = { sheet: string; row: number; column: string; rest: PropertyKey[] };

type InputCodes = { definition: { categories: { code?: unknown; criteria: { code?: unknown }[] }[] } };

function reportIssue(
  issue: z.core.$ZodIssue,
  origin: Origin,
  input: InputCodes,
  settled: ReadonlySet<string>,
  out: Collector,
): void {
  const duplicate = issue.code === 'custom' ? /^duplicate code (.+)$/.exec(issue.message) : null;
  if (duplicate) {
    const spot = duplicateSpot(duplicate[1]!, origin, input);
    out.add(spot.sheet, spot.row, spot.column, `编码“${duplicate[1]}”重复（类别和指标的编码都不能重复）`);
    return;
  }
  const spot = spotOf(issue.path, origin);
  if (settled.has(`${spot.sheet}|${spot.row}`)) return;
  if (spot.column === SHEET.criteria) {
    out.add(spot.sheet, spot.row, spot.column, `该类别下没有指标（“${SHEET.criteria}”表中没有属于它的行）`);
    return;
  }
  const within = spot.rest.length > 0 ? `中的 ${spot.rest.map(String).join('.')}：` : '';
  const text =
    issue.code === 'custom'
      ? (CUSTOM_MESSAGES[issue.message] ?? issue.message)
      : `“${spot.column}”${within}${issueText(issue, spot.column)}`;
  out.add(spot.sheet, spot.row, [spot.column, ...spot.rest.map(String)].join('.'), text);
}

function spotOf(path: PropertyKey[], origin: Origin): Spot {
  const scheme = (key: SchemeKey, rest: PropertyKey[] = []): Spot => ({
    sheet: SHEET.scheme,
    row: origin.scheme.get(key) ?? 0,
    column: SCHEME_KEYS[key],
    rest,
  });
  const [head, section, i, field, j, criterionField, ...tail] = path;
  if (head !== 'definition') {
    return (head as string) in SCHEME_KEYS
      ? scheme(head as SchemeKey)
      : { sheet: SHEET.scheme, row: 0, column: String(head), rest: [] };
  }
  if (section === 'formula') return scheme('formula');
  if (section === 'levels') return scheme('levels', path.slice(2));
  if (typeof i !== 'number') return { sheet: SHEET.categories, row: 0, column: '类别', rest: [] };
  const categoryRow = origin.categories[i] ?? 0;
  if (field !== 'criteria' || typeof j !== 'number') {
    return {
      sheet: SHEET.categories,
      row: categoryRow,
      column: CATEGORY_FIELDS[String(field)] ?? String(field),
      rest: path.slice(4),
    };
  }
  const row = origin.criteria[i]?.[j] ?? 0;
  if (criterionField === 'metric' && tail[0] === 'params') {
    return { sheet: SHEET.criteria, row, column: CRITERION_COLUMNS.metricParams.header, rest: tail.slice(1) };
  }
  const column = CRITERION_FIELDS[String(criterionField)] ?? String(criterionField);
  return {
    sheet: SHEET.criteria,
    row,
    column,
    rest: criterionField === 'metric' && tail[0] === 'key' ? [] : tail,
  };
}

/** The second place a repeated code appears, in catalogue order (categories and their criteria). */
function duplicateSpot(code: string, origin: Origin, input: InputCodes): Spot {
  const places: Spot[] = [];
  input.definition.categories.forEach((cat, i) => {
    if (cat.code === code) {
      places.push({
        sheet: SHEET.categories,
        row: origin.categories[i] ?? 0,
        column: CATEGORY_COLUMNS.code.header,
        rest: [],
      });
    }
    cat.criteria.forEach((c, j) => {
      if (c.code === code) {
        places.push({
          sheet: SHEET.criteria,
          row: origin.criteria[i]?.[j] ?? 0,
          column: CRITERION_COLUMNS.code.header,
          rest: [],
        });
      }
    });
  });
  return places[1] ?? places[0] ?? { sheet: SHEET.categories, row: 0, column: '编码', rest: [] };
}

function issueText(issue: z.core.$ZodIssue, column: string): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字符`;
      }
      if (issue.origin === 'array') return `至少需要 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${issue.maximum} 个字符`;
      if (issue.origin === 'array') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_format':
      return issue.format === 'regex' ? '只能包含字母、数字、下划线、点和连字符' : '格式不正确';
    case 'invalid_type':
      if (/received undefined/.test(issue.message)) return '不能为空';
      if (issue.expected === 'int') return '须为整数';
      if (issue.expected === 'number') return '须为数字';
      if (issue.expected === 'string') return '须为文字';
      if (issue.expected === 'array') return '须为数组（[...]）';
      if (issue.expected === 'object' || issue.expected === 'record') return '须为对象（{...}）';
      return '格式不正确';
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join('、')}`;
    case 'invalid_union':
      return column === CRITERION_COLUMNS.rule.header
        ? '须为 threshold、linear、steps、per_missing 或 per_occurrence 之一'
        : '须为文字或数字';
    case 'invalid_key':
    case 'invalid_element':
    case 'unrecognized_keys':
    case 'not_multiple_of':
    case 'custom':
      return '格式不正确';
  }
}
