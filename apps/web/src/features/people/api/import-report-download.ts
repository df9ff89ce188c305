import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';

/** The uploaded workbook with a column explaining each invalid row. */
export async function downloadImportReport(importId: string): Promise<void> {
  const { blob, fileName } = await http.download(`/people/imports/${importId}/report.xlsx`);
  saveFile(blob, fileName ?? 'import-report.xlsx');
}
