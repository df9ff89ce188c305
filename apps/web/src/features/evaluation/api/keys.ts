export const evaluationKeys = {
  /** Everything about evaluation: a change anywhere refreshes every list, round and result. */
  all: ['evaluation'] as const,
  templates: ['evaluation', 'templates'] as const,
  rounds: ['evaluation', 'rounds'] as const,
  round: (id: string) => ['evaluation', 'round', id] as const,
  results: (id: string) => ['evaluation', 'results', id] as const,
  memberResult: (id: string, personId: string) => ['evaluation', 'results', id, personId] as const,
  myRounds: ['evaluation', 'my'] as const,
  mySheets: (id: string) => ['evaluation', 'my', 'sheets', id] as const,
  published: (id: string) => ['evaluation', 'published', id] as const,
  comments: (id: string) => ['evaluation', 'comments', id] as const,
  staff: (token: string) => ['rate', token] as const,
};
