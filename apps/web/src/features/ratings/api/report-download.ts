import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';

/** The organisation's rating report (.docx). */
export async function downloadReport(roundId: string, orgId: string): Promise<void> {
  const { blob, fileName } = await http.download(`/rating-rounds/${roundId}/orgs/${orgId}/report.docx`);
  saveFile(blob, fileName ?? 'report.docx');
}
