import ExcelJS from 'exceljs';
import { patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { rawEntryData, readZipDirectory } from '../../../src/adapters/xlsx/zip-archive';
import type { SheetOutput } from '../../../src/core/workbook/cell-grid';
import { convertWithLibreOffice, soffice } from '../../helpers/libreoffice';
import { entryText, excelJsBytes, makeTempDir, throughFile, withChart } from './xlsx-test-helpers';

const dir = makeTempDir();
const CHART_PARTS = [
  'xl/drawings/drawing1.xml',
  'xl/drawings/_rels/drawing1.xml.rels',
  'xl/charts/chart1.xml',
  'xl/worksheets/_rels/sheet1.xml.rels',
];

async function chartWorkbook(firstSheet: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(firstSheet);
  ws.getRow(1).values = ['事業', '実績'];
  ws.getRow(2).values = ['図書館', 120];
  ws.getRow(3).values = ['移住相談', 21];
  ws.getRow(4).values = ['観光', 110];
  wb.addWorksheet('メモ').getCell('A1').value = 'memo';
  return withChart(await excelJsBytes(wb), firstSheet);
}

function rawEntries(bytes: Uint8Array): Map<string, Buffer> {
  return new Map(readZipDirectory(bytes).map((e) => [e.name, Buffer.from(rawEntryData(bytes, e))]));
}

const summary: SheetOutput = {
  name: '評価集計',
  cells: [{ row: 0, col: 0, value: '集計', style: { bold: true } }],
  merges: [],
  columnWidths: [],
  validations: [{ range: { top: 1, left: 0, bottom: 3, right: 0 }, list: ['A', 'B'] }],
};

describe('a workbook with a chart', () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = throughFile(dir, 'chart.xlsx', await chartWorkbook('指標'));
  });

  it('is read without looking at the chart', () => {
    const grid = readXlsx(input);
    expect(grid.sheets.map((s) => s.name)).toEqual(['指標', 'メモ']);
    expect(grid.sheets[0].values[3]).toEqual(['観光', 110]);
  });

  it('keeps the chart parts byte-identical when cells and a sheet are written', () => {
    const output = throughFile(
      dir,
      'chart.out.xlsx',
      patchXlsx(input, { writes: [{ sheet: '指標', row: 1, col: 1, value: 130 }], sheets: [summary] }),
    );
    const before = rawEntries(input);
    const after = rawEntries(output);
    for (const part of CHART_PARTS) expect(Buffer.compare(after.get(part)!, before.get(part)!)).toBe(0);
    expect(entryText(output, 'xl/worksheets/sheet1.xml')).toContain('<drawing r:id="rIdChart1"/>');
    expect(entryText(output, '[Content_Types].xml')).toContain('/xl/charts/chart1.xml');
    expect(readXlsx(output).sheets[0].values[1]).toEqual(['図書館', 130]);
  });

  it('keeps a chart placed on an engine-owned sheet when that sheet is replaced', async () => {
    const book = await chartWorkbook('評価集計');
    const output = patchXlsx(book, { writes: [], sheets: [summary] });
    const xml = entryText(output, 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<drawing r:id="rIdChart1"/>');
    expect(xml.indexOf('<drawing')).toBeGreaterThan(xml.indexOf('</dataValidations>'));
    const before = rawEntries(book);
    const after = rawEntries(output);
    for (const part of CHART_PARTS) expect(Buffer.compare(after.get(part)!, before.get(part)!)).toBe(0);
  });

  (soffice ? it : it.skip)(
    'still converts with LibreOffice after patching',
    () => {
      const output = patchXlsx(input, { writes: [{ sheet: '指標', row: 1, col: 1, value: 130 }], sheets: [summary] });
      expect(convertWithLibreOffice(output)).toContain('図書館,130');
    },
    120_000,
  );
});
