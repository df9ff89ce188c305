import ExcelJS from 'exceljs';
import { escapeCell } from '../../platform/xlsx';

// The league table of a round as a workbook for the committee's files: every rated org with its total,
// level, last period's level and category scores, and the spread of levels (which the quotas bound).

export type LeagueWorkbookInput = {
  title: string;
  categories: { code: string; title: string }[];
  items: {
    code: string;
    name: string;
    parentName: string | null;
    total: number;
    levelLabel: string;
    previousLevelLabel: string;
    categories: { code: string; score: number; max: number }[];
    /** Words for what moved the level, already joined (破格、名额限制降级、一票否决). */
    flags: string;
  }[];
};

const RESULTS_SHEET = '考评结果';
const SPREAD_SHEET = '等级分布';
const UNRATED = '未定级';

export async function writeLeagueXlsx(input: LeagueWorkbookInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhibu';
  writeResults(wb, input);
  writeSpread(wb, input.items);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function writeResults(wb: ExcelJS.Workbook, input: LeagueWorkbookInput): void {
  const columns = [
    { header: '序号', width: 6 },
    { header: '组织编码', width: 14 },
    { header: '组织名称', width: 30 },
    { header: '上级组织', width: 24 },
    { header: '总分', width: 9 },
    { header: '等级', width: 10 },
    { header: '上期等级', width: 10 },
    ...input.categories.map((c) => ({
      header: `${c.code} ${c.title}`,
      width: Math.min(24, Math.max(10, c.title.length * 2 + 4)),
    })),
    { header: '说明', width: 30 },
  ];
  const ws = wb.addWorksheet(RESULTS_SHEET, { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));

  // The title sits above the header so that a printed or forwarded sheet still says which round it is.
  ws.addRow([escapeCell(input.title)]);
  ws.mergeCells(1, 1, 1, columns.length);
  const title = ws.getCell(1, 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 24;

  const header = ws.addRow(columns.map((c) => c.header).map(escapeCell));
  header.font = { bold: true };
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: columns.length } };

  input.items.forEach((item, i) => {
    const score = (code: string) => {
      const s = item.categories.find((c) => c.code === code);
      return s ? round2(s.score) : null;
    };
    ws.addRow(
      [
        i + 1,
        item.code,
        item.name,
        item.parentName,
        round2(item.total),
        item.levelLabel,
        item.previousLevelLabel,
        ...input.categories.map((c) => score(c.code)),
        item.flags,
      ].map(escapeCell),
    );
  });
}

function writeSpread(wb: ExcelJS.Workbook, items: LeagueWorkbookInput['items']): void {
  const ws = wb.addWorksheet(SPREAD_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [
    { header: '等级', width: 14 },
    { header: '组织数', width: 10 },
    { header: '占比', width: 10, style: { numFmt: '0.0%' } },
  ];
  ws.getRow(1).font = { bold: true };
  for (const { label, count } of levelSpread(items)) {
    ws.addRow([escapeCell(label), count, items.length === 0 ? 0 : count / items.length]);
  }
  const total = ws.addRow(['合计', items.length, items.length === 0 ? 0 : 1]);
  total.font = { bold: true };
}

/**
 * Levels best first, without level numbers: ordered by the median total of the orgs holding each. The
 * median, not the best total, because a vetoed org keeps a high total at the lowest level.
 */
export function levelSpread(items: LeagueWorkbookInput['items']): { label: string; count: number }[] {
  const totals = new Map<string, number[]>();
  for (const item of items) {
    const label = item.levelLabel || UNRATED;
    const list = totals.get(label) ?? [];
    list.push(item.total);
    totals.set(label, list);
  }
  return [...totals]
    .map(([label, list]) => ({ label, count: list.length, median: median(list) }))
    .sort((a, b) => Number(a.label === UNRATED) - Number(b.label === UNRATED) || b.median - a.median)
    .map(({ label, count }) => ({ label, count }));
}

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
