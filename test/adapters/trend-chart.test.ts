import { createOfficeWorkbookPort } from '../../src/adapters/office/office-workbook-port';
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { cellAddress } from '../../src/core/workbook/cell-address';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { TREND_CHART_NAME, TREND_SHEET_NAME } from '../../src/core/summary/trend-sheet';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { restoreWorkbook } from '../../src/use-cases/restore-workbook';
import { trendWorkbook } from '../../src/use-cases/trend-workbook';
import { createWorkbookActions } from '../../src/use-cases/workbook-session';
import { conferenceGradeWrites } from '../helpers/conference-grades';
import { saveWithLibreOffice, soffice } from '../helpers/libreoffice';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { setCell } from '../helpers/sheet-grid';
import { liveWorkbook } from './office/office-test-workbooks';
import { editZip, entryText, loadWithExcelJs, unzip } from './xlsx/xlsx-test-helpers';

/** The sample with both years graded as the conference material counts them (FY2023 76.4 %, FY2024 78.9 %). */
function gradedSample(): Uint8Array {
  const sample = createXlsx(buildSampleSheets());
  return patchXlsx(sample, { writes: conferenceGradeWrites(readXlsx(sample)), sheets: [] });
}

function gradedGrid(): WorkbookGrid {
  const grid = sampleGrid();
  for (const w of conferenceGradeWrites(grid)) setCell(grid, w.sheet, cellAddress(w.row, w.col), w.value);
  return grid;
}

const trend = (bytes: Uint8Array) => patchXlsx(bytes, trendWorkbook(readXlsx(bytes)).changes!);
const partsUnder = (bytes: Uint8Array, folder: string) =>
  Object.keys(unzip(bytes)).filter((n) => n.startsWith(folder) && n.endsWith('.xml'));
