import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';

export async function downloadImportTemplate(): Promise<void> {
  const { blob, fileName } = await http.download('/people/import/template');
  saveFile(blob, fileName ?? 'people-import-template.xlsx');
}
