import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { levelSpread, writeLeagueXlsx, type LeagueWorkbookInput } from './results-xlsx';

// Workbooks are written and read in memory; no database.

const item = (
  code: string,
  total: number,
  levelLabel: string,
  extra: Partial<LeagueWorkbookInput['items'][number]> = {},
) => ({
  code,
  name: `${code}支部`,
  parentName: '机关党委',
  total,
  levelLabel,
  previousLevelLabel: '三星',
  categories: [
    { code: 'A', score: total * 0.6, max: 60 },
    { code: 'B', score: total * 0.4, max: 40 },
  ],
  flags: '',
  ...extra,
});

const input: LeagueWorkbookInput = {
  title: '2025年度党支部星级评定',
  categories: [
    { code: 'A', title: '组织建设' },
    { code: 'B', title: '作用发挥' },
  ],
  items: [
    item('ZB01', 95.5, '五星', { flags: '破格' }),
    item('ZB02', 91, '四星', { flags: '名额限制降级' }),
    item('ZB03', 88, '未定星', { flags: '一票否决', previousLevelLabel: '四星' }),
    item('ZB04', 80, '四星', { parentName: null }),
    item('ZB05', 62, '未定星', { name: '=HYPERLINK("http://x","点击")' }),
  ],
};

async function load(): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeLeagueXlsx(input)) as unknown as ArrayBuffer);
  return wb;
}

describe('writeLeagueXlsx', () => {
  it('writes the title, a header and one row per org with category scores', async () => {
    const ws = (await load()).getWorksheet('考评结果')!;
    expect(ws.getCell('A1').value).toBe('2025年度党支部星级评定');
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(ws.getRow(2).values).toEqual([
      undefined,
      '序号',
      '组织编码',
      '组织名称',
      '上级组织',
      '总分',
      '等级',
      '上期等级',
      'A 组织建设',
      'B 作用发挥',
      '说明',
    ]);
    expect(ws.getRow(2).font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getRow(3).values).toEqual([
      undefined,
      1,
      'ZB01',
      'ZB01支部',
      '机关党委',
      95.5,
      '五星',
      '三星',
      57.3,
      38.2,
      '破格',
    ]);
    expect(ws.getRow(5).getCell(10).value).toBe('一票否决');
    expect(ws.getRow(6).getCell(4).value).toBeNull();
    expect(ws.actualRowCount).toBe(7);
  });

  it('keeps a formula-like name as text', async () => {
    const ws = (await load()).getWorksheet('考评结果')!;
    expect(ws.getCell('C7').value).toBe('\'=HYPERLINK("http://x","点击")');
  });

  it('counts the orgs at each level, best first, with their share', async () => {
    const ws = (await load()).getWorksheet('等级分布')!;
    const rows = [2, 3, 4, 5].map((n) => (ws.getRow(n).values as unknown[]).slice(1));
    expect(ws.getRow(1).values).toEqual([undefined, '等级', '组织数', '占比']);
    expect(rows).toEqual([
      ['五星', 1, 0.2],
      ['四星', 2, 0.4],
      ['未定星', 2, 0.4],
      ['合计', 5, 1],
    ]);
    expect(ws.getCell('C2').numFmt).toBe('0.0%');
  });

  it('puts orgs without a level last', () => {
    expect(levelSpread([item('X', 99, ''), item('Y', 50, '较差'), item('Z', 70, '好')])).toEqual([
      { label: '好', count: 1 },
      { label: '较差', count: 1 },
      { label: '未定级', count: 1 },
    ]);
  });
});
