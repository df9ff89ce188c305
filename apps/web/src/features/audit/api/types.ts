export type AuditEvent = {
  seq: number;
  id: string;
  at: string;
  actorAccountId: string | null;
  actorName: string | null;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  /** `{ before?, after? }` with only the fields that changed, or null. */
  diff: unknown;
};

export type AuditFilter = {
  q?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  actor?: string;
  from?: string;
  to?: string;
};

export type AuditListParams = AuditFilter & { page: number; pageSize: number };

export type VerifyResult = {
  ok: boolean;
  checked: number;
  brokenAt?: { seq: number; id: string; reason: string };
};
