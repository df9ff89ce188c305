import { CRITERION_KINDS } from '@zhibu/shared';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { presentResult } from './get-result';
import type { OverrideError } from './rules/index';

// The assessment report of one org for one round (考评报告), as the branch files it and the higher
// committee signs it: the result and what held the level down, every criterion with its explanation,
// what stands between the org and the next level, and the signature lines.

export type ResultReport = ReturnType<typeof presentResult>;
type ReportCategory = ResultReport['categories'][number];

const STATUS_ZH: Record<string, string> = {
  pass: '达标',
  fail: '未达标',
  pending: '待审核',
  skipped: '未选答',
};
const OVERRIDE_ERROR_ZH: Record<OverrideError, string> = {
  OVERRIDE_ABOVE_HARD_CAP: '破格等级高于硬性指标允许的等级，未生效',
  OVERRIDE_VETOED: '已触发一票否决，破格未生效',
};

// A4 portrait with 2.54 cm margins leaves 9026 twips for text; the criteria table shares them out.
const A4 = { width: 11906, height: 16838, margin: 1440 };
const CRITERIA_WIDTHS = [800, 2300, 1400, 650, 650, 850, 2376];

const p = (
  text: string,
  opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {},
) =>
  new Paragraph({
    alignment: opts.align,
    children: [new TextRun({ text, bold: opts.bold, size: opts.size })],
  });

const heading = (
  text: string,
  level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1,
) => new Paragraph({ heading: level, children: [new TextRun(text)] });

const cell = (text: string, bold = false) =>
  new TableCell({ children: text.split('\n').map((line) => p(line, { bold })) });

function table(header: string[], body: string[][], columnWidths?: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    ...(columnWidths ? { columnWidths, layout: TableLayoutType.FIXED } : {}),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...body.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

function fieldTable(fields: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [2200, 6826],
    rows: fields.map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v)] })),
  });
}

const points = (n: number) => String(Math.round(n * 100) / 100);

function levelName(r: ResultReport, level: number | null): string {
  if (level === null) return '未定级';
  return r.levels.find((l) => l.level === level)?.zh ?? String(level);
}

function criterionTitle(r: ResultReport, code: string): string {
  for (const cat of r.categories) {
    const c = cat.criteria.find((x) => x.code === code);
    if (c) return c.title;
  }
  return code;
}

/** Why the org has the level it has: each rule that moved it, in the order they were applied. */
export function levelReasons(r: ResultReport): string[] {
  const f = r.flags;
  const reasons: string[] = [];
  if (f.vetoedBy.length > 0) {
    reasons.push(`触发一票否决：${f.vetoedBy.map((c) => criterionTitle(r, c)).join('、')}`);
  }
  if (r.hardCap !== null && r.bandLevel !== null && r.hardCap < r.bandLevel) {
    const blocking = f.hardOpen.filter((h) => h.status !== 'pass' && h.fromStar <= r.bandLevel!);
    const items = blocking
      .map((h) => `${criterionTitle(r, h.code)}（${h.fromStar}星，${STATUS_ZH[h.status] ?? h.status}）`)
      .join('、');
    reasons.push(`硬性指标未达标，等级不高于${levelName(r, r.hardCap)}${items ? `：${items}` : ''}`);
  }
  if (f.oneStepCapped) reasons.push(`逐级晋升：较上期（${levelName(r, r.previousLevel)}）最多提升一级`);
  if (f.quotaCut) {
    reasons.push(`名额限制：${levelName(r, r.computedLevel)}名额已满，调整为${levelName(r, r.level)}`);
  }
  if (f.overridden) {
    reasons.push(
      `破格定级为${levelName(r, r.level)}${f.overrideReason ? `，理由：${f.overrideReason}` : ''}`,
    );
  }
  if (f.overrideError) reasons.push(OVERRIDE_ERROR_ZH[f.overrideError as OverrideError] ?? f.overrideError);
  if (reasons.length === 0) reasons.push('按总分所在分数段定级');
  return reasons;
}

