import { z } from 'zod';

export const ImportIdParams = z.object({ id: z.string().uuid() });

export const StartImportResponse = z.object({ importId: z.string(), jobId: z.string() });

export const ConfirmImportResponse = z.object({ jobId: z.string() });

export const IMPORT_STATES = ['validating', 'validated', 'invalid', 'committing', 'committed', 'failed'] as const;

export const ImportErrorDto = z.object({
  /** Excel row number; 0 for a problem with the whole file. */
  rowNo: z.number(),
  /** The column's key (name, idNumber, orgCode, ...) or 'file'. */
  field: z.string(),
  /** Chinese, starting with the column header. */
  message: z.string(),
});

export const ImportDto = z.object({
  id: z.string(),
  state: z.enum(IMPORT_STATES),
  fileName: z.string(),
  totalRows: z.number(),
  invalidRows: z.number(),
  errors: z.array(ImportErrorDto),
  createdAt: z.string(),
  committedAt: z.string().nullable(),
});
export type ImportView = z.infer<typeof ImportDto>;
