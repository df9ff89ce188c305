import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../src/platform/db';
import { multipartFile } from './support/roster';
import { createTestApp, type Client, type TestApp } from './support/test-app';

const run = promisify(execFile);
let t: TestApp;
let secretary: Client;
let zs01: string;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'zhibu-ledger-'));

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  zs01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`))!.id;
});
afterAll(async () => {
  await t?.close();
  rmSync(tmp, { recursive: true, force: true });
});

async function recordedMeeting(title: string, types: string[], heldOn: string, photoColour: string | null) {
  const id = (await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types, title, place: '党员活动室', agenda: '一、学习\n二、讨论' })).json().id;
  await secretary.post(`/api/v1/meetings/${id}/transition`, { action: 'hold', version: 1, heldOn });
  const d = (await secretary.get(`/api/v1/meetings/${id}`)).json();
  const entries = d.attendance.map((a: { personId: string }, i: number) => ({ personId: a.personId, status: i % 5 === 4 ? 'absent' : 'present', absenceReason: 'public' }));
  await secretary.put(`/api/v1/meetings/${id}/attendance`, { version: d.version, entries });
  await secretary.patch(`/api/v1/meetings/${id}`, { version: d.version + 1, minutes: `${title}：会议记录正文。`, chairPersonId: d.attendance[0].personId });
  if (photoColour) {
    const jpg = await sharp({ create: { width: 800, height: 600, channels: 3, background: photoColour } }).jpeg().toBuffer();
    await secretary.request({ method: 'POST', url: `/api/v1/meetings/${id}/attachments`, ...multipartFile(jpg, '现场.jpg') });
  }
  return id;
}

async function waitJob(jobId: string) {
  for (let i = 0; i < 100; i++) {
    const j = (await secretary.get(`/api/v1/jobs/${jobId}`)).json();
    if (j.state !== 'running') return j;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('job did not finish');
}

describe('yearly ledger', () => {
  it('exports every meeting of the year as .docx with fields, attendance, signatures and photos, and an .xlsx summary', async () => {
    await recordedMeeting('一月主题党日', ['theme_day'], '2025-01-10', '#b22');
    await recordedMeeting('二季度党员大会暨党课', ['general_meeting', 'party_lesson'], '2025-05-16', null);
    await recordedMeeting('十二月组织生活会', ['life_meeting'], '2025-12-20', '#2b2');
    const started = await secretary.post('/api/v1/orglife/ledgers', { orgId: zs01, year: 2025 });
    expect(started.statusCode).toBe(202);
    const job = await waitJob(started.json().jobId);
    expect(job).toMatchObject({ state: 'succeeded', progress: { done: 3, total: 3 }, result: { meetings: 3 } });

    const docx = await secretary.get(job.result.docx);
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    for (const s of ['制丝车间第一党支部', '2025年度组织生活记录', '一月主题党日', '二季度党员大会暨党课', '十二月组织生活会', '主持人（签字）', '缺席人员及原因', '公假']) {
      expect(xml).toContain(s);
    }
    expect(Object.keys(zip.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(2);

    const xlsx = await secretary.get(job.result.xlsx);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect((await (await t.login('other')).get(job.result.docx)).statusCode).toBe(404);

    // The record book opens in an office suite: LibreOffice converts it to PDF without error.
    if (existsSync('/usr/bin/soffice') || process.env.ZHIBU_REQUIRE_SOFFICE) {
      const file = path.join(tmp, 'ledger.docx');
      writeFileSync(file, docx.rawPayload);
      await run('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', tmp, file], { timeout: 120_000 });
      const pdf = readFileSync(path.join(tmp, 'ledger.pdf'));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(10_000);
    }
  });
});
