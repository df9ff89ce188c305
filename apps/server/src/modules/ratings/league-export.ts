import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import { leagueTable } from './league-table';
import { writeLeagueXlsx } from './results-xlsx';

const flagWords: Record<string, string> = { overridden: '破格', quotaCut: '名额限制降级', oneStepCapped: '逐级晋升限制' };

/** The league table as a workbook, every page of it, with the same filters as the screen. */
export async function leagueWorkbook(ex: Executor, ctx: RequestContext, q: { roundId: string; underOrgId?: string; level?: number; q?: string }) {
  const first = await leagueTable(ex, ctx, { ...q, page: 1, pageSize: 200, sort: 'total' });
  const items = [...first.items];
  for (let page = 2; items.length < first.total; page++) {
    const next = await leagueTable(ex, ctx, { ...q, page, pageSize: 200, sort: 'total' });
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  const label = (l: number | null) => first.levels.find((x) => x.level === l)?.zh ?? '';
  const buffer = await writeLeagueXlsx({
    title: first.round.title,
    categories: first.categories,
    items: items.map((i) => ({
      code: i.code,
      name: i.name,
      parentName: i.parentName,
      total: i.total,
      levelLabel: i.levelLabel.zh,
      previousLevelLabel: label(i.previousLevel),
      categories: i.categories,
      flags: [
        ...Object.entries(flagWords).filter(([k]) => i.flags[k] === true).map(([, w]) => w),
        ...((i.flags.vetoedBy as string[] | undefined)?.length ? ['一票否决'] : []),
      ].join('、'),
    })),
  });
  return { title: first.round.title, buffer };
}
