import { useOutletContext } from 'react-router';
import type { RoundDetail } from '../api/types';

/** The round the round page has loaded, for its tabs (overview, league table). */
export function useRoundOutlet(): RoundDetail {
  return useOutletContext<RoundDetail>();
}
