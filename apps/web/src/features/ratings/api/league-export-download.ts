import { http } from '../../../lib/http';
import { saveFile } from '../../../lib/save-file';
import type { LeagueParams } from './types';

/** The league table with the screen's filters (all pages) as an Excel file. */
export async function downloadLeague(roundId: string, p: LeagueParams): Promise<void> {
  const { blob, fileName } = await http.download(`/rating-rounds/${roundId}/league.xlsx`, {
    underOrgId: p.underOrgId,
    level: p.level,
    q: p.q,
  });
  saveFile(blob, fileName ?? 'league.xlsx');
}
