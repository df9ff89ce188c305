import { zCatalogue, type Catalogue } from '@zhibu/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readCatalogueXlsx, writeCatalogueXlsx } from './catalogue-xlsx';
import { BUILTIN_TEMPLATES } from './templates/index';

// Workbooks are written and read in memory; no database.

const catalogue: Catalogue = zCatalogue.parse({
  code: 'test-star',
  name: '测试星级方案',
  kind: 'star',
  period: 'year',
  orgTypes: ['branch', 'general_branch'],
  definition: {
    formula: 'base + bonus - deduction',
    categories: [
      {
        code: 'A',
        title: '组织生活',
        description: '三会一课按期召开。',
        optionalLimit: 1,
        criteria: [
          {
            code: 'A1',
            title: '支委会每月召开',
            description: '-少开一次扣 1 分',
            maxScore: 12,
            weight: 1.5,
            kind: 'metric',
            hardFromStar: 3,
            metric: { key: 'meetings.count', params: { type: 'committee', per: 'month' } },
            rule: { type: 'per_missing', target: 12, perMissing: 1 },
          },
          { code: 'A2', title: '学习制度上墙', maxScore: 5, kind: 'evidence', hardFromStar: 4 },
          { code: 'A3', title: '特色活动', maxScore: 3, kind: 'evidence', required: false },
          { code: 'A4', title: '志愿服务', maxScore: 3, kind: 'review', required: false },
        ],
      },
      {
        code: 'B',
        title: '加分项',
        group: 'bonus',
        criteria: [{ code: 'B1', title: '获上级表彰', maxScore: 5, kind: 'evidence', hardFromStar: 5 }],
      },
      {
        code: 'C',
        title: '扣分和否决',
        group: 'deduction',
        criteria: [
          { code: 'C1', title: '发生违纪问题', maxScore: 0, kind: 'veto' },
          {
            code: 'C2',
            title: '材料报送超期',
            maxScore: 10,
            kind: 'deduction',
            metric: { key: 'reports.late' },
            rule: { type: 'per_occurrence', per: 2 },
          },
        ],
      },
    ],
    levels: {
      labels: [
        { level: 0, zh: '未定星', en: 'Unrated' },
        { level: 3, zh: '三星', en: '3 stars' },
        { level: 4, zh: '四星', en: '4 stars' },
        { level: 5, zh: '五星', en: '5 stars' },
      ],
      bands: [
        { min: 60, level: 3 },
        { min: 75, level: 4 },
        { min: 90, level: 5 },
      ],
      floor: 0,
      vetoLevel: 0,
      quotas: [{ level: 5, maxShare: 0.3 }],
      oneStepUp: true,
    },
  },
});

