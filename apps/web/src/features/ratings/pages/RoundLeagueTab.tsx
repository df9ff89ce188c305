import { LeaguePanel } from '../components/LeaguePanel';
import { useRoundOutlet } from '../hooks/useRoundOutlet';

/** 结果一览: the branches' results side by side (its own URL, for `rating:league` only). */
export function RoundLeagueTab() {
  return <LeaguePanel round={useRoundOutlet()} />;
}
