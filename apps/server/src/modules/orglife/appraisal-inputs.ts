import type { AppraisalGrade } from '@zhibu/shared';
import type { Executor } from '../../platform/db';

// What other modules put before the committee in 民主评议: the published post-performance evaluation
// with its suggested grade, the year's points and a negative-list veto. Those modules depend on
// organisational life, not the other way round, so they register a provider here and the appraisal
// asks all of them for the members of a round. Inputs inform; the committee decides the grade — except
// a veto, which forces 不合格 (domain-rules §6.1) and is applied when the round opens or the veto is
// recorded, and lifted when the veto is reversed.

export type AppraisalInput = {
  personId: string;
  /** Which module and record, e.g. "evaluation:<roundId>" or "points:<entryId>". */
  source: string;
  title: { zh: string; en: string };
  text: { zh: string; en: string };
  /** A suggested grade, never a decision. */
  suggestion: AppraisalGrade | null;
  /** Set when the input is a veto that forces 不合格. */
  vetoReason: string | null;
};

export type AppraisalInputProvider = (ex: Executor, q: { personIds: readonly string[]; year: number }) => Promise<AppraisalInput[]>;

const providers = new Map<string, AppraisalInputProvider>();

/** Registers a module's provider under a key; registering the key again replaces it. */
export function provideAppraisalInputs(key: string, provider: AppraisalInputProvider): void {
  providers.set(key, provider);
}

/** Every provider's inputs for these members and year, grouped by member. */
export async function appraisalInputs(ex: Executor, q: { personIds: readonly string[]; year: number }): Promise<Map<string, AppraisalInput[]>> {
  const byPerson = new Map<string, AppraisalInput[]>();
  if (q.personIds.length === 0) return byPerson;
  for (const provider of providers.values()) {
    for (const input of await provider(ex, q)) {
      const list = byPerson.get(input.personId) ?? [];
      list.push(input);
      byPerson.set(input.personId, list);
    }
  }
  return byPerson;
}
