import { criteriaOf, levelLabel, type SchemeDefinition } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../platform/context';
import { one, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { requireRatedOrg, roundForActor } from './round-access';
import type { RoundRow } from './rounds.repository';
import { evaluateOrg, gapToNext, type CriterionScore, type OrgEvaluation } from './rules/index';
import { getVersionById } from './schemes.repository';
import { nameMissingPeople } from './name-missing-people';
import { unpackInputs, type StoredInputs } from './stored-criteria';
import { subjectOf } from './evaluation-inputs';
import { liveSources } from './live-sources';
import type { MetricRegistry } from '../../platform/metrics';

export type StoredResult = {
  total: number;
  level: number | null;
  computedLevel: number | null;
  bandLevel: number | null;
  hardCap: number | null;
  previousLevel: number | null;
  flags: {
    quotaCut: boolean;
    oneStepCapped: boolean;
    overridden: boolean;
    overrideReason: string | null;
    overrideError: string | null;
    vetoedBy: string[];
    hardOpen: OrgEvaluation['hard'];
  };
  categories: { list: OrgEvaluation['categories']; groups: OrgEvaluation['groups'] };
  criteria: (CriterionScore & { sourceType: string | null; sourcesChanged: boolean })[];
  evaluatedAt: string;
};

type StoredRow = Omit<StoredResult, 'criteria' | 'flags'> & { criteria: StoredInputs; flags: Omit<StoredResult['flags'], 'hardOpen'> };

/**
 * A stored result with its criteria scored again from their frozen inputs against the frozen version.
 * A published round's results keep the records that counted; a draft's are listed as they stand.
 */
export async function storedResult(ex: Executor, metrics: MetricRegistry, def: SchemeDefinition, round: RoundRow, orgId: string): Promise<StoredResult | undefined> {
  const roundId = round.id;
  const row = await one<StoredRow>(
    ex,
    sql`SELECT total::float8 AS total, level, computed_level AS "computedLevel", band_level AS "bandLevel", hard_cap AS "hardCap",
               previous_level AS "previousLevel", flags, categories, criteria, evaluated_at AS "evaluatedAt"
        FROM rating_result WHERE round_id = ${roundId} AND org_node_id = ${orgId}`,
  );
  if (!row) return undefined;
  const byCode = new Map(criteriaOf(def).map((c) => [c.code, c]));
  const describe = (code: string) => {
    const c = byCode.get(code)!;
    return { subject: subjectOf(metrics, c), unit: c.metric ? metrics.get(c.metric.key)?.unit : undefined };
  };
  let inputs = unpackInputs(def, row.criteria, describe);
  let changed = new Set<string>();
  if (round.status === 'open') ({ inputs, changed } = await liveSources(ex, metrics, def, round, orgId, inputs));
  const scored = evaluateOrg(def, await nameMissingPeople(ex, def, inputs));
  const sourceType = (code: string) => {
    const key = byCode.get(code)?.metric?.key;
    return (key && metrics.get(key)?.sourceType) ?? null;
  };
  return {
    ...row,
    // The hard items not passed are rebuilt with the scores rather than stored: what capped the level.
    flags: { ...row.flags, hardOpen: scored.hard.filter((h) => h.status !== 'pass') },
    criteria: scored.criteria.map((c) => ({ ...c, sourceType: sourceType(c.code), sourcesChanged: changed.has(c.code) })),
  };
}

/** Rebuilds the evaluation a stored result came from, for the gap advice. */
export function evaluationOf(r: StoredResult): OrgEvaluation {
  return {
    criteria: r.criteria,
    categories: r.categories.list,
    groups: r.categories.groups,
    total: r.total,
    hard: r.flags.hardOpen,
    vetoedBy: r.flags.vetoedBy,
    hardCap: r.hardCap,
    bandLevel: r.bandLevel,
    level: r.level,
    cappedBy: r.flags.vetoedBy.length > 0 ? 'veto' : r.hardCap !== null && r.bandLevel !== null && r.hardCap < r.bandLevel ? 'hard' : 'band',
  };
}

/** The result page's data: every criterion with its explanation and sources, categories, level and what capped it. */
export function presentResult(round: RoundRow, def: SchemeDefinition, org: { id: string; name: string; code: string }, r: StoredResult) {
  const byCode = new Map(criteriaOf(def).map((c) => [c.code, c]));
  const lv = def.levels;
  const label = (l: number | null) => ({ zh: levelLabel(lv, l, 'zh'), en: levelLabel(lv, l, 'en') });
  const gap = lv ? gapToNext(def, evaluationOf(r), lv) : null;
  return {
    round: { id: round.id, title: round.title, status: round.status, year: round.year, quarter: round.quarter, schemeKind: round.schemeKind },
    org,
    total: r.total,
    level: r.level,
    levelLabel: label(r.level),
    computedLevel: r.computedLevel,
    bandLevel: r.bandLevel,
    hardCap: r.hardCap,
    previousLevel: r.previousLevel,
    flags: r.flags,
    evaluatedAt: r.evaluatedAt,
    categories: def.categories.map((cat) => {
      const s = r.categories.list.find((x) => x.code === cat.code);
      return {
        code: cat.code,
        title: cat.title,
        group: cat.group,
        score: s?.score ?? 0,
        max: s?.max ?? 0,
        criteria: cat.criteria.map((c) => {
          const x = r.criteria.find((y) => y.code === c.code);
          return {
            code: c.code,
            title: c.title,
            description: c.description ?? null,
            kind: c.kind,
            required: c.required,
            hardFromStar: c.hardFromStar,
            maxScore: c.maxScore,
            value: x?.value ?? null,
            score: x?.score ?? 0,
            weighted: x?.weighted ?? 0,
            status: x?.status ?? 'pending',
            explanation: x?.explanation ?? { zh: '', en: '' },
            sources: { type: x?.sourceType ?? null, ids: x?.sourceIds ?? [], changed: x?.sourcesChanged ?? false },
          };
        }),
      };
    }),
    gap: gap && {
      next: gap.next,
      nextLabel: label(gap.next),
      pointsShort: gap.pointsShort,
      failingHard: gap.failingHard,
      suggestions: gap.suggestions.map((s) => ({ ...s, title: byCode.get(s.code)?.title ?? s.title })),
    },
    levels: lv ? lv.labels : [],
  };
}

export async function getResult(ex: Executor, ctx: RequestContext, metrics: MetricRegistry, roundId: string, orgId: string) {
  const round = await roundForActor(ex, ctx, roundId, 'rating:read');
  const org = await requireRatedOrg(ex, ctx, round, orgId, 'rating:read');
  const def = (await getVersionById(ex, round.schemeVersionId))!.definition;
  const r = await storedResult(ex, metrics, def, round, orgId);
  if (!r) throw new AppError('ROUND_NOT_EVALUATED');
  return presentResult(round, def, { id: org.id, name: org.name, code: org.code }, r);
}
