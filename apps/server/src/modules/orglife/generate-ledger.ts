import { PassThrough, Readable } from 'node:stream';
import { MEETING_STATUSES, MEETING_TYPES } from '@zhibu/shared';
import { recordAudit } from '../../platform/audit';
import { requireOrgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Db } from '../../platform/db';
import type { JobRunner } from '../../platform/jobs';
import type { Storage } from '../../platform/storage';
import { writeWorkbook } from '../../platform/xlsx';
import { getOrgRow } from '../orgs/index';
import { countLedgerMeetings, ledgerMeetings, type LedgerMeeting } from './ledger-data';
import { buildLedgerDocx, validityLine, type LedgerPhotos } from './ledger-docx';

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export const ledgerKey = (jobId: string, kind: 'docx' | 'xlsx') => `ledgers/${jobId}/ledger.${kind}`;

/**
 * Starts the yearly ledger of one org as a job: the .docx record book and an .xlsx summary, written to
 * storage. Progress counts meetings; the result names the two downloads.
 */
export async function startLedger(
  deps: { db: Db; jobs: JobRunner; storage: Storage; timeZone: string },
  ctx: RequestContext,
  input: { orgId: string; year: number },
): Promise<{ jobId: string }> {
  await requireOrgsInScope(deps.db, ctx.actor, 'meeting:read', [input.orgId]);
  const org = (await getOrgRow(deps.db, input.orgId))!;
  const jobId = await deps.jobs.start('orglife.ledger', ctx.actor.accountId, async (progress) => {
    const total = await countLedgerMeetings(deps.db, input.orgId, input.year);
    const meetings: LedgerMeeting[] = [];
    const photos: LedgerPhotos = new Map();
    progress(0, total);
    for await (const m of ledgerMeetings(deps.db, input.orgId, input.year)) {
      meetings.push(m);
      photos.set(m.id, await Promise.all(m.photos.map((ph) => readAll(deps.storage.get(ph.thumbKey)))));
      progress(meetings.length, total);
    }
    const docx = await buildLedgerDocx(org, input.year, meetings, photos, todayIn(deps.timeZone));
    await deps.storage.put(ledgerKey(jobId, 'docx'), Readable.from(docx));
    const xlsx = new PassThrough();
    const stored = deps.storage.put(ledgerKey(jobId, 'xlsx'), xlsx);
    await writeWorkbook(xlsx, {
      sheet: `${input.year}年会议汇总`,
      columns: [
        { header: '日期', width: 12 },
        { header: '会议', width: 30 },
        { header: '类型', width: 24 },
        { header: '地点', width: 16 },
        { header: '主持人', width: 10 },
        { header: '应到', width: 8 },
        { header: '实到', width: 8 },
        { header: '缺席', width: 8 },
        { header: '状态', width: 10 },
        { header: '效力', width: 40 },
      ],
      rows: meetings.map((m) => [
        m.heldOn,
        m.title,
        m.types.map((t) => MEETING_TYPES.label(t)).join('、'),
        m.place,
        m.chairPersonId ? (m.names.get(m.chairPersonId) ?? '') : '',
        m.attendance.filter((a) => a.expected).length,
        m.attendance.filter((a) => a.status === 'present').length,
        m.attendance.filter((a) => a.status === 'absent').length,
        MEETING_STATUSES.label(m.status),
        validityLine(m.validity) ?? '',
      ]),
    });
    await stored;
    await deps.db.transaction((tx) =>
      recordAudit(tx, auditActor(ctx), {
        action: 'orglife.ledger_export',
        entityType: 'org_node',
        entityId: input.orgId,
        after: { year: input.year, meetings: meetings.length, jobId },
      }),
    );
    const base = `/api/v1/orglife/ledgers/${jobId}`;
    return { meetings: meetings.length, docx: `${base}/ledger.docx`, xlsx: `${base}/ledger.xlsx`, fileName: `${org.name}-${input.year}年度组织生活记录` };
  });
  return { jobId };
}
