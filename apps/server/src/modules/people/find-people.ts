import { requireOrgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { getOrgRow } from '../orgs/index';
import { findPeopleRows, peopleWhere } from './people.repository';
import type { PeopleFilter, PersonListItem } from './people.schemas';
import { presentListItem } from './person-presenter';

/** A page of the roster inside the actor's scope. Lists always mask ID and phone numbers. */
export async function findPeople(
  ex: Executor,
  ctx: RequestContext,
  f: PeopleFilter,
): Promise<{ items: PersonListItem[]; total: number; page: number; pageSize: number }> {
  const today = todayIn(ctx.timeZone);
  let underPath: string | null = null;
  if (f.orgId) {
    await requireOrgsInScope(ex, ctx.actor, 'person:read', [f.orgId]);
    underPath = (await getOrgRow(ex, f.orgId))!.path;
  }
  const where = peopleWhere(ctx.actor, f, today, underPath);
  const { items, total } = await findPeopleRows(ex, where, f.sort, f.pageSize, (f.page - 1) * f.pageSize);
  return { items: items.map((r) => presentListItem(r, today, false)), total, page: f.page, pageSize: f.pageSize };
}
