import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';

/** Downloads one file of a finished ledger job; the job result names absolute /api/v1 URLs. */
export async function downloadLedgerFile(url: string, fallbackName: string): Promise<void> {
  const { blob, fileName } = await http.download(url.replace(/^\/api\/v1/, ''));
  saveFile(blob, fileName ?? fallbackName);
}
