import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import type { RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError, notFound } from '../../platform/errors';
import { canHoldPeople, getOrgRows } from '../orgs/index';
import { personByIdNumber } from './people.repository';
import { checkPersonDates, dateIssueMessage, type PersonDates } from './rules/person-dates';

/** The org must be inside the actor's write scope and hold people; the group must sit under it. */
export async function checkPlacement(
  ex: Executor,
  ctx: RequestContext,
  orgNodeId: string,
  partyGroupId: string | null,
): Promise<void> {
  await requireOrgsInScope(ex, ctx.actor, 'person:write', [orgNodeId]);
  const [org, group] = await getOrgRows(ex, partyGroupId ? [orgNodeId, partyGroupId] : [orgNodeId]).then((list) => [
    list.find((o) => o.id === orgNodeId),
    partyGroupId ? list.find((o) => o.id === partyGroupId) : undefined,
  ]);
  if (!org) throw notFound();
  if (org.dissolvedAt) throw new AppError('ORG_DISSOLVED');
  if (!canHoldPeople(org.type)) throw new AppError('PERSON_ORG_INVALID');
  if (partyGroupId && (!group || group.type !== 'group' || group.parentId !== org.id || group.dissolvedAt)) {
    throw new AppError('PERSON_GROUP_INVALID');
  }
}

export function checkDates(p: PersonDates, today: string): void {
  const issues = checkPersonDates(p, today);
  if (issues.length === 0) return;
  const both = (i: (typeof issues)[number]) => ({ zh: dateIssueMessage(i, 'zh'), en: dateIssueMessage(i, 'en') });
  throw new AppError(
    'PERSON_DATES_INCONSISTENT',
    { detail: { zh: issues.map((i) => dateIssueMessage(i, 'zh')).join('；'), en: issues.map((i) => dateIssueMessage(i, 'en')).join('; ') } },
    { issues: issues.map((i) => ({ path: i.field, code: i.code, message: both(i) })) },
  );
}

export async function checkIdNumberFree(ex: Executor, idNumber: string | null | undefined, exceptId?: string) {
  if (!idNumber) return;
  const other = await personByIdNumber(ex, idNumber);
  if (other && other.id !== exceptId) throw new AppError('PERSON_ID_NUMBER_TAKEN', { name: other.name });
}

export async function checkBusinessUnit(ex: Executor, id: string | null | undefined) {
  if (!id) return;
  if (!(await one(ex, sql`SELECT 1 FROM business_unit WHERE id = ${id} AND active`))) {
    throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'businessUnitId', message: 'unknown' }] });
  }
}
