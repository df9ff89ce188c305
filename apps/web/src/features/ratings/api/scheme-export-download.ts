import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';

/** A version's catalogue as an Excel workbook or a JSON document (both can be imported again). */
export async function downloadSchemeVersion(
  schemeId: string,
  version: number,
  format: 'xlsx' | 'json',
): Promise<void> {
  const { blob, fileName } = await http.download(`/rating-schemes/${schemeId}/versions/${version}/export`, {
    format,
  });
  saveFile(blob, fileName ?? `scheme-v${version}.${format}`);
}
