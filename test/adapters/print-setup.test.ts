import { patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { createOfficeWorkbookPort } from '../../src/adapters/office/office-workbook-port';
import { createXlsx } from '../../src/adapters/xlsx';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { createWorkbookActions } from '../../src/use-cases/workbook-session';
import { restoreWorkbook } from '../../src/use-cases/restore-workbook';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { trendWorkbook } from '../../src/use-cases/trend-workbook';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { liveWorkbook } from './office/office-test-workbooks';
import { entryText, loadWithExcelJs } from './xlsx/xlsx-test-helpers';

/** 評価集計 of the sample: the title, blank, two header rows, 3 roles, 計, %, groups, the four towns, notes; the marker line off the page. */
const SUMMARY_AREA = 'A1:G26';

describe('sheets that print: A4 portrait, one page wide, header rows repeated, the ownership line left off', () => {
  const sample = createXlsx(buildSampleSheets());

  it('writes the page setup and print names into the .xlsx, as exceljs reads them, once however often it runs', async () => {
    const once = patchXlsx(sample, summariseWorkbook(readXlsx(sample), { year: 2024 }).changes!);
    const twice = patchXlsx(once, summariseWorkbook(readXlsx(once), { year: 2024 }).changes!);
    for (const bytes of [once, twice]) {
      const sheet = (await loadWithExcelJs(bytes)).getWorksheet('評価集計')!;
      const { printArea, printTitlesRow, fitToPage, fitToWidth, fitToHeight, orientation, paperSize } = sheet.pageSetup;
      expect({ printArea, printTitlesRow, fitToPage, fitToWidth, fitToHeight, orientation, paperSize }).toEqual({
        printArea: SUMMARY_AREA,
        printTitlesRow: '3:4',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        orientation: 'portrait',
        paperSize: 9,
      });
    }
    const names = entryText(twice, 'xl/workbook.xml').match(/<definedName [^>]*>[^<]*<\/definedName>/g);
    expect(names).toEqual([
      `<definedName name="_xlnm.Print_Area" localSheetId="2">'評価集計'!$A$1:$G$26</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="2">'評価集計'!$3:$4</definedName>`,
    ]);
    // the marker line is below the area: row 28 of the sheet
    expect(readXlsx(once).sheets[2].values[27][0]).toMatch(/^このシートは進捗評価ツールが作成しました/);
    // 実行前に戻す, twice (the second run, then the first), takes the sheet away, and its names with it
    const back = patchXlsx(twice, restoreWorkbook(readXlsx(twice)).changes!);
    const restored = patchXlsx(back, restoreWorkbook(readXlsx(back)).changes!);
    expect(readXlsx(restored).sheets.map((s) => s.name)).toEqual(['事業一覧', '成果指標']);
    expect(entryText(restored, 'xl/workbook.xml')).not.toContain('_xlnm.Print_Area');
  });

  it('sets the same through Office.js: orientation, A4, one page wide, the area and title rows', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      await actions.summarise({ year: 2024 });
      await actions.trend();
      const summary = live.fake.sheets.find((s) => s.name === '評価集計')!;
      expect(summary.pageLayout).toEqual({
        orientation: 'Portrait',
        paperSize: 'A4',
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        printArea: { top: 0, left: 0, bottom: 25, right: 6 },
        printTitleRows: '$3:$4',
      });
      const trend = live.fake.sheets.find((s) => s.name === '進捗評価の推移')!;
      const built = trendWorkbook(sampleGrid()).sheet!;
      expect(trend.pageLayout.printArea).toEqual(built.print!.area);
      expect(trend.pageLayout.printTitleRows).toBe('$3:$3');
    } finally {
      live.uninstall();
    }
  });
});
