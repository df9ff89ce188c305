import sharp from 'sharp';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { one } from '../src/platform/db';
import { multipartFile } from './support/roster';
import { createTestApp, type Client, type TestApp } from './support/test-app';

let t: TestApp;
let secretary: Client;
let meetingId: string;

beforeAll(async () => {
  t = await createTestApp();
  secretary = await t.login('secretary');
  const zs01 = (await one<{ id: string }>(t.database.db, sql`SELECT id FROM org_node WHERE code = 'ZS-01'`))!.id;
  meetingId = (await secretary.post('/api/v1/meetings', { orgNodeId: zs01, types: ['theme_day'], title: '带照片的主题党日' })).json().id;
});
afterAll(async () => t?.close());

const upload = (c: Client, data: Buffer, name: string) =>
  c.request({ method: 'POST', url: `/api/v1/meetings/${meetingId}/attachments`, ...multipartFile(data, name) });

describe('meeting attachments', () => {
  it('stores a photo with a thumbnail and a PDF, and serves them to readers of the meeting', async () => {
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c00' } }).jpeg().toBuffer();
    const res = await upload(secretary, photo, '合影.jpg');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ fileName: '合影.jpg', mime: 'image/jpeg', hasThumb: true });
    const pdf = await upload(secretary, Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF'), '签到表.pdf');
    expect(pdf.json()).toMatchObject({ mime: 'application/pdf', hasThumb: false });

    const thumb = await secretary.get(`/api/v1/meetings/${meetingId}/attachments/${res.json().id}?thumb=true`);
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    const meta = await sharp(thumb.rawPayload).metadata();
    expect(Math.max(meta.width, meta.height)).toBe(320);
    const member = await t.login('member');
    expect((await member.get(`/api/v1/meetings/${meetingId}/attachments/${pdf.json().id}`)).statusCode).toBe(200);
    const other = await t.login('other');
    expect((await other.get(`/api/v1/meetings/${meetingId}/attachments/${pdf.json().id}`)).statusCode).toBe(404);
    const detail = (await secretary.get(`/api/v1/meetings/${meetingId}`)).json();
    expect(detail.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['合影.jpg', '签到表.pdf']);
  });

  it('refuses other file types and files over 10 MB', async () => {
    const exe = await upload(secretary, Buffer.from('MZ\x90\x00fake program'), 'photo.jpg');
    expect(exe.statusCode).toBe(415);
    expect(exe.json().message).toBe('只能上传 JPG、PNG、WebP 图片或 PDF 文件');
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const tooBig = await upload(secretary, big, 'big.pdf');
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().code).toBe('ATTACHMENT_TOO_LARGE');
  });

  it('removes an attachment with an audit record', async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 4, background: '#0c0' } }).png().toBuffer();
    const a = (await upload(secretary, png, 'x.png')).json();
    expect((await secretary.delete(`/api/v1/meetings/${meetingId}/attachments/${a.id}`)).statusCode).toBe(204);
    const audit = await one<{ n: number }>(
      t.database.db,
      sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'meeting.attachment_remove' AND entity_id = ${meetingId}`,
    );
    expect(audit!.n).toBe(1);
  });
});
