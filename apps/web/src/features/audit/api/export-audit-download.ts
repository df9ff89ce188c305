import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';
import type { AuditFilter } from './types';

export async function downloadAuditExport(filter: AuditFilter): Promise<void> {
  const { blob, fileName } = await http.download('/audit-events/export.xlsx', filter);
  saveFile(blob, fileName ?? 'audit.xlsx');
}
