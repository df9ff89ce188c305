export const MAX_CLAIM_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const CLAIM_FILE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;

export type FileProblem = { kind: 'type' | 'size' | 'count'; name: string };

/**
 * Adds picked files to the ones already chosen: wrong types, files over 10 MB and files past the
 * fifth are left out and reported. The server checks type and size again.
 */
export function addClaimFiles(
  current: readonly File[],
  picked: readonly File[],
): { files: File[]; problems: FileProblem[] } {
  const files = [...current];
  const problems: FileProblem[] = [];
  for (const f of picked) {
    const accepted = (CLAIM_FILE_TYPES as readonly string[]).includes(f.type);
    if (!accepted) problems.push({ kind: 'type', name: f.name });
    else if (f.size > MAX_FILE_BYTES) problems.push({ kind: 'size', name: f.name });
    else if (files.length >= MAX_CLAIM_FILES) problems.push({ kind: 'count', name: f.name });
    else files.push(f);
  }
  return { files, problems };
}
