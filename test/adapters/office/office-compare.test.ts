import { createOfficeWorkbookPort } from '../../../src/adapters/office/office-workbook-port';
import { createXlsx } from '../../../src/adapters/xlsx';
import { readPickedFile } from '../../../src/adapters/xlsx/read-picked-file';
import { sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { buildPlan2026Sheets } from '../../../src/sample/aomori-plan-2026';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { createWorkbookActions } from '../../../src/use-cases/workbook-session';
import { liveWorkbook } from './office-test-workbooks';

describe('Compare in Excel (Office.js)', () => {
  it('reruns into its own 変更点, which the read must include, and 実行前に戻す takes it away', async () => {
    const live = liveWorkbook({ sheets: buildPlan2026Sheets().map(sheetOutputToGrid) });
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort(), { readWorkbookFile: async (file) => readPickedFile(file) });
      const file = { name: 'aomori-2024.xlsx', bytes: createXlsx(buildSampleSheets()) };
      expect((await actions.compare(file)).sheetName).toBe('変更点');
      // the second run finds the first one's sheet (by its marker line) and rebuilds it, not 変更点 (2)
      expect((await actions.compare(file)).sheetName).toBe('変更点');
      expect(live.fake.sheets.map((s) => s.name)).toEqual(['令和8年度事業一覧', '変更点', '進捗_元に戻す']);
      await actions.restore();
      await actions.restore();
      expect(live.fake.sheets.filter((s) => !s.name.startsWith('進捗_')).map((s) => s.name)).toEqual(['令和8年度事業一覧']);
    } finally {
      live.uninstall();
    }
  });
});