/** The series formulas of a chart part, in order: categories and values, as <c:f> holds them. */
const formulas = (xml: string) => [...xml.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]);
const cached = (xml: string, series: number) => {
  const values = xml.split('<c:ser>')[series + 1].split('<c:val>')[1];
  return [...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
};

describe('the trend chart in the .xlsx: stacked grade counts and the 比較的順調 share as a line', () => {
  const once = trend(gradedSample());

  it('writes a drawing and a chart part over the sheet’s own cells, with the figures cached', () => {
    expect(partsUnder(once, 'xl/charts/')).toEqual(['xl/charts/chart1.xml']);
    expect(partsUnder(once, 'xl/drawings/').filter((n) => !n.includes('_rels'))).toEqual(['xl/drawings/drawing1.xml']);
    const types = entryText(once, '[Content_Types].xml');
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>',
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    );

    const chart = entryText(once, 'xl/charts/chart1.xml');
    const sheet = `'${TREND_SHEET_NAME}'`;
    // A, B, C, D, - in columns D–H of the two year rows, the share in column J; the year labels in A
    const expected = ['D', 'E', 'F', 'G', 'H', 'J'].flatMap((col) => [`${sheet}!$A$4:$A$5`, `${sheet}!$${col}$4:$${col}$5`]);
    expect(formulas(chart)).toEqual(expected);
    expect([0, 1, 2, 3, 4].map((s) => cached(chart, s))).toEqual([
      [31, 31],
      [11, 14],
      [7, 5],
      [4, 2],
      [2, 5],
    ]);
    expect(cached(chart, 5)).toEqual([0.764, 0.789]);
    expect(chart).toContain('<c:v>令和5年度（2023年度）</c:v>');
    expect(chart).toContain('進捗評価の内訳と比較的順調（A+B）の割合');
    // the count axis tops at 100 (57 items × 1.6, rounded up), the share axis at 100 %
    expect(chart).toContain('<c:max val="100"/>');
    expect(chart).toContain('<c:max val="1"/>');

    const drawing = entryText(once, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain(`name="${TREND_CHART_NAME}" descr="進捗評価の内訳と比較的順調（A+B）の割合"`);
    const trendPart = readXlsx(once).sheets.findIndex((s) => s.name === TREND_SHEET_NAME) + 1;
    expect(entryText(once, `xl/worksheets/sheet${trendPart}.xml`)).toMatch(/<drawing xmlns:r="[^"]+" r:id="rId1"\/><\/worksheet>$/);
  });

  it('replaces its own chart on a rerun, and 実行前に戻す takes the chart away with the sheet', () => {
    const twice = trend(once);
    expect(partsUnder(twice, 'xl/charts/')).toHaveLength(1);
    expect(entryText(twice, 'xl/drawings/drawing1.xml').match(/<xdr:twoCellAnchor/g)).toHaveLength(1);
    expect(entryText(twice, '[Content_Types].xml').match(/drawingml\.chart\+xml/g)).toHaveLength(1);

    const back = patchXlsx(twice, restoreWorkbook(readXlsx(twice)).changes!);
    const restored = patchXlsx(back, restoreWorkbook(readXlsx(back)).changes!);
    expect(readXlsx(restored).sheets.map((s) => s.name)).not.toContain(TREND_SHEET_NAME);
    expect(partsUnder(restored, 'xl/charts/')).toEqual([]);
    expect(partsUnder(restored, 'xl/drawings/')).toEqual([]);
    expect(entryText(restored, '[Content_Types].xml')).not.toMatch(/chart|drawing/);
  });

  it('keeps a drawing the sheet already had and adds the chart to it', () => {
    // another shape in the same drawing (a clerk's text box) survives the rerun, and keeps its place
    const box =
      '<xdr:oneCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>40</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="100" cy="100"/><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="9" name="memo"/><xdr:cNvSpPr/></xdr:nvSpPr><xdr:spPr/></xdr:sp><xdr:clientData/></xdr:oneCellAnchor>';
    const rerun = trend(editZip(once, { 'xl/drawings/drawing1.xml': (xml) => xml.replace('</xdr:wsDr>', `${box}</xdr:wsDr>`) }));
    const after = entryText(rerun, 'xl/drawings/drawing1.xml');
    expect(after).toContain('name="memo"');
    expect(after.match(new RegExp(`name="${TREND_CHART_NAME}"`, 'g'))).toHaveLength(1);
    expect(after).toMatch(/cNvPr id="10" name="shinchoku-trend"/);
    expect(partsUnder(rerun, 'xl/charts/')).toHaveLength(1);
  });

  it('opens in exceljs with the sheet’s cells intact', async () => {
    const sheet = (await loadWithExcelJs(once)).getWorksheet(TREND_SHEET_NAME)!;
    expect(sheet.getCell('J5').value).toBe(0.789);
    expect(sheet.getRow(3).height).toBe(30);
  });

  (soffice ? it : it.skip)('is read by LibreOffice as a chart of six series over the same cells', () => {
    const saved = saveWithLibreOffice(once);
    const charts = partsUnder(saved, 'xl/charts/').filter((n) => /chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1);
    const chart = entryText(saved, charts[0]);
    expect(chart.match(/<c:ser>/g)).toHaveLength(6);
    expect(chart).toContain('<c:lineChart>');
    expect(chart).toMatch(/<c:grouping val="stacked"\/>/);
    expect(formulas(chart).filter((f) => f.includes('$J$4:$J$5'))).toHaveLength(1);
  });
});

describe('the trend chart through Office.js', () => {
  it('adds one named chart (columns stacked, the share on the secondary axis), replaces it on a rerun, and goes with the sheet', async () => {
    const live = liveWorkbook(gradedGrid());
    try {
      const actions = createWorkbookActions(createOfficeWorkbookPort());
      await actions.trend();
      const first = live.fake.sheet(TREND_SHEET_NAME).charts;
      expect(first).toHaveLength(1);
      const [chart] = first;
      expect(chart).toMatchObject({
        name: TREND_CHART_NAME,
        type: 'ColumnStacked',
        title: '進捗評価の内訳と比較的順調（A+B）の割合',
        legendPosition: 'Bottom',
      });
      const col = (c: number) => ({ top: 3, left: c, bottom: 4, right: c });
      expect(chart.series.map((s) => [s.name, s.values, s.categories, s.axisGroup, s.chartType ?? chart.type])).toEqual([
        ['A', col(3), col(0), 'Primary', 'ColumnStacked'],
        ['B', col(4), col(0), 'Primary', 'ColumnStacked'],
        ['C', col(5), col(0), 'Primary', 'ColumnStacked'],
        ['D', col(6), col(0), 'Primary', 'ColumnStacked'],
        ['-', col(7), col(0), 'Primary', 'ColumnStacked'],
        ['比較的順調の割合', col(9), col(0), 'Secondary', 'LineMarkers'],
      ]);
      expect(chart.series[5].dataLabels).toEqual({ numberFormat: '0.0%', position: 'Top' });
      expect(chart.axes).toEqual({
        'Value/Primary': { minimum: 0, maximum: 100 },
        'Value/Secondary': { minimum: 0, maximum: 1, numberFormat: '0%' },
      });
      const built = trendWorkbook(gradedGrid()).sheet!.charts![0];
      expect(chart.position).toEqual({
        from: { top: built.anchor.top, left: 0, bottom: built.anchor.top, right: 0 },
        to: { top: built.anchor.bottom, left: built.anchor.right, bottom: built.anchor.bottom, right: built.anchor.right },
      });
      expect(live.fake.sheet(TREND_SHEET_NAME).rowHeights.get(2)).toBe(30);

      const syncsBefore = live.fake.syncCount;
      await actions.trend();
      expect(live.fake.sheet(TREND_SHEET_NAME).charts.map((c) => c.name)).toEqual([TREND_CHART_NAME]);
      const rerunSyncs = live.fake.syncCount - syncsBefore;

      await actions.restore();
      expect(live.fake.sheet(TREND_SHEET_NAME).charts).toHaveLength(1);
      await actions.restore();
      expect(live.fake.sheets.map((s) => s.name)).not.toContain(TREND_SHEET_NAME);
      // the old chart is found in a round trip the run makes anyway: a rerun costs no more syncs than the first run
      const fresh = liveWorkbook(gradedGrid());
      try {
        await createWorkbookActions(createOfficeWorkbookPort()).trend();
        expect(rerunSyncs).toBeLessThanOrEqual(fresh.fake.syncCount + 1);
      } finally {
        fresh.uninstall();
      }
    } finally {
      live.uninstall();
    }
  });
});
