import { createXlsx, readXlsx } from '../../../src/adapters/xlsx';
import type { SheetOutput } from '../../../src/core/workbook/cell-grid';
import { convertWithLibreOffice, soffice } from '../../helpers/libreoffice';
import { entryText, loadWithExcelJs, makeTempDir, throughFile, unzip } from './xlsx-test-helpers';

const dir = makeTempDir();

const template: SheetOutput[] = [
  {
    name: '指標',
    cells: [
      ...['番号', '事業名', '指標名', '単位', '年度', '目標値', '実績値', '評価'].map((value, col) => ({
        row: 0,
        col,
        value,
        style: { bold: true, fill: 'DDEBF7', border: true },
      })),
      { row: 1, col: 0, value: 1 },
      { row: 1, col: 1, value: '図書館の相互利用' },
      { row: 1, col: 5, value: 0.8, style: { numberFormat: '0%' } },
    ],
    merges: [],
    columnWidths: [6, 30, 30, 8, 10, 10, 10, 6],
    validations: [{ range: { top: 1, left: 7, bottom: 200, right: 7 }, list: ['A', 'B', 'C', 'D', '-'] }],
    frozenRows: 1,
  },
  { name: '設定', cells: [{ row: 0, col: 0, value: 'policy' }], merges: [], columnWidths: [], validations: [], hidden: true },
];

describe('createXlsx', () => {
  let bytes: Uint8Array;
  beforeAll(() => {
    bytes = throughFile(dir, 'template.xlsx', createXlsx(template));
  });

  it('builds a minimal package', () => {
    expect(Object.keys(unzip(bytes))).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(entryText(bytes, 'xl/workbook.xml')).toContain('<sheet name="設定" sheetId="2" state="hidden" r:id="rId3"/>');
  });

  it('reads back with readXlsx and exceljs', async () => {
    const grid = readXlsx(bytes);
    expect(grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['指標', false],
      ['設定', true],
    ]);
    expect(grid.sheets[0].values[1]).toEqual([1, '図書館の相互利用', null, null, null, 0.8]);
    expect(grid.sheets[0].numberFormats[1][5]).toBe('0%');
    const ws = (await loadWithExcelJs(bytes)).getWorksheet('指標')!;
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('H2').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B,C,D,-"'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('is reproducible', () => {
    expect(Buffer.compare(Buffer.from(createXlsx(template)), Buffer.from(bytes))).toBe(0);
  });

  it('refuses a workbook without sheets or without a visible one', () => {
    expect(() => createXlsx([])).toThrow(RangeError);
    expect(() => createXlsx([{ ...template[1] }])).toThrow(RangeError);
  });

  (soffice ? it : it.skip)(
    'opens in LibreOffice',
    () => {
      expect(convertWithLibreOffice(bytes)).toContain('図書館の相互利用');
    },
    120_000,
  );
});
