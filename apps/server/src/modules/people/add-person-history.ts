import type { Executor } from '../../platform/db';
import { newId } from '../../platform/ids';
import { insertPersonHistory } from './people.repository';

/** Lets other modules add an entry to a person's history (a 民主评议 result, a commendation ...). */
export async function addPersonHistory(
  ex: Executor,
  e: { personId: string; kind: string; after: unknown; effectiveOn: string; note: string | null; actorAccountId: string | null },
): Promise<void> {
  await insertPersonHistory(ex, { id: newId(), before: null, at: new Date().toISOString(), ...e });
}
