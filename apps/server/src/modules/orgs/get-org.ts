import { COMMITTEE_POSTS } from '@zhibu/shared';
import { can, orgsInScope } from '../../platform/access';
import { todayIn } from '../../platform/clock';
import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { notFound } from '../../platform/errors';
import { personNames } from '../people/index';
import {
  activeChildCount,
  businessUnitName,
  getOrgRow,
  historyOf,
  termsOf,
} from './orgs.repository';
import type { OrgDetail } from './orgs.schemas';
import { warningsForOrgs } from './warnings-for-orgs';

export async function getOrg(ex: Executor, ctx: RequestContext, id: string): Promise<OrgDetail> {
  const inScope = await orgsInScope(ex, ctx.actor, 'org:read', [id]);
  const row = inScope.has(id) ? await getOrgRow(ex, id) : undefined;
  if (!row) throw notFound();
  const [parent, buName, children, { terms, posts }, history, { counts, warnings }] = await Promise.all([
    row.parentId ? getOrgRow(ex, row.parentId) : Promise.resolve(undefined),
    businessUnitName(ex, row.businessUnitId),
    activeChildCount(ex, id),
    termsOf(ex, id),
    historyOf(ex, id),
    warningsForOrgs(ex, [row], todayIn(ctx.timeZone)),
  ]);
  const names = await personNames(ex, posts.map((p) => p.personId));
  const termDtos = terms.map((t) => ({
    ...t,
    posts: posts
      .filter((p) => p.termId === t.id)
      .map((p) => ({
        id: p.id,
        post: p.post as (typeof COMMITTEE_POSTS.values)[number],
        personId: p.personId,
        personName: names.get(p.personId) ?? '',
        fromOn: p.fromOn,
        toOn: p.toOn,
      })),
  }));
  const writable = can(ctx.actor, 'org:write') && (await orgsInScope(ex, ctx.actor, 'org:write', [id])).has(id);
  const c = counts.get(id) ?? { fullMembers: 0, probationary: 0, people: 0 };
  return {
    id: row.id,
    parentId: row.parentId,
    parentName: parent?.name ?? null,
    type: row.type,
    name: row.name,
    shortName: row.shortName,
    code: row.code,
    isJoint: row.isJoint,
    isTemporary: row.isTemporary,
    businessUnitId: row.businessUnitId,
    businessUnitName: buName,
    foundedOn: row.foundedOn,
    contactName: row.contactName,
    contactPhone: row.contactPhone,
    dissolvedAt: row.dissolvedAt,
    version: row.version,
    counts: { ...c, children },
    currentTerm: termDtos.find((t) => t.closedOn === null) ?? null,
    terms: termDtos,
    warnings: warnings.get(id) ?? [],
    history,
    abilities: {
      update: writable && !row.dissolvedAt,
      move: writable && !row.dissolvedAt && row.parentId !== null,
      dissolve: writable && !row.dissolvedAt && row.parentId !== null && children === 0 && c.people === 0,
      createChild: writable && !row.dissolvedAt && row.type !== 'group',
    },
  };
}
