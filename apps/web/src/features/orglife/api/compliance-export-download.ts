import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';
import type { ComplianceFilter } from './types';

/** The matrix with the same filters as an Excel file. */
export async function downloadComplianceExport(filter: ComplianceFilter): Promise<void> {
  const { blob, fileName } = await http.download('/compliance/export.xlsx', filter);
  saveFile(blob, fileName ?? `compliance-${filter.year}.xlsx`);
}
