import type { Executor } from '../../platform/db';
import type { AppraisalInput } from '../orglife/index';
import { entriesOf } from './ledger.repository';
import { participants, type Participant } from './participants';
import { ruleSetInForce, type RuleSetRow } from './rule-sets.repository';
import { appraisalInput, balancesByPerson } from './rules/index';

const TITLE = { zh: '党员积分', en: 'Members’ points' };

/**
 * What the year's points hand to 民主评议 for these members: the balance with its note, and for a
 * member hit by the negative list the veto (its first item, with the facts stated when it was recorded).
 * Members under the same rule set are read together.
 */
export async function pointsAppraisalInputs(ex: Executor, q: { personIds: readonly string[]; year: number }): Promise<AppraisalInput[]> {
  const people = [...(await participants(ex, q.personIds)).values()];
  const byRuleSet = new Map<string, { ruleSet: RuleSetRow; people: Participant[] }>();
  const inForce = new Map<string, RuleSetRow | undefined>();
  for (const p of people) {
    if (!inForce.has(p.orgPath)) inForce.set(p.orgPath, await ruleSetInForce(ex, p.orgPath, q.year));
    const ruleSet = inForce.get(p.orgPath);
    if (!ruleSet) continue;
    const group = byRuleSet.get(ruleSet.id) ?? { ruleSet, people: [] };
    group.people.push(p);
    byRuleSet.set(ruleSet.id, group);
  }
  const out: AppraisalInput[] = [];
  for (const { ruleSet, people: members } of byRuleSet.values()) {
    const ids = members.map((m) => m.personId);
    const entries = await entriesOf(ex, ruleSet, ids);
    const balances = balancesByPerson(ruleSet.definition, entries, { kind: 'year' }, ids);
    for (const m of members) {
      const input = appraisalInput(balances.get(m.personId)!, m.role);
      const veto = input.vetoItems[0];
      const forced = input.forcedGrade === 'unqualified' && veto;
      const note = forced ? entries.find((e) => e.id === veto.entryId)?.note : null;
      out.push({
        personId: m.personId,
        source: forced ? `points:${veto.entryId}` : `points:${ruleSet.id}`,
        title: TITLE,
        text: input.note,
        suggestion: input.forcedGrade,
        vetoReason: forced ? `${veto.title}：${note ?? ''}` : null,
      });
    }
  }
  return out;
}
