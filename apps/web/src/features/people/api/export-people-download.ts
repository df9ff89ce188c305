import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';
import type { PeopleFilter } from './types';

/** GET /people/export.xlsx with the list filters; `unmasked` needs person:read-sensitive. */
export async function downloadPeopleExport(filter: PeopleFilter, unmasked: boolean): Promise<void> {
  const { blob, fileName } = await http.download('/people/export.xlsx', { ...filter, unmasked });
  saveFile(blob, fileName ?? 'people.xlsx');
}