function summary(r: ResultReport, opts: { schemeName: string }): Table {
  return fieldTable([
    ['组织名称', r.org.name],
    ['组织编码', r.org.code],
    ['考评轮次', r.round.title],
    ['考评方案', opts.schemeName],
    ['总分', points(r.total)],
    ['等级', r.levelLabel.zh || levelName(r, r.level)],
    ['上期等级', r.previousLevel === null ? '无' : levelName(r, r.previousLevel)],
    ['定级说明', levelReasons(r).join('\n')],
  ]);
}

function kindText(c: ReportCategory['criteria'][number]): string {
  const kind = CRITERION_KINDS.find((k) => k.value === c.kind)?.zh ?? c.kind;
  return [kind, c.required ? '' : '自选题', c.hardFromStar === null ? '' : `${c.hardFromStar}星硬性指标`]
    .filter(Boolean)
    .join('\n');
}

function categorySection(cat: ReportCategory): (Paragraph | Table)[] {
  const taken = cat.group === 'deduction';
  const rows = cat.criteria.map((c) => [
    c.code,
    c.title,
    kindText(c),
    points(c.maxScore),
    // A deduction's score is the points taken off; shown with its sign so no one adds it up.
    taken && c.score > 0 ? `-${points(c.score)}` : points(c.score),
    STATUS_ZH[c.status] ?? c.status,
    c.explanation.zh,
  ]);
  const tally = taken ? `扣 ${points(cat.score)} 分` : `得分 ${points(cat.score)} / 满分 ${points(cat.max)}`;
  return [
    heading(`${cat.code} ${cat.title}（${tally}）`, HeadingLevel.HEADING_2),
    table(['编码', '指标', '类型', '满分', '得分', '状态', '说明'], rows, CRITERIA_WIDTHS),
    p(''),
  ];
}

function gapSection(r: ResultReport): (Paragraph | Table)[] {
  const gap = r.gap;
  if (!gap) return [p('本考评方案未设置等级。')];
  if (gap.next === null) return [p('已达到本方案的最高等级。')];
  const hard = gap.failingHard
    .map((h) => `${h.title}（${h.fromStar}星，${STATUS_ZH[h.status] ?? h.status}）`)
    .join('\n');
  const out: (Paragraph | Table)[] = [
    fieldTable([
      ['下一等级', gap.nextLabel.zh || levelName(r, gap.next)],
      ['尚差分数', gap.pointsShort > 0 ? `${points(gap.pointsShort)} 分` : '总分已达到'],
      ['未达标硬性指标', hard || '无'],
    ]),
    heading('最易得分项', HeadingLevel.HEADING_2),
  ];
  if (gap.suggestions.length === 0) out.push(p('暂无可通过补充材料或数据提高得分的指标。'));
  else {
    out.push(
      table(
        ['编码', '指标', '可得分', '建议'],
        gap.suggestions.map((s) => [s.code, s.title, `+${points(s.gain)}`, s.action.zh]),
      ),
    );
  }
  return out;
}

function signatures(): Paragraph[] {
  return [
    p(''),
    p('支部书记（签字）：____________________        日期：______年____月____日'),
    p(''),
    p('上级党组织审核意见：'),
    p(''),
    p(''),
    p(''),
    p('审核人（签字、盖章）：____________________        日期：______年____月____日'),
  ];
}

export async function buildResultReportDocx(
  r: ResultReport,
  opts: { generatedOn: string; schemeName: string },
): Promise<Buffer> {
  const title = `${r.org.name} ${r.round.title} 考评报告`;
  const doc = new Document({
    creator: 'Zhibu',
    title,
    styles: {
      default: { document: { run: { font: { eastAsia: 'SimSun', ascii: 'Times New Roman' }, size: 22 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin },
          },
        },
        children: [
          p(title, { bold: true, size: 36, align: AlignmentType.CENTER }),
          p(`生成日期：${opts.generatedOn}`, { align: AlignmentType.CENTER }),
          p(''),
          heading('一、考评结果'),
          summary(r, opts),
          heading('二、分项得分'),
          ...r.categories.flatMap(categorySection),
          heading('三、晋级差距'),
          ...gapSection(r),
          heading('四、审核签字'),
          ...signatures(),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
