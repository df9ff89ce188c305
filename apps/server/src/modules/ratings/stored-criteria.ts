import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import type { MetricValue } from '../../platform/metrics';
import type { CriterionInput } from './rules/index';

// What a result keeps of its criteria: the inputs they were scored from (metric values with their
// details and the ids of the records that counted, the branch's choice of optional items, the
// reviewer's verdict), not the scored output. Scoring is pure and the version is frozen, so the page
// rebuilds every score and explanation exactly; the stored totals and levels are what lists read.
// A branch's criteria share the few dozen meetings they link to, so ids are kept once per org, and a
// criterion with nothing to keep (an evidence item not yet reviewed) is left out. The ids of the
// records that counted are kept only once the round is published: an evaluation, run again and again
// while a round is reviewed, stores the values and the facts of its explanations, and the result page
// of a draft lists the records as they stand (`live-sources`).

type StoredInput = {
  v?: number;
  d?: MetricValue['detail'];
  src?: number[];
  /** The detail's people missing, by their place in `sources` like the sources themselves. */
  mp?: number[][];
  /** Present (false) only when an optional item was not answered. */
  a?: false;
  r?: NonNullable<CriterionInput['review']>;
};
export type StoredInputs = { items: Record<string, StoredInput>; sources: string[] };

/**
 * Packs an org's inputs. An evaluation keeps no record ids (`withSources: false`): those are listed live
 * for a draft result and frozen into it when the round is published (`freeze-sources`).
 */
export function packInputs(def: SchemeDefinition, inputs: (code: string) => CriterionInput, withSources = true): StoredInputs {
  const sources: string[] = [];
  const index = new Map<string, number>();
  const at = (id: string) => {
    let i = index.get(id);
    if (i === undefined) {
      i = sources.length;
      sources.push(id);
      index.set(id, i);
    }
    return i;
  };
  const items: Record<string, StoredInput> = {};
  for (const c of criteriaOf(def)) {
    const input = inputs(c.code);
    const s: StoredInput = {};
    let kept = false;
    if (input.metric) {
      if (input.metric.value !== 0) {
        s.v = input.metric.value;
        kept = true;
      }
      const detail = input.metric.detail;
      if (detail) {
        // The detail itself when it names no people (most do not): stored as it is, not copied.
        const rest = detail.missingPeople === undefined ? detail : withoutPeople(detail);
        if (hasAny(rest)) {
          s.d = rest;
          kept = true;
        }
        if (detail.missingPeople?.length) {
          s.mp = detail.missingPeople.map((ids) => ids.map(at));
          kept = true;
        }
      }
      if (withSources && input.metric.sourceIds?.length) {
        s.src = input.metric.sourceIds.map(at);
        kept = true;
      }
    }
    if (!c.required && !input.answered) {
      s.a = false;
      kept = true;
    }
    if (input.review) {
      s.r = input.review;
      kept = true;
    }
    if (kept) items[c.code] = s;
  }
  return { items, sources };
}

type Detail = NonNullable<MetricValue['detail']>;

function withoutPeople(detail: Detail): Detail {
  const { missingPeople: _, ...rest } = detail;
  return rest;
}

function hasAny(o: object): boolean {
  for (const _ in o) return true;
  return false;
}

/** The inputs back, with what comes from the metric definitions (subject, unit) added by `describe`. */
export function unpackInputs(
  def: SchemeDefinition,
  stored: StoredInputs,
  describe: (code: string) => Pick<CriterionInput, 'subject' | 'unit'>,
): (code: string) => CriterionInput {
  const byCode = new Map(criteriaOf(def).map((c) => [c.code, c]));
  return (code) => {
    const c = byCode.get(code)!;
    const s = stored.items[code] ?? {};
    return {
      ...describe(code),
      metric: c.metric
        ? {
            value: s.v ?? 0,
            ...(s.d || s.mp ? { detail: { ...s.d, ...(s.mp ? { missingPeople: s.mp.map((ids) => ids.map((i) => stored.sources[i]!)) } : {}) } } : {}),
            sourceIds: (s.src ?? []).map((i) => stored.sources[i]!),
          }
        : undefined,
      answered: c.required || s.a !== false,
      review: s.r,
    };
  };
}

/**
 * Whether two values of a metric say the same: the same number and the same facts for the explanation.
 * Records listed against a stored value are those of a value that says the same, else they would not
 * be the records that counted. People the stored value does not name (an evaluation lists the members
 * short of hours or absent only with the records) are not compared: they are listed with the records.
 */
export function sameFacts(stored: MetricValue | undefined, now: MetricValue | undefined): boolean {
  if ((stored?.value ?? 0) !== (now?.value ?? 0)) return false;
  const a = stored?.detail ?? {};
  const b = now?.detail ?? {};
  return (
    a.total === b.total &&
    a.note === b.note &&
    JSON.stringify(a.missing ?? []) === JSON.stringify(b.missing ?? []) &&
    (a.missingPeople === undefined || JSON.stringify(a.missingPeople) === JSON.stringify(b.missingPeople ?? []))
  );
}

/** A stored value with the records listed now (when it says the same), and the people it did not name. */
export function withListed(stored: MetricValue, now: MetricValue | undefined): MetricValue {
  const people = stored.detail?.missingPeople === undefined ? now?.detail?.missingPeople : undefined;
  return {
    ...stored,
    sourceIds: now?.sourceIds ?? [],
    ...(people ? { detail: { ...stored.detail, missingPeople: people } } : {}),
  };
}
