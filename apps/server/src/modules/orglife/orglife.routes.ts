import { MEETING_TYPES } from '@zhibu/shared';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireOrgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { AppDeps } from '../../platform/deps';
import { contextOf } from '../../platform/http';
import { sendWorkbook } from '../../platform/xlsx';
import { getOrgRow } from '../orgs/index';
import { computeCompliance } from './compute-compliance';
import { countedMeetings, heldCounts, rulesForYear } from './compliance.repository';
import { createMeeting } from './create-meeting';
import { findMeetings } from './find-meetings';
import { getMeeting } from './get-meeting';
import {
  AttendanceBody,
  ComplianceQuery,
  CreateMeetingBody,
  MeetingDetailDto,
  MeetingListItemDto,
  MeetingsQuery,
  ResolutionsBody,
  TransitionBody,
  UpdateMeetingBody,
  zMeetingType,
} from './orglife.schemas';
import { recordAttendance } from './record-attendance';
import { monthlyCompliance } from './rules/compliance';
import { saveResolutions } from './save-resolutions';
import { createSignInCode, signIn } from './sign-in';
import { transitionMeeting } from './transition-meeting';
import { updateMeeting } from './update-meeting';
import { ledgerKey, startLedger } from './generate-ledger';
import { rectificationsOf, saveRectifications } from './rectifications';
import { saveFrequencyRules } from './frequency-rules-admin';
import { ORG_TYPES } from '@zhibu/shared';
import { zIsoDate } from '@zhibu/shared';
import { addMeetingAttachment, readableAttachment, removeMeetingAttachment } from './meeting-attachments';
import { sendAttachment } from '../../platform/attachments';
import { contentDisposition } from '../../platform/xlsx';
import { AppError } from '../../platform/errors';
import { sql } from 'drizzle-orm';
import { currentTermFacts } from '../orgs/index';

const IdParams = z.object({ id: z.string().uuid() });
const tags = ['organisational life'];
const Missing = z.object({ meetingType: zMeetingType, period: z.string(), required: z.number(), held: z.number() });
const Cell = z.object({ month: z.number(), status: z.enum(['green', 'yellow', 'red', 'future', 'none']), missing: z.array(Missing) });
const STATUS_ZH = { green: '达标', yellow: '进行中', red: '缺项', future: '', none: '—' } as const;

