import { criteriaOf, type SchemeDefinition } from '@zhibu/shared';
import type { Executor } from '../../platform/db';
import { personNames } from '../people/index';
import type { CriterionInput } from './rules/index';

const byName = new Intl.Collator('zh-Hans-CN');

/**
 * The inputs with the people their metric details keep by id (`missingPeople`) named, after the other
 * things missing: pairs as given ("张三—李四"), then single people in name order. One query for all
 * the criteria of an org, made when a result or a what-if is shown, never during an evaluation.
 */
export async function nameMissingPeople(
  ex: Executor,
  def: SchemeDefinition,
  inputs: (code: string) => CriterionInput,
): Promise<(code: string) => CriterionInput> {
  const codes = criteriaOf(def).map((c) => c.code);
  const ids = new Set<string>();
  for (const code of codes) for (const group of inputs(code).metric?.detail?.missingPeople ?? []) for (const id of group) ids.add(id);
  if (ids.size === 0) return inputs;
  const names = await personNames(ex, [...ids]);
  const nameOf = (id: string) => names.get(id) ?? '（未知人员）';
  const named = new Map<string, CriterionInput>();
  for (const code of codes) {
    const input = inputs(code);
    const detail = input.metric?.detail;
    if (!detail?.missingPeople?.length) continue;
    const pairs = detail.missingPeople.filter((g) => g.length > 1).map((g) => g.map(nameOf).join('—'));
    const people = detail.missingPeople
      .filter((g) => g.length === 1)
      .map((g) => nameOf(g[0]!))
      .sort(byName.compare);
    named.set(code, { ...input, metric: { ...input.metric!, detail: { ...detail, missing: [...(detail.missing ?? []), ...pairs, ...people] } } });
  }
  return (code) => named.get(code) ?? inputs(code);
}