async function edit(buf: Buffer, change: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  change(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function problemsOf(buf: Buffer) {
  const r = await readCatalogueXlsx(buf);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('catalogue workbook', () => {
  it('reads back what it writes', async () => {
    const r = await readCatalogueXlsx(await writeCatalogueXlsx(catalogue));
    expect(r).toEqual({ ok: true, catalogue });
  });

  it.each(BUILTIN_TEMPLATES.map((t) => [t.key, t.catalogue] as const))(
    'round-trips the built-in template %s',
    async (_key, c) => {
      const r = await readCatalogueXlsx(await writeCatalogueXlsx(c));
      expect(r).toEqual({ ok: true, catalogue: c });
    },
  );

  it('writes Chinese labels, bold frozen headers and drop-downs', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeCatalogueXlsx(catalogue)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['方案', '类别', '指标']);
    const scheme = wb.getWorksheet('方案')!;
    expect(scheme.getCell('B4').value).toBe('星级评定');
    expect(scheme.getCell('B6').value).toBe('党支部、党总支');
    expect(scheme.getCell('B4').dataValidation.formulae).toEqual(['"星级评定,目标考核,分类定级"']);
    const criteria = wb.getWorksheet('指标')!;
    expect(criteria.getRow(1).font.bold).toBe(true);
    expect(criteria.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(criteria.getRow(2).values).toEqual([
      undefined,
      'A',
      'A1',
      '支委会每月召开',
      "'-少开一次扣 1 分",
      12,
      1.5,
      '自动计算',
      '必答题',
      3,
      'meetings.count',
      '{"type":"committee","per":"month"}',
      '{"type":"per_missing","target":12,"perMissing":1}',
    ]);
    expect(criteria.getCell('G40').dataValidation.formulae).toEqual([
      '"自动计算,佐证材料审核,评审打分,扣分项,一票否决"',
    ]);
    expect(criteria.getCell('H3').dataValidation.formulae).toEqual(['"必答题,自选题"']);
    expect(wb.getWorksheet('类别')!.getCell('C2').value).toBe('基础分');
  });

  it('accepts raw English values and hand-typed variants', async () => {
    const buf = await edit(await writeCatalogueXlsx(catalogue), (wb) => {
      wb.getWorksheet('方案')!.getCell('B4').value = 'star';
      wb.getWorksheet('方案')!.getCell('B6').value = 'branch, general_branch';
      wb.getWorksheet('类别')!.getCell('C3').value = 'bonus';
      const criteria = wb.getWorksheet('指标')!;
      criteria.getCell('G3').value = 'evidence';
      criteria.getCell('H4').value = '自选';
      criteria.getCell('I3').value = '4星';
      criteria.getCell('E3').value = '5';
    });
    const r = await readCatalogueXlsx(buf);
    expect(r).toEqual({ ok: true, catalogue });
  });

  it('points at the sheet and row of each broken cell', async () => {
    const buf = await edit(await writeCatalogueXlsx(catalogue), (wb) => {
      wb.getWorksheet('方案')!.getCell('B3').value = null;
      const criteria = wb.getWorksheet('指标')!;
      criteria.getCell('L2').value = '{"type":"per_missing", target: 12';
      criteria.getCell('A4').value = 'Z';
      criteria.getCell('E5').value = '五分';
      criteria.getCell('G6').value = '随便';
      criteria.getCell('E7').value = 5000;
    });
    expect(await problemsOf(buf)).toEqual([
      { sheet: '方案', row: 3, message: '“名称”不能为空' },
      {
        sheet: '指标',
        row: 2,
        message: '“计分规则 (JSON)”不是有效的 JSON（请检查引号、逗号和括号是否成对）',
      },
      { sheet: '指标', row: 4, message: '类别编码“Z”在“类别”表中不存在' },
      { sheet: '指标', row: 5, message: '“满分”须为数字，现为“五分”' },
      {
        sheet: '指标',
        row: 6,
        message: '“类型”的“随便”无法识别，可选：自动计算、佐证材料审核、评审打分、扣分项、一票否决',
      },
      { sheet: '指标', row: 7, message: '“满分”不能大于 1000' },
    ]);
  });

  it('maps the catalogue rules back to rows', async () => {
    const buf = await edit(await writeCatalogueXlsx(catalogue), (wb) => {
      const criteria = wb.getWorksheet('指标')!;
      criteria.getCell('L2').value = null; // a metric without a rule
      criteria.getCell('B3').value = 'A1'; // a repeated code
      criteria.getCell('L8').value = '{"type":"per_occurrence"}';
      criteria.getCell('I7').value = 3; // a veto gating a star
      wb.getWorksheet('方案')!.getCell('B8').value = '{"labels":[],"floor":0}';
    });
    expect(await problemsOf(buf)).toEqual(
      expect.arrayContaining([
        { sheet: '方案', row: 8, message: '“等级设置”中的 labels：至少需要 1 项' },
        { sheet: '指标', row: 2, message: '自动计算类指标须填写“指标 key”和“计分规则”' },
        { sheet: '指标', row: 3, message: '编码“A1”重复（类别和指标的编码都不能重复）' },
        { sheet: '指标', row: 7, message: '一票否决项适用于所有等级，不能设置硬性指标起始星级' },
        { sheet: '指标', row: 8, message: '“计分规则 (JSON)”中的 per：不能为空' },
      ]),
    );
  });

  it('reports a category left without criteria and a missing column', async () => {
    const noCriteria = await edit(
      await writeCatalogueXlsx(catalogue),
      (wb) => (wb.getWorksheet('指标')!.getCell('A6').value = 'A'),
    );
    expect(await problemsOf(noCriteria)).toEqual([
      { sheet: '类别', row: 3, message: '该类别下没有指标（“指标”表中没有属于它的行）' },
    ]);
    const noColumn = await edit(
      await writeCatalogueXlsx(catalogue),
      (wb) => (wb.getWorksheet('指标')!.getCell('E1').value = '分值'),
    );
    expect(await problemsOf(noColumn)).toEqual([{ sheet: '指标', row: 1, message: '缺少“满分”列' }]);
  });

  it('reports a file that is not a workbook instead of throwing', async () => {
    expect(await problemsOf(Buffer.from('not a workbook'))).toEqual([
      { sheet: '', row: 0, message: '无法读取文件：不是有效的 Excel 工作簿（.xlsx）' },
    ]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1');
    const problems = await problemsOf(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(problems.map((p) => p.message)).toEqual([
      '缺少工作表“方案”',
      '缺少工作表“类别”',
      '缺少工作表“指标”',
    ]);
  });
});
