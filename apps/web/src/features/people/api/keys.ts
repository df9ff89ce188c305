import type { PeopleListParams } from './types';

export const peopleKeys = {
  all: ['people'] as const,
  list: (p: PeopleListParams) => ['people', 'list', p] as const,
  detail: (id: string) => ['people', 'detail', id] as const,
  search: (q: string, orgId: string | undefined) => ['people', 'search', { q, orgId }] as const,
  /** Per job as well: the batch is read again after each of its jobs (validation, commit) ends. */
  importBatch: (id: string, jobId?: string) => ['people', 'imports', id, ...(jobId ? [jobId] : [])] as const,
  job: (id: string) => ['jobs', id] as const,
};