export const orglifeRoutes: FastifyPluginAsyncZod<{ deps: AppDeps }> = async (app, { deps }) => {
  const { db } = deps.database;
  const ctx = (req: Parameters<typeof contextOf>[0]) => contextOf(req, deps.config);
  const today = () => todayIn(deps.config.timeZone);
  const done = <T>(reply: { status(n: number): { send(): T } }) => reply.status(204).send();

  app.get(
    '/api/v1/meetings',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        querystring: MeetingsQuery,
        response: { 200: z.object({ items: z.array(MeetingListItemDto), total: z.number(), page: z.number(), pageSize: z.number() }) },
      },
    },
    async (req) => findMeetings(db, ctx(req), req.query),
  );

  app.get(
    '/api/v1/meetings/:id',
    { config: { permission: 'meeting:read' }, schema: { tags, params: IdParams, response: { 200: MeetingDetailDto } } },
    async (req) => getMeeting(db, ctx(req), req.params.id, today()),
  );

  app.post(
    '/api/v1/meetings',
    { config: { permission: 'meeting:write' }, schema: { tags, body: CreateMeetingBody, response: { 201: z.object({ id: z.string() }) } } },
    async (req, reply) => reply.status(201).send(await db.transaction((tx) => createMeeting(tx, ctx(req), req.body))),
  );

  app.patch(
    '/api/v1/meetings/:id',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams, body: UpdateMeetingBody } },
    async (req, reply) => {
      await db.transaction((tx) => updateMeeting(tx, ctx(req), req.params.id, req.body));
      return done(reply);
    },
  );

  app.put(
    '/api/v1/meetings/:id/attendance',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams, body: AttendanceBody } },
    async (req, reply) => {
      await db.transaction((tx) => recordAttendance(tx, ctx(req), req.params.id, req.body));
      return done(reply);
    },
  );

  app.put(
    '/api/v1/meetings/:id/resolutions',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams, body: ResolutionsBody } },
    async (req, reply) => {
      await db.transaction((tx) => saveResolutions(tx, ctx(req), req.params.id, req.body));
      return done(reply);
    },
  );

  // Writers hold and record; approve / return / reopen additionally need meeting:review (checked inside).
  app.post(
    '/api/v1/meetings/:id/transition',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams, body: TransitionBody } },
    async (req, reply) => {
      await db.transaction((tx) => transitionMeeting(tx, ctx(req), req.params.id, req.body));
      return done(reply);
    },
  );

  app.post(
    '/api/v1/meetings/:id/sign-in-code',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        params: IdParams,
        response: { 200: z.object({ token: z.string(), url: z.string(), qrSvg: z.string(), expiresAt: z.string() }) },
      },
    },
    async (req) => createSignInCode(db, ctx(req), deps.config.sessionSecret, req.params.id, `${req.protocol}://${req.host}`),
  );

  app.post(
    '/api/v1/meetings/sign-in',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        body: z.object({ token: z.string().min(10).max(200) }),
        response: { 200: z.object({ meetingId: z.string(), title: z.string() }) },
      },
    },
    async (req) => db.transaction((tx) => signIn(tx, ctx(req), deps.config.sessionSecret, req.body.token)),
  );

  const AttachmentDto = z.object({
    id: z.string(),
    fileName: z.string(),
    mime: z.string(),
    bytes: z.number(),
    hasThumb: z.boolean(),
    createdAt: z.string(),
  });

  app.post(
    '/api/v1/meetings/:id/attachments',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams, response: { 201: AttachmentDto } } },
    async (req, reply) => {
      const file = await req.file();
      if (!file) throw new AppError('ATTACHMENT_TYPE_INVALID');
      const data = await file.toBuffer();
      const saved = await db.transaction((tx) =>
        addMeetingAttachment(tx, ctx(req), deps.storage, req.params.id, { fileName: file.filename, data }),
      );
      return reply.status(201).send(saved);
    },
  );

  app.delete(
    '/api/v1/meetings/:id/attachments/:attachmentId',
    { config: { permission: 'meeting:write' }, schema: { tags, params: IdParams.extend({ attachmentId: z.string().uuid() }) } },
    async (req, reply) => {
      await db.transaction((tx) => removeMeetingAttachment(tx, ctx(req), req.params.id, req.params.attachmentId));
      return done(reply);
    },
  );

  app.get(
    '/api/v1/meetings/:id/attachments/:attachmentId',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        params: IdParams.extend({ attachmentId: z.string().uuid() }),
        querystring: z.object({ thumb: z.enum(['true', 'false']).default('false') }),
      },
    },
    async (req, reply) => {
      const a = await readableAttachment(db, ctx(req), req.params.id, req.params.attachmentId);
      return sendAttachment(reply, deps.storage, a, req.query.thumb === 'true');
    },
  );

  app.get(
    '/api/v1/meetings/:id/rectifications',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        params: IdParams,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                seq: z.number(),
                problem: z.string(),
                measure: z.string(),
                ownerPersonId: z.string().nullable(),
                ownerName: z.string().nullable(),
                dueOn: z.string().nullable(),
                closedOn: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      await getMeeting(db, ctx(req), req.params.id, today());
      return { items: await rectificationsOf(db, req.params.id) };
    },
  );

  app.put(
    '/api/v1/meetings/:id/rectifications',
    {
      config: { permission: 'meeting:write' },
      schema: {
        tags,
        params: IdParams,
        body: z.object({
          items: z
            .array(
              z.object({
                problem: z.string().trim().min(1).max(500),
                measure: z.string().trim().min(1).max(500),
                ownerPersonId: z.string().uuid().nullable().optional(),
                dueOn: zIsoDate.nullable().optional(),
                closedOn: zIsoDate.nullable().optional(),
              }),
            )
            .max(100),
        }),
      },
    },
    async (req, reply) => {
      await db.transaction((tx) => saveRectifications(tx, ctx(req), req.params.id, req.body.items));
      return done(reply);
    },
  );

  const RuleDto = z.object({
    meetingType: zMeetingType,
    period: z.enum(['month', 'quarter', 'half', 'year']),
    min: z.number().int().min(1).max(31),
    appliesTo: z.array(z.enum(ORG_TYPES.values)).min(1),
    needsCommittee: z.boolean().optional(),
  });

  app.get(
    '/api/v1/orglife/frequency-rules',
    {
      config: { permission: 'compliance:read' },
      schema: {
        tags,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ year: z.number(), version: z.number(), rules: z.array(RuleDto) }) },
      },
    },
    async (req) => {
      const r = await rulesForYear(db, req.query.year);
      return { year: req.query.year, version: r.version, rules: r.rules.map((x) => ({ ...x, appliesTo: [...x.appliesTo] })) };
    },
  );

  app.put(
    '/api/v1/orglife/frequency-rules',
    {
      config: { permission: 'meeting:review' },
      schema: {
        tags,
        body: z.object({ year: z.number().int().min(2000).max(2100), rules: z.array(RuleDto).max(50), note: z.string().trim().max(200).nullable().optional() }),
        response: { 200: z.object({ version: z.number() }) },
      },
    },
    async (req) => db.transaction((tx) => saveFrequencyRules(tx, ctx(req), req.body)),
  );

  app.post(
    '/api/v1/orglife/ledgers',
    {
      config: { permission: 'meeting:read' },
      schema: {
        tags,
        body: z.object({ orgId: z.string().uuid(), year: z.number().int().min(2000).max(2100) }),
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (req, reply) =>
      reply.status(202).send(await startLedger({ db, jobs: deps.jobs, storage: deps.storage, timeZone: deps.config.timeZone }, ctx(req), req.body)),
  );

  app.get(
    '/api/v1/orglife/ledgers/:jobId/:file',
    {
      config: { permission: 'meeting:read' },
      schema: { tags, params: z.object({ jobId: z.string().uuid(), file: z.enum(['ledger.docx', 'ledger.xlsx']) }) },
    },
    async (req, reply) => {
      const job = await deps.jobs.get(req.params.jobId, ctx(req).actor.accountId);
      if (job.state !== 'succeeded' || job.kind !== 'orglife.ledger') throw new AppError('NOT_FOUND');
      const kind = req.params.file === 'ledger.docx' ? 'docx' : 'xlsx';
      const name = `${(job.result as { fileName: string }).fileName}.${kind}`;
      return reply
        .header('content-type', kind === 'docx' ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', contentDisposition(name))
        .send(deps.storage.get(ledgerKey(req.params.jobId, kind)));
    },
  );

  app.get(
    '/api/v1/compliance',
    {
      config: { permission: 'compliance:read' },
      schema: {
        tags,
        querystring: ComplianceQuery,
        response: {
          200: z.object({
            year: z.number(),
            rulesVersion: z.number(),
            items: z.array(z.object({ orgId: z.string(), orgName: z.string(), parentName: z.string().nullable(), cells: z.array(Cell) })),
            summary: z.object({ green: z.number(), yellow: z.number(), red: z.number() }),
          }),
        },
      },
    },
    async (req) => computeCompliance(db, ctx(req), req.query, today()),
  );

  app.get(
    '/api/v1/compliance/export.xlsx',
    { config: { permission: 'compliance:read' }, schema: { tags, querystring: ComplianceQuery } },
    async (req, reply) => {
      const r = await computeCompliance(db, ctx(req), req.query, today());
      return sendWorkbook(reply, `三会一课落实情况-${r.year}.xlsx`, {
        sheet: `${r.year}年`,
        columns: [
          { header: '党组织', width: 28 },
          { header: '上级党组织', width: 28 },
          ...Array.from({ length: 12 }, (_, i) => ({ header: `${i + 1}月`, width: 16 })),
        ],
        rows: r.items.map((o) => [
          o.orgName,
          o.parentName,
          ...o.cells.map((c) =>
            c.missing.length > 0
              ? `${STATUS_ZH[c.status]}：缺${c.missing.map((m) => MEETING_TYPES.label(m.meetingType)).join('、')}`
              : STATUS_ZH[c.status],
          ),
        ]),
      });
    },
  );

  app.get(
    '/api/v1/compliance/orgs/:id',
    {
      config: { permission: 'compliance:read' },
      schema: {
        tags,
        params: IdParams,
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: {
          200: z.object({
            orgId: z.string(),
            orgName: z.string(),
            year: z.number(),
            cells: z.array(Cell),
            meetings: z.array(z.object({ id: z.string(), title: z.string(), types: z.array(zMeetingType), heldOn: z.string(), status: z.string() })),
          }),
        },
      },
    },
    async (req) => {
      const c = ctx(req);
      await requireOrgsInScope(db, c.actor, 'compliance:read', [req.params.id]);
      const org = (await getOrgRow(db, req.params.id))!;
      const year = req.query.year;
      const [counts, terms, { rules }, meetings] = await Promise.all([
        heldCounts(db, year, sql`o.id = ${org.id}`),
        currentTermFacts(db, [org.id]),
        rulesForYear(db, year),
        countedMeetings(db, org.id, year),
      ]);
      const cells = monthlyCompliance(
        { type: org.type, hasCommittee: (terms.get(org.id)?.committeeSize ?? 0) >= 3, counts: counts.get(org.id) ?? {} },
        rules,
        year,
        today(),
      );
      return { orgId: org.id, orgName: org.name, year, cells, meetings };
    },
  );
};
