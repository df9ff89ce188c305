import { zCatalogue, type Catalogue } from '@zhibu/shared';
import { AppError } from '../../platform/errors';
import { readCatalogueXlsx } from './catalogue-xlsx';

/** An uploaded catalogue, .json or .xlsx, validated; any problem is a CATALOGUE_FILE_INVALID naming where. */
export async function readCatalogueFile(fileName: string, data: Buffer): Promise<Catalogue> {
  if (fileName.toLowerCase().endsWith('.json')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data.toString('utf8'));
    } catch {
      throw new AppError('CATALOGUE_FILE_INVALID', { reason: { zh: '不是有效的 JSON', en: 'not valid JSON' } });
    }
    const r = zCatalogue.safeParse(parsed);
    if (!r.success) {
      const issues = r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new AppError('CATALOGUE_FILE_INVALID', { reason: `${issues[0]?.path ?? ''} ${issues[0]?.message ?? ''}`.trim() }, { issues });
    }
    return r.data;
  }
  const r = await readCatalogueXlsx(data);
  if (!r.ok) {
    const first = r.problems[0]!;
    const where = first.sheet ? `${first.sheet} 第 ${first.row} 行：` : '';
    throw new AppError('CATALOGUE_FILE_INVALID', { reason: `${where}${first.message}` }, { problems: r.problems });
  }
  return r.catalogue;
}
