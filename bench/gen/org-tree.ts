import { sql } from 'drizzle-orm';
import { createBusinessUnit, createOrg } from '../../apps/server/src/modules/orgs/index';
import type { RequestContext } from '../../apps/server/src/platform/context';
import { one, type Db, type Executor } from '../../apps/server/src/platform/db';
import { systemContext } from '../../apps/server/src/platform/system-actor';
import { bootstrapInstallation } from '../../apps/server/src/seed/bootstrap';
import { isoDate, type Rng } from '../../apps/server/src/seed/random';

// The organisation tree of the synthetic enterprise, built through the orgs module's use cases
// (createOrg, createBusinessUnit), so that it carries history and audit entries like a real one.

export type BranchNode = { id: string; code: string; unitCode: string; groups: { id: string; code: string }[] };
export type GeneralNode = { id: string; code: string; branches: BranchNode[] };

const CN = '一二三四五六七八九十';
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Root 党委 and the four administrator accounts, as on a real installation's first start. */
export async function buildRoot(
  db: Db,
  opts: { dataDir: string; timeZone: string },
): Promise<{ ctx: RequestContext; passwordsFile: string | null; companyUnitId: string }> {
  const rootName = '中共示例集团有限公司委员会';
  const boot = await bootstrapInstallation(db, { dataDir: opts.dataDir, timeZone: opts.timeZone, rootName });
  const root = (await one<{ id: string; path: string }>(db, sql`SELECT id, path FROM org_node WHERE parent_id IS NULL`))!;
  const ctx = systemContext({ id: root.id, path: root.path, name: rootName }, opts.timeZone);
  const company = await db.transaction((tx) =>
    createBusinessUnit(tx, ctx, { parentId: null, type: 'company', name: '示例集团有限公司', code: 'BU-ROOT' }),
  );
  return { ctx, passwordsFile: boot?.passwordsFile ?? null, companyUnitId: company.id };
}

/** One 党总支 (with its factory) and its branches (with their workshops) and 2–3 Party groups each. */
export async function buildGeneralBranch(
  tx: Executor,
  ctx: RequestContext,
  rng: Rng,
  spec: { index: number; firstBranch: number; branches: number; companyUnitId: string; rootId: string },
): Promise<GeneralNode> {
  const g = spec.index;
  const code = `G${pad(g, 4)}`;
  const unit = await createBusinessUnit(tx, ctx, { parentId: spec.companyUnitId, type: 'factory', name: `第${g}分厂`, code: `BU-${code}` });
  const general = await createOrg(tx, ctx, {
    parentId: spec.rootId,
    type: 'general_branch',
    name: `中共示例集团第${g}分厂总支部委员会`,
    shortName: `第${g}分厂党总支`,
    code,
    isJoint: false,
    isTemporary: false,
    businessUnitId: unit.id,
    foundedOn: isoDate(rng.int(1985, 2010), rng.int(1, 12), 1),
  });
  const branches: BranchNode[] = [];
  for (let k = 0; k < spec.branches; k++) {
    const b = spec.firstBranch + k;
    const bcode = `B${pad(b, 5)}`;
    const workshop = await createBusinessUnit(tx, ctx, {
      parentId: unit.id,
      type: 'workshop',
      name: `第${g}分厂第${k + 1}车间`,
      code: `BU-${bcode}`,
    });
    const branch = await createOrg(tx, ctx, {
      parentId: general.id,
      type: 'branch',
      name: `第${g}分厂第${k + 1}车间党支部`,
      shortName: `${g}厂${k + 1}车间支部`,
      code: bcode,
      isJoint: false,
      isTemporary: false,
      businessUnitId: workshop.id,
      foundedOn: isoDate(rng.int(1990, 2020), rng.int(1, 12), 1),
      contactPhone: `0772-${rng.int(2000000, 3999999)}`,
    });
    const groups: BranchNode['groups'] = [];
    const groupCount = rng.int(2, 3);
    for (let i = 0; i < groupCount; i++) {
      const gcode = `${bcode}-G${i + 1}`;
      const grp = await createOrg(tx, ctx, {
        parentId: branch.id,
        type: 'group',
        name: `第${g}分厂第${k + 1}车间党支部第${CN[i]}党小组`,
        code: gcode,
        isJoint: false,
        isTemporary: false,
      });
      groups.push({ id: grp.id, code: gcode });
    }
    branches.push({ id: branch.id, code: bcode, unitCode: `BU-${bcode}`, groups });
  }
  return { id: general.id, code, branches };
}
