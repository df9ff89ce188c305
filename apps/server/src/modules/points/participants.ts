import type { PointParticipantRole } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { inUuids } from '../../platform/sql-helpers';

// Who takes part in points: full members (graded), probationary members (input for 转正 only) and
// activists or development objects (input for development only). Everyone else has no points.

export type Participant = { personId: string; name: string; orgNodeId: string; orgPath: string; role: PointParticipantRole };

const ROLE_BY_STATUS: Record<string, PointParticipantRole> = {
  full: 'member',
  probationary: 'probationary',
  activist: 'activist',
  development: 'activist',
};

export async function participants(ex: Executor, personIds: readonly string[]): Promise<Map<string, Participant>> {
  if (personIds.length === 0) return new Map();
  const list = await rows<{ personId: string; name: string; orgNodeId: string; orgPath: string; status: string }>(
    ex,
    sql`SELECT p.id AS "personId", p.name, p.org_node_id AS "orgNodeId", o.path AS "orgPath", p.party_status AS status
        FROM person p JOIN org_node o ON o.id = p.org_node_id WHERE ${inUuids(sql`p.id`, personIds)}`,
  );
  const out = new Map<string, Participant>();
  for (const r of list) {
    const role = ROLE_BY_STATUS[r.status];
    if (role) out.set(r.personId, { personId: r.personId, name: r.name, orgNodeId: r.orgNodeId, orgPath: r.orgPath, role });
  }
  return out;
}

export async function requireParticipant(ex: Executor, personId: string | null): Promise<Participant> {
  const p = personId ? (await participants(ex, [personId])).get(personId) : undefined;
  if (!p) throw new AppError('POINTS_NOT_A_MEMBER');
  return p;
}
