import { ApiError } from '../../../lib/http';

/**
 * The itemised reasons a catalogue or an assessment was refused, from an error's details: catalogue
 * problems (strings, or rows of an imported workbook) and schema issues ({ path, message }).
 */
export function problemsOf(err: unknown): string[] {
  if (!(err instanceof ApiError) || typeof err.details !== 'object' || err.details === null) return [];
  const d = err.details as { problems?: unknown; issues?: unknown };
  const out: string[] = [];
  if (Array.isArray(d.problems)) {
    for (const p of d.problems as unknown[]) {
      if (typeof p === 'string') out.push(p);
      else if (p && typeof p === 'object') {
        const r = p as { sheet?: unknown; row?: unknown; message?: unknown };
        const text = typeof r.message === 'string' ? r.message : '';
        const where = [r.sheet, r.row]
          .filter((x): x is string | number => typeof x === 'string' || typeof x === 'number')
          .filter((x) => x !== '')
          .join(' #');
        out.push(where ? `${where}: ${text}` : text);
      }
    }
  }
  if (Array.isArray(d.issues)) {
    for (const i of d.issues as { path?: unknown; message?: unknown }[]) {
      if (typeof i?.message !== 'string') continue;
      // Assessment issues already name the item ("A1 标题：请上传…"); schema issues need their path.
      const path = typeof i.path === 'string' && i.path && !i.message.startsWith(i.path) ? `${i.path}: ` : '';
      out.push(`${path}${i.message}`);
    }
  }
  return out;
}
