import { POINT_ENTRY_STATUSES } from '@zhibu/shared';

/** An entry's status as the words an error shows ({zh, en}). */
export function statusWords(status: string): { zh: string; en: string } {
  const s = POINT_ENTRY_STATUSES.find((x) => x.value === status);
  return s ? { zh: s.zh, en: s.en } : { zh: status, en: status };
}
