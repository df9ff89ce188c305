import { sql } from 'drizzle-orm';
import { insertImportBatch, setImportState, stageRows, deleteStagedRows, type StagedRow } from '../../apps/server/src/modules/people/import.repository';
import { writeStagedPeople, type WriteStats } from '../../apps/server/src/modules/people/write-staged-people';
import type { AuditActor } from '../../apps/server/src/platform/audit';
import type { Executor } from '../../apps/server/src/platform/db';
import { newId } from '../../apps/server/src/platform/ids';
import type { Rng } from '../../apps/server/src/seed/random';
import type { PeopleFactory } from '../lib/synthetic-people';
import type { BranchNode } from './org-tree';

const STAGE_CHUNK = 1000;

/**
 * People for a set of branches, written through the roster import's bulk path: staged as an import
 * batch (kind 'gen'), then writeStagedPeople (people, membership periods, history, audit).
 * Members are spread over the branch's Party groups; recruits and staff stay outside groups.
 */
export async function writeBranchPeople(
  tx: Executor,
  who: AuditActor,
  rng: Rng,
  factory: PeopleFactory,
  branches: BranchNode[],
  opts: { perBranch: number; today: string },
): Promise<WriteStats> {
  const batchId = newId();
  await insertImportBatch(tx, { id: batchId, kind: 'gen', fileName: 'bench/gen', fileSha256: '-', createdBy: who.accountId ?? batchId });
  let rowNo = 0;
  let chunk: StagedRow[] = [];
  for (const b of branches) {
    const count = Math.max(1, rng.int(opts.perBranch - 4, opts.perBranch + 6));
    for (let i = 0; i < count; i++) {
      const group = b.groups[i % b.groups.length]!;
      const person = factory.make({ orgCode: b.code, partyGroupCode: group.code, businessUnitCode: b.unitCode });
      chunk.push({ rowNo: ++rowNo, person, errors: [] });
      if (chunk.length >= STAGE_CHUNK) {
        await stageRows(tx, batchId, chunk);
        chunk = [];
      }
    }
  }
  await stageRows(tx, batchId, chunk);
  const stats = await writeStagedPeople(tx, who, batchId, { today: opts.today, note: '规模测试数据' });
  await setImportState(tx, batchId, 'committed', { totalRows: rowNo, invalidRows: 0 });
  await deleteStagedRows(tx, batchId);
  return stats;
}

export type MemberRow = { id: string; orgNodeId: string; partyGroupId: string | null };

/** Full members of the given branches (for committee posts), oldest record first. */
export async function fullMembersOf(tx: Executor, branchIds: string[]): Promise<MemberRow[]> {
  const res = await tx.execute(
    sql`SELECT id, org_node_id AS "orgNodeId", party_group_id AS "partyGroupId" FROM person
        WHERE org_node_id IN (SELECT (jsonb_array_elements_text(${JSON.stringify(branchIds)}::jsonb))::uuid)
          AND party_status = 'full' ORDER BY id`,
  );
  return (res as { rows: MemberRow[] }).rows;
}
