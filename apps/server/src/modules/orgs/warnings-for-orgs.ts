import { countPeopleByOrg } from '../people/index';
import type { Executor } from '../../platform/db';
import { currentTermFacts, type OrgRow } from './orgs.repository';
import { orgWarnings, type OrgWarning } from './rules/org-warnings';

export type OrgCounts = { fullMembers: number; probationary: number; people: number };

/** Direct counts and warnings for a set of org nodes: two set-based queries whatever the number of nodes. */
export async function warningsForOrgs(
  ex: Executor,
  nodes: readonly Pick<OrgRow, 'id' | 'type' | 'dissolvedAt'>[],
  today: string,
): Promise<{ counts: Map<string, OrgCounts>; warnings: Map<string, OrgWarning[]> }> {
  const ids = nodes.map((n) => n.id);
  const [counts, terms] = await Promise.all([countPeopleByOrg(ex, ids), currentTermFacts(ex, ids)]);
  const warnings = new Map<string, OrgWarning[]>();
  for (const n of nodes) {
    if (n.dissolvedAt) continue;
    const c = counts.get(n.id) ?? { fullMembers: 0, probationary: 0, people: 0 };
    const t = terms.get(n.id);
    warnings.set(
      n.id,
      orgWarnings(
        {
          type: n.type,
          fullMembers: c.fullMembers,
          members: c.fullMembers + c.probationary,
          committeeSize: t?.committeeSize ?? 0,
          hasSecretary: t?.hasSecretary ?? false,
          termEndsOn: t?.endsOn ?? null,
        },
        today,
      ),
    );
  }
  return { counts, warnings };
}
