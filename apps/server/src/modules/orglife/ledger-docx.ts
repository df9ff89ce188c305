import { ABSENCE_REASONS, ATTENDANCE_STATUSES, MEETING_TYPES, PARTY_STATUSES } from '@zhibu/shared';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { LedgerMeeting } from './ledger-data';

// The yearly meeting record book (三会一课记录本) as .docx: cover, contents, one section per meeting with
// the standard fields of a meeting record, attendance, resolutions and votes, signature lines, photos.

const p = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: opts.align, children: [new TextRun({ text, bold: opts.bold, size: opts.size })] });

const cell = (text: string, bold = false) => new TableCell({ children: [p(text, { bold })] });

function table(header: string[], body: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }), ...body.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
  });
}

function fieldTable(fields: [string, string][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: fields.map(([k, v]) => new TableRow({ children: [cell(k, true), cell(v)] })),
  });
}

const VALIDITY_TEXT: Record<string, (f: Record<string, string | number>) => string> = {
  GENERAL_MEETING_QUORUM: (f) => `有表决权的党员应到${f.voters}人，实到${f.present}人，未超过半数，不能进行表决`,
  RESOLUTION_NOT_PASSED: (f) => `“${f.label}”赞成${f.yes}票，未超过应到会有表决权党员（${f.voters}人）的半数`,
  COMMITTEE_QUORUM: (f) => `支委应到${f.committee}人，实到${f.present}人，未超过半数`,
  VOTES_EXCEED_PRESENT: (f) => `“${f.label}”投票数${f.cast}超过实到有表决权人数${f.present}`,
};

export function validityLine(v: LedgerMeeting['validity']): string | null {
  if (!v) return null;
  if (v.valid) return '会议有效：符合到会人数和表决规则。';
  return `会议效力存疑：${v.failures.map((f) => VALIDITY_TEXT[String(f.rule)]?.(f) ?? String(f.rule)).join('；')}。`;
}

export type LedgerPhotos = Map<string, Buffer[]>;

function meetingSection(m: LedgerMeeting, n: number, photos: Buffer[]): (Paragraph | Table)[] {
  const present = m.attendance.filter((a) => a.status === 'present');
  const absent = m.attendance.filter((a) => a.status === 'absent');
  const nonvoting = m.attendance.filter((a) => a.status === 'nonvoting');
  const expected = m.attendance.filter((a) => a.expected);
  const name = (id: string | null) => (id ? (m.names.get(id) ?? '') : '');
  const fields: [string, string][] = [
    ['会议类型', m.types.map((t) => MEETING_TYPES.label(t)).join('、')],
    ['召开日期', `${m.heldOn ?? ''}${m.actualStart ? ` ${m.actualStart.slice(11, 16)}` : ''}${m.actualEnd ? `—${m.actualEnd.slice(11, 16)}` : ''}`],
    ['地点', m.online ? `线上${m.place ? `（${m.place}）` : ''}` : (m.place ?? '')],
    ['主持人', name(m.chairPersonId)],
    ['记录人', name(m.recorderPersonId)],
    ['应到人数', String(expected.length)],
    ['实到人数', String(present.length)],
    ['缺席人员及原因', absent.map((a) => `${a.name}（${a.absenceReason ? ABSENCE_REASONS.label(a.absenceReason) : '未说明'}）`).join('、') || '无'],
    ['列席人员', nonvoting.map((a) => a.name).join('、') || '无'],
  ];
  if (m.types.includes('party_lesson')) fields.push(['授课人', name(m.lecturerPersonId)], ['党课主题', m.lessonTopic ?? '']);
  if (m.partners) fields.push(['联合单位', m.partners]);
  if (m.firstTopic) fields.push(['第一议题', '是']);
  const out: (Paragraph | Table)[] = [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${n}. ${m.title}`)] }),
    fieldTable(fields),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('议程')] }),
    ...(m.agenda ?? '（未填写）').split('\n').map((l) => p(l)),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('会议记录')] }),
    ...(m.minutes ?? '（未填写）').split('\n').map((l) => p(l)),
  ];
  if (m.resolutions.length > 0) {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('决议及表决情况')] }),
      table(
        ['序号', '决议', '赞成', '反对', '弃权', '书面意见赞成'],
        m.resolutions.map((r) => [String(r.seq), r.text, String(r.yes), String(r.no), String(r.abstain), String(r.writtenYes)]),
      ),
    );
  }
  const v = validityLine(m.validity);
  if (v) out.push(p(v, { bold: !m.validity?.valid }));
  out.push(
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('出席情况')] }),
    table(
      ['姓名', '政治面貌', '出席情况', '备注'],
      m.attendance.map((a) => [
        a.name,
        PARTY_STATUSES.label(a.partyStatus as never),
        ATTENDANCE_STATUSES.label(a.status),
        [a.absenceReason ? ABSENCE_REASONS.label(a.absenceReason) : '', a.source === 'qr' ? '扫码签到' : '', a.note ?? ''].filter(Boolean).join('；'),
      ]),
    ),
    p(''),
    p('主持人（签字）：______________        记录人（签字）：______________'),
  );
  if (photos.length > 0) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('活动照片')] }));
    for (const data of photos) {
      out.push(new Paragraph({ children: [new ImageRun({ type: 'jpg', data, transformation: { width: 320, height: 240 } })] }));
    }
  }
  return out;
}

export async function buildLedgerDocx(
  org: { name: string },
  year: number,
  meetings: readonly LedgerMeeting[],
  photos: LedgerPhotos,
  generatedOn: string,
): Promise<Buffer> {
  const contents = table(
    ['序号', '日期', '会议', '类型'],
    meetings.map((m, i) => [String(i + 1), m.heldOn ?? '', m.title, m.types.map((t) => MEETING_TYPES.label(t)).join('、')]),
  );
  const doc = new Document({
    creator: 'Zhibu',
    title: `${org.name}${year}年度组织生活记录`,
    styles: { default: { document: { run: { font: { eastAsia: 'SimSun', ascii: 'Times New Roman' }, size: 22 } } } },
    sections: [
      {
        children: [
          p(''),
          p(''),
          p(org.name, { bold: true, size: 44, align: AlignmentType.CENTER }),
          p(''),
          p(`${year}年度组织生活记录`, { bold: true, size: 36, align: AlignmentType.CENTER }),
          p('（三会一课 · 主题党日 · 组织生活会 · 民主评议）', { align: AlignmentType.CENTER }),
          p(''),
          p(`共 ${meetings.length} 次会议活动，生成日期：${generatedOn}`, { align: AlignmentType.CENTER }),
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('目录')] }),
          contents,
          ...meetings.flatMap((m, i) => meetingSection(m, i + 1, photos.get(m.id) ?? [])),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
