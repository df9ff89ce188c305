import { POINT_CLAIM_ERRORS } from '@zhibu/shared';
import { addAttachment } from '../../platform/attachments';
import { recordAudit } from '../../platform/audit';
import { todayIn } from '../../platform/clock';
import { auditActor, type RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import type { Storage } from '../../platform/storage';
import { appendEntries } from './ledger.repository';
import { requireParticipant } from './participants';
import { refreshBalances } from './refresh-balances';
import { ruleSetInForce } from './rule-sets.repository';
import { draftEntry, validateClaim } from './rules/index';

export const MAX_CLAIM_FILES = 5;

export type ClaimInput = { ruleCode: string; occurredOn: string; units: number; note: string | null; files: { fileName: string; data: Buffer }[] };

/**
 * A member claims points for themselves with evidence (申报). The claim waits for the branch's review and
 * counts only once approved; its files are kept with it.
 */
export async function claimPoints(ex: Executor, ctx: RequestContext, storage: Storage, input: ClaimInput): Promise<{ id: string }> {
  const me = await requireParticipant(ex, ctx.actor.personId);
  const year = Number(input.occurredOn.slice(0, 4));
  const ruleSet = await ruleSetInForce(ex, me.orgPath, year);
  if (!ruleSet) throw new AppError('POINTS_NO_RULE_SET', { year });
  const check = validateClaim(ruleSet.definition, { ...input, evidenceCount: input.files.length }, todayIn(ctx.timeZone));
  if (!check.ok) {
    const first = check.errors[0]!.code;
    const issues = check.errors.map((e) => ({ path: e.field, message: POINT_CLAIM_ERRORS[e.code].zh }));
    throw new AppError(first, {}, { issues });
  }
  const id = newId();
  const draft = draftEntry(ruleSet.definition, { ruleCode: input.ruleCode, personId: me.personId, units: input.units, sourceType: 'claim', sourceId: id, occurredOn: input.occurredOn });
  const [entryId] = await appendEntries(ex, [
    {
      ruleSetId: ruleSet.id,
      personId: me.personId,
      orgNodeId: me.orgNodeId,
      itemCode: draft.ruleCode,
      points: draft.points,
      units: draft.units,
      occurredOn: draft.occurredOn,
      origin: 'claim',
      sourceType: 'claim',
      sourceId: id,
      idempotencyKey: draft.idempotencyKey,
      reversesId: null,
      status: 'claimed',
      note: input.note,
      createdBy: ctx.actor.accountId,
    },
  ]);
  const files = [];
  for (const f of input.files) {
    const stored = await addAttachment(ex, storage, {
      ownerType: 'point_entry',
      ownerId: entryId!,
      prefix: `attachments/points/${me.personId}`,
      fileName: f.fileName,
      data: f.data,
      uploadedBy: ctx.actor.accountId,
    });
    files.push({ id: stored.id, fileName: stored.fileName, sha256: stored.sha256 });
  }
  await refreshBalances(ex, ruleSet, [me.personId]);
  await recordAudit(ex, auditActor(ctx), {
    action: 'point_entry.claim',
    entityType: 'point_entry',
    entityId: entryId!,
    after: { ruleCode: draft.ruleCode, points: draft.points, units: draft.units, occurredOn: draft.occurredOn, files },
  });
  return { id: entryId! };
}
