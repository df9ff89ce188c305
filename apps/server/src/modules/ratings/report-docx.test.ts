import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildResultReportDocx, levelReasons, type ResultReport } from './report-docx';

// Builds the report from a hand-made result page; no database.

const levels = [
  { level: 0, zh: '未定星', en: 'Unrated' },
  { level: 3, zh: '三星', en: '3 stars' },
  { level: 4, zh: '四星', en: '4 stars' },
  { level: 5, zh: '五星', en: '5 stars' },
];

const criterion = (code: string, title: string, extra: Record<string, unknown>) => ({
  code,
  title,
  description: null,
  kind: 'metric',
  required: true,
  hardFromStar: null,
  maxScore: 10,
  value: null,
  score: 0,
  weighted: 0,
  status: 'pass',
  explanation: { zh: '', en: '' },
  sources: { type: null, ids: [] },
  ...extra,
});

function result(flags: Partial<ResultReport['flags']> = {}, extra: Partial<ResultReport> = {}): ResultReport {
  return {
    round: {
      id: 'r1',
      title: '2025年度星级评定',
      status: 'published',
      year: 2025,
      quarter: null,
      schemeKind: 'star',
    },
    org: { id: 'o1', name: '第一党支部', code: 'ZB01' },
    total: 82.5,
    level: 3,
    levelLabel: { zh: '三星', en: '3 stars' },
    computedLevel: 4,
    bandLevel: 4,
    hardCap: null,
    previousLevel: 3,
    flags: {
      quotaCut: false,
      oneStepCapped: false,
      overridden: false,
      overrideReason: null,
      overrideError: null,
      vetoedBy: [],
      hard: [],
      ...flags,
    },
    evaluatedAt: '2026-01-10T08:00:00Z',
    categories: [
      {
        code: 'A',
        title: '组织生活',
        group: 'base',
        score: 18,
        max: 25,
        criteria: [
          criterion('A1', '支委会每月召开', {
            value: 10,
            score: 8,
            weighted: 8,
            hardFromStar: 4,
            status: 'fail',
            explanation: { zh: '召开 10/12 次，少 2 次，得 8 分', en: '' },
          }),
          criterion('A2', '学习制度上墙', {
            kind: 'evidence',
            maxScore: 5,
            score: 0,
            status: 'pending',
            explanation: { zh: '待审核', en: '' },
          }),
          criterion('A3', '特色活动', {
            kind: 'evidence',
            required: false,
            status: 'skipped',
            explanation: { zh: '未选答（自选题）', en: '' },
          }),
        ],
      },
      {
        code: 'C',
        title: '扣分和否决',
        group: 'deduction',
        score: 2,
        max: 10,
        criteria: [
          criterion('C1', '发生违纪问题', { kind: 'veto', maxScore: 0 }),
          criterion('C2', '材料报送超期', {
            kind: 'deduction',
            score: 2,
            status: 'fail',
            explanation: { zh: '超期 1 次，扣 2 分', en: '' },
          }),
        ],
      },
    ],
    gap: {
      next: 4,
      nextLabel: { zh: '四星', en: '4 stars' },
      pointsShort: 0,
      failingHard: [{ code: 'A1', title: '支委会每月召开', fromStar: 4, status: 'fail' }],
      suggestions: [
        { code: 'A1', title: '支委会每月召开', gain: 2, action: { zh: '再召开 2 次可得 +2 分', en: '' } },
      ],
    },
    levels,
    ...extra,
  } as unknown as ResultReport;
}

async function documentXml(buf: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  return zip.file('word/document.xml')!.async('string');
}

describe('buildResultReportDocx', () => {
  it('writes a .docx with the title, scores, gap and signature lines', async () => {
    const buf = await buildResultReportDocx(result({ quotaCut: true }), {
      generatedOn: '2026-01-12',
      schemeName: '星级管理（六个标准规范）',
    });
    expect(buf.subarray(0, 2).toString()).toBe('PK');
    const xml = await documentXml(buf);
    for (const text of [
      '第一党支部 2025年度星级评定 考评报告',
      '星级管理（六个标准规范）',
      '82.5',
      '名额限制：四星名额已满，调整为三星',
      '召开 10/12 次，少 2 次，得 8 分',
      '待审核',
      '未选答',
      '-2',
      '4星硬性指标',
      '再召开 2 次可得 +2 分',
      '支部书记（签字）',
      '上级党组织审核意见',
    ]) {
      expect(xml).toContain(text);
    }
    expect(xml).toContain('w:w="11906"');
  });

  it('writes a report for an org at the top level or without levels', async () => {
    const top = await documentXml(
      await buildResultReportDocx(
        result(
          {},
          {
            gap: {
              next: null,
              nextLabel: { zh: '', en: '' },
              pointsShort: 0,
              failingHard: [],
              suggestions: [],
            },
          },
        ),
        { generatedOn: '2026-01-12', schemeName: 'x' },
      ),
    );
    expect(top).toContain('已达到本方案的最高等级');
    const none = await documentXml(
      await buildResultReportDocx(result({}, { gap: null, levels: [] }), {
        generatedOn: '2026-01-12',
        schemeName: 'x',
      }),
    );
    expect(none).toContain('本考评方案未设置等级');
  });
});

describe('levelReasons', () => {
  it('names the veto items and the failed hard items', () => {
    const vetoed = result(
      { vetoedBy: ['C1'], hardOpen: [{ code: 'A1', fromStar: 4, status: 'fail' }] },
      { hardCap: 3, bandLevel: 4, level: 0 },
    );
    expect(levelReasons(vetoed)).toEqual([
      '触发一票否决：发生违纪问题',
      '硬性指标未达标，等级不高于三星：支委会每月召开（4星，未达标）',
    ]);
  });

  it('gives the reason of an override', () => {
    expect(
      levelReasons(result({ overridden: true, overrideReason: '抗洪抢险表现突出' }, { level: 4 })),
    ).toEqual(['破格定级为四星，理由：抗洪抢险表现突出']);
  });

  it('falls back to the score band', () => {
    expect(levelReasons(result({}, { computedLevel: 3 }))).toEqual(['按总分所在分数段定级']);
  });

  it('explains a refused override and the one-step rule', () => {
    expect(levelReasons(result({ oneStepCapped: true, overrideError: 'OVERRIDE_VETOED' }))).toEqual([
      '逐级晋升：较上期（三星）最多提升一级',
      '已触发一票否决，破格未生效',
    ]);
  });
});
