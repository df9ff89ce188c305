export type WarningFilter = { code?: string; severity?: 'red' | 'yellow'; underId?: string };

export const orgKeys = {
  all: ['orgs'] as const,
  tree: ['orgs', 'tree'] as const,
  detail: (id: string) => ['orgs', 'detail', id] as const,
  warnings: (f: WarningFilter) => ['orgs', 'warnings', f] as const,
  businessUnits: ['orgs', 'business-units'] as const,
};
