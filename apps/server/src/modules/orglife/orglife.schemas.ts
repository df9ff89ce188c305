import { zIsoDate, zPage, zPageSize } from '@zhibu/shared';
import { z } from 'zod';
import { MEETING_TYPES } from './rules/frequency-rules';

export const zMeetingType = z.enum(MEETING_TYPES);
export const zMeetingStatus = z.enum(['planned', 'held', 'recorded', 'reviewed', 'returned']);
export const zAttendanceStatus = z.enum(['present', 'absent', 'nonvoting', 'written_opinion']);
export const zAbsenceReason = z.enum(['public', 'sick', 'personal', 'other']);

const optText = (max: number) => z.string().trim().max(max).nullable().optional();
const isoDateTime = z.string().datetime({ offset: true });

export const MeetingFields = z.object({
  types: z.array(zMeetingType).min(1).max(MEETING_TYPES.length),
  title: z.string().trim().min(1).max(100),
  plannedStart: isoDateTime.nullable().optional(),
  place: optText(100),
  online: z.boolean().optional(),
  chairPersonId: z.string().uuid().nullable().optional(),
  recorderPersonId: z.string().uuid().nullable().optional(),
  lecturerPersonId: z.string().uuid().nullable().optional(),
  lessonTopic: optText(200),
  firstTopic: z.boolean().optional(),
  partners: optText(200),
  agenda: optText(4000),
});

export const CreateMeetingBody = MeetingFields.extend({ orgNodeId: z.string().uuid() });
export type CreateMeetingInput = z.infer<typeof CreateMeetingBody>;

export const UpdateMeetingBody = MeetingFields.partial().extend({
  version: z.number().int(),
  actualStart: isoDateTime.nullable().optional(),
  actualEnd: isoDateTime.nullable().optional(),
  heldOn: zIsoDate.nullable().optional(),
  minutes: optText(20000),
});
export type UpdateMeetingInput = z.infer<typeof UpdateMeetingBody>;

export const AttendanceBody = z.object({
  version: z.number().int(),
  entries: z
    .array(
      z.object({
        personId: z.string().uuid(),
        status: zAttendanceStatus,
        absenceReason: zAbsenceReason.nullable().optional(),
        note: optText(200),
      }),
    )
    .max(2000),
});
export type AttendanceInput = z.infer<typeof AttendanceBody>;

export const ResolutionsBody = z.object({
  version: z.number().int(),
  resolutions: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(1000),
        yes: z.number().int().min(0),
        no: z.number().int().min(0),
        abstain: z.number().int().min(0),
        writtenYes: z.number().int().min(0).default(0),
      }),
    )
    .max(50),
});
export type ResolutionsInput = z.infer<typeof ResolutionsBody>;

export const TransitionBody = z.discriminatedUnion('action', [
  z.object({ action: z.literal('hold'), version: z.number().int(), heldOn: zIsoDate }),
  z.object({ action: z.literal('record'), version: z.number().int() }),
  z.object({ action: z.literal('approve'), version: z.number().int() }),
  z.object({ action: z.literal('return'), version: z.number().int(), reason: z.string().trim().min(2).max(500) }),
  z.object({ action: z.literal('reopen'), version: z.number().int() }),
]);
export type TransitionInput = z.infer<typeof TransitionBody>;

export const MeetingsQuery = z.object({
  page: zPage,
  pageSize: zPageSize,
  orgId: z.string().uuid().optional(),
  type: zMeetingType.optional(),
  status: zMeetingStatus.optional(),
  from: zIsoDate.optional(),
  to: zIsoDate.optional(),
  q: z.string().trim().max(50).optional(),
});
export type MeetingsFilter = z.infer<typeof MeetingsQuery>;

export const MeetingListItemDto = z.object({
  id: z.string(),
  orgNodeId: z.string(),
  orgName: z.string(),
  types: z.array(zMeetingType),
  title: z.string(),
  status: zMeetingStatus,
  plannedStart: z.string().nullable(),
  heldOn: z.string().nullable(),
  place: z.string().nullable(),
  valid: z.boolean().nullable(),
  presentCount: z.number(),
  expectedCount: z.number(),
});

export const AttendanceDto = z.object({
  personId: z.string(),
  name: z.string(),
  partyStatus: z.string(),
  expected: z.boolean(),
  voting: z.boolean(),
  status: zAttendanceStatus.nullable(),
  absenceReason: zAbsenceReason.nullable(),
  note: z.string().nullable(),
  source: z.enum(['manual', 'qr']).nullable(),
  signedInAt: z.string().nullable(),
});

export const ValidityDto = z.object({
  valid: z.boolean(),
  failures: z.array(z.record(z.string(), z.union([z.string(), z.number()]))),
});

export const MeetingDetailDto = MeetingListItemDto.extend({
  actualStart: z.string().nullable(),
  actualEnd: z.string().nullable(),
  online: z.boolean(),
  chairPersonId: z.string().nullable(),
  chairName: z.string().nullable(),
  recorderPersonId: z.string().nullable(),
  recorderName: z.string().nullable(),
  lecturerPersonId: z.string().nullable(),
  lecturerName: z.string().nullable(),
  lessonTopic: z.string().nullable(),
  firstTopic: z.boolean(),
  partners: z.string().nullable(),
  agenda: z.string().nullable(),
  minutes: z.string().nullable(),
  validity: ValidityDto.nullable(),
  returnReason: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  version: z.number(),
  attendance: z.array(AttendanceDto),
  resolutions: z.array(
    z.object({ id: z.string(), seq: z.number(), text: z.string(), yes: z.number(), no: z.number(), abstain: z.number(), writtenYes: z.number() }),
  ),
  attachments: z.array(
    z.object({ id: z.string(), fileName: z.string(), mime: z.string(), bytes: z.number(), hasThumb: z.boolean(), createdAt: z.string() }),
  ),
  abilities: z.object({ update: z.boolean(), review: z.boolean() }),
});
export type MeetingDetail = z.infer<typeof MeetingDetailDto>;

export const ComplianceQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  underId: z.string().uuid().optional(),
  status: z.enum(['green', 'yellow', 'red']).optional(),
  type: z.enum(['branch', 'group']).default('branch'),
});
