import type { ResultCriterion, WhatIfChange } from '../api/types';

export type WhatIfMode = 'addValue' | 'setValue' | 'reviewScore' | 'answered';

/** One line of the what-if form, possibly still incomplete. */
export type WhatIfRow = {
  key: number;
  code?: string;
  mode: WhatIfMode;
  value?: number | null;
  answered?: boolean;
};

/** The changes the server is asked to simulate: complete lines only, in the order entered. */
export function toChanges(rows: readonly WhatIfRow[]): WhatIfChange[] {
  const out: WhatIfChange[] = [];
  for (const r of rows) {
    if (!r.code) continue;
    if (r.mode === 'answered') {
      out.push({ code: r.code, answered: r.answered ?? true });
    } else if (typeof r.value === 'number' && Number.isFinite(r.value)) {
      out.push({ code: r.code, [r.mode]: r.value });
    }
  }
  return out;
}

/**
 * The first line when a suggestion is tried: an optional item not answered is answered; an item the
 * committee scores gets full marks; a metric waits for the value to add.
 */
export function seedRow(
  c: Pick<ResultCriterion, 'code' | 'kind' | 'status' | 'maxScore'> | undefined,
): WhatIfRow {
  if (!c) return { key: 1, mode: 'addValue' };
  if (c.status === 'skipped') return { key: 1, code: c.code, mode: 'answered', answered: true };
  if (c.kind === 'evidence' || c.kind === 'review') {
    return { key: 1, code: c.code, mode: 'reviewScore', value: c.maxScore };
  }
  return { key: 1, code: c.code, mode: 'addValue' };
}
