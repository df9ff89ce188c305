import type { SQL } from 'drizzle-orm';
import { serialReader, type Executor, type Reader } from './db';

// The metric registry: modules offer named, typed numbers computed from their records, and ratings
// scores criteria against them without reaching into any module's tables.
//
// A family is one set-based query answering several metrics for every org in scope at once (never a
// query per org): all meeting counts come from one scan of the facts, all roster numbers from one scan
// of the memberships. Ratings runs each family a scheme needs exactly once per evaluation.

export type MetricUnit = 'count' | 'ratio' | 'bool' | 'days' | 'hours' | 'points';
export type SourceType = 'meeting' | 'talk' | 'appraisal' | 'term' | 'person' | 'org';

export type MetricQuery = {
  /** A condition on `org_node o` selecting the orgs to answer for (already limited to the caller's scope). */
  orgWhere: SQL;
  /** The assessed period [from, to) as ISO dates. */
  from: string;
  to: string;
  /**
   * False when only the values and their explanations are wanted, not the records that counted
   * (`sourceIds`): an evaluation stores those only when its round is published (see ratings'
   * `freeze-sources`), and lists them for one org when a draft result is shown. Families leave out the
   * long lists (sittings, members), and with the members short of hours or absent also the first of
   * them an explanation names (`detail.missingPeople`), which are listed with them; a short list a
   * family still gives is dropped by the caller.
   */
  sources?: boolean;
};

/** One org's value of one metric, with the records that counted and anything the explanation needs. */
export type MetricValue = {
  value: number;
  sourceIds?: string[];
  /**
   * Plain facts for the explanation: the periods missing, the expected total, names of what is missing.
   * People missing are kept by id in `missingPeople` (one id, or two for a pair that should have talked)
   * and named when the value is shown: an evaluation of thousands of orgs then never reads their names,
   * and a result names people as they are named when it is read.
   */
  detail?: { total?: number; missing?: string[]; missingPeople?: string[][]; note?: string };
};

/** Metric key (with params, see `metricInstanceKey`) → org id → value. Orgs without a row have value 0. */
export type FamilyResult = Map<string, Map<string, MetricValue>>;

export type MetricParamSpec = { name: string; values?: readonly (string | number)[]; zh: string; en: string };

export type MetricDef = {
  key: string;
  family: string;
  zh: string;
  en: string;
  unit: MetricUnit;
  /** What the ids in `sourceIds` are, so the result page can link to them. */
  sourceType?: SourceType;
  params?: readonly MetricParamSpec[];
};

export type MetricFamily = {
  key: string;
  /**
   * Answers every requested metric instance of the family with a fixed number of queries, each handed
   * to `read`, which may run them at the same time on different connections (so a family starts all
   * the queries it needs before awaiting any). `instances` are the (key, params) pairs a scheme uses;
   * the result is keyed by `metricInstanceKey`.
   */
  compute(read: Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult>;
};

export type MetricInstance = { key: string; params: Record<string, string | number> };

/** A stable key for a metric with its parameters: `meetings.periods?period=month&type=committee_meeting`. */
export function metricInstanceKey(key: string, params: Record<string, string | number> = {}): string {
  const names = Object.keys(params).sort();
  if (names.length === 0) return key;
  return `${key}?${names.map((n) => `${n}=${params[n]}`).join('&')}`;
}

export class MetricRegistry {
  private readonly metrics = new Map<string, MetricDef>();
  private readonly families = new Map<string, MetricFamily>();

  register(family: MetricFamily, metrics: readonly MetricDef[]): this {
    if (this.families.has(family.key)) throw new Error(`metric family ${family.key} registered twice`);
    this.families.set(family.key, family);
    for (const m of metrics) {
      if (m.family !== family.key) throw new Error(`metric ${m.key} names family ${m.family}, not ${family.key}`);
      if (this.metrics.has(m.key)) throw new Error(`metric ${m.key} registered twice`);
      this.metrics.set(m.key, m);
    }
    return this;
  }

  get(key: string): MetricDef | undefined {
    return this.metrics.get(key);
  }

  list(): MetricDef[] {
    return [...this.metrics.values()];
  }

  /**
   * Runs each family the instances need once, and merges their answers. Given an executor, the queries
   * run one after another on it; given a reader (`withParallelReads`), they overlap.
   */
  async compute(source: Executor | Reader, q: MetricQuery, instances: readonly MetricInstance[]): Promise<FamilyResult> {
    const read = typeof source === 'function' ? source : serialReader(source);
    const byFamily = new Map<string, MetricInstance[]>();
    for (const i of instances) {
      const def = this.metrics.get(i.key);
      if (!def) throw new Error(`unknown metric ${i.key}`);
      const list = byFamily.get(def.family) ?? [];
      if (!list.some((x) => metricInstanceKey(x.key, x.params) === metricInstanceKey(i.key, i.params))) list.push(i);
      byFamily.set(def.family, list);
    }
    const out: FamilyResult = new Map();
    const results = await Promise.all([...byFamily].map(([familyKey, list]) => this.families.get(familyKey)!.compute(read, q, list)));
    for (const result of results) for (const [k, v] of result) out.set(k, v);
    return out;
  }
}
