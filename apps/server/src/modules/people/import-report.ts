import type { RequestContext } from '../../platform/context';
import type { Executor } from '../../platform/db';
import type { SheetSpec } from '../../platform/xlsx';
import { ownImportBatch } from './get-import';
import { importErrorPage } from './import.repository';
import { fieldLabel } from './rules/roster-columns';

const PAGE_ROWS = 1000;

/**
 * The validation report of a roster import: one line per problem (row number, column, the cell as
 * written, message), read in keyset pages so that it streams whatever the number of errors.
 */
export async function importReport(
  ex: Executor,
  ctx: RequestContext,
  importId: string,
): Promise<{ fileName: string; spec: SheetSpec }> {
  const batch = await ownImportBatch(ex, ctx, importId);
  async function* lines(): AsyncGenerator<unknown[]> {
    let after = -1;
    for (;;) {
      const page = await importErrorPage(ex, importId, after, PAGE_ROWS);
      if (page.length === 0) return;
      for (const e of page) yield [e.rowNo === 0 ? '整个文件' : e.rowNo, fieldLabel(e.field), e.value, e.message];
      after = page[page.length - 1]!.rowNo;
    }
  }
  return {
    fileName: `导入校验报告-${batch.fileName.replace(/\.xlsx$/i, '')}.xlsx`,
    spec: {
      sheet: '校验报告',
      columns: [
        { header: '行号', width: 10 },
        { header: '列', width: 16 },
        { header: '填写内容', width: 24 },
        { header: '错误说明', width: 70 },
      ],
      rows: lines(),
    },
  };
}
