import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { createXlsx, patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import type { SheetOutput } from '../../../src/core/workbook/cell-grid';
import { entryText, excelJsBytes, loadWithExcelJs, makeTempDir, throughFile, unzip, internals } from './xlsx-test-helpers';

const dir = makeTempDir();

function summary(name = '評価集計', hidden = false): SheetOutput {
  const header = { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' as const };
  return {
    name,
    cells: [
      { row: 0, col: 0, value: '令和6年度 進捗評価の集計', style: { bold: true, fontColor: 'C00000' } },
      ...['役割', 'A', 'B', 'C', 'D', '-', '計'].map((value, col) => ({ row: 1, col, value, style: header })),
      { row: 2, col: 0, value: '1 圏域全体の経済成長のけん引', style: { wrap: true, border: true } },
      ...[12, 5, 1, 0, 2, 20].map((value, i) => ({ row: 2, col: i + 1, value, style: { border: true } })),
      { row: 3, col: 0, value: '割合', style: { border: true } },
      { row: 3, col: 1, value: 0.544, style: { numberFormat: '0.0%', border: true } },
      { row: 3, col: 2, value: 0.245, style: { numberFormat: '0.0%', border: true } },
      { row: 5, col: 0, value: null, style: { fill: 'FFF2CC' } },
    ],
    merges: [{ top: 0, left: 0, bottom: 0, right: 6 }],
    columnWidths: [30, 8, 8, 8, 8, 8, 8],
    validations: [{ range: { top: 2, left: 7, bottom: 4, right: 7 }, list: ['A', 'B', 'C', 'D', '-', '"済" & 未'] }],
    frozenRows: 2,
    hidden,
  };
}

async function bookWithSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('指標').getCell('A1').value = '事業名';
  const old = wb.addWorksheet('評価集計', { properties: { tabColor: { argb: 'FF00B050' } } });
  old.getCell('A1').value = '古い集計';
  old.getCell('Z99').value = { formula: 'SUM(指標!A1:A3)', result: 0 } as never;
  old.mergeCells('B2:C3');
  wb.addWorksheet('メモ').getCell('A1').value = 'memo';
  return excelJsBytes(wb);
}

describe('patchXlsx with a new engine-owned sheet', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('指標').getCell('A1').value = '事業名';
    input = throughFile(dir, 'book.xlsx', await excelJsBytes(wb));
    output = throughFile(dir, 'book.summary.xlsx', patchXlsx(input, { writes: [], sheets: [summary()] }));
  });

  it('adds the sheet at the end, other parts untouched', () => {
    expect(readXlsx(output).sheets.map((s) => s.name)).toEqual(['指標', '評価集計']);
    const a = unzip(input);
    const b = unzip(output);
    const changed = Object.keys(b).filter((n) => !a[n] || Buffer.compare(Buffer.from(a[n]), Buffer.from(b[n])) !== 0);
    expect(changed.sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/workbook.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(Object.keys(b).slice(0, Object.keys(a).length)).toEqual(Object.keys(a));
  });

  it('writes values, styles, merges, widths, validations and the frozen header exceljs can see', async () => {
    const ws = (await loadWithExcelJs(output)).getWorksheet('評価集計')!;
    expect(ws.getCell('A1').value).toBe('令和6年度 進捗評価の集計');
    expect(ws.getCell('A1').font.bold).toBe(true);
    expect(ws.getCell('A1').font.color).toEqual({ argb: 'FFC00000' });
    expect(ws.getCell('B2').value).toBe('A');
    expect(ws.getCell('B2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B2').border.top).toMatchObject({ style: 'thin' });
    expect(ws.getCell('B2').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('A3').alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell('G3').value).toBe(20);
    expect(ws.getCell('B4').numFmt).toBe('0.0%');
    expect(entryText(output, 'xl/worksheets/sheet2.xml')).toMatch(/<row r="6"><c r="A6" s="\d+"\/><\/row>/);
    expect(ws.model.merges).toEqual(['A1:G1']);
    expect(ws.getColumn(1).width).toBeGreaterThan(30);
    expect(ws.getColumn(1).width).toBeLessThan(31);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, topLeftCell: 'A3' });
    for (const ref of ['H3', 'H4', 'H5']) {
      expect(internals(ws).dataValidations.model[ref]).toMatchObject({ type: 'list', formulae: ['"A,B,C,D,-,""済"" & 未"'] });
    }
    expect(internals(ws).dataValidations.model.H6).toBeUndefined();
  });

  it('dedupes identical styles', () => {
    const styles = entryText(output, 'xl/styles.xml');
    const before = Number(/<cellXfs count="(\d+)"/.exec(entryText(input, 'xl/styles.xml'))![1]);
    const after = Number(/<cellXfs count="(\d+)"/.exec(styles)![1]);
    // title, header, wrapped label, bordered number, percent, yellow blank
    expect(after - before).toBe(6);
  });

  it('lays out the worksheet in schema order', () => {
    const xml = entryText(output, 'xl/worksheets/sheet2.xml');
    const order = ['<dimension', '<sheetViews', '<cols', '<sheetData', '<mergeCells', '<dataValidations'].map((tag) => xml.indexOf(tag));
    expect(order.every((pos) => pos > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('can add the sheet hidden', () => {
    const out = patchXlsx(input, { writes: [], sheets: [summary('復元データ', true)] });
    expect(readXlsx(out).sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['指標', false],
      ['復元データ', true],
    ]);
  });
});

describe('patchXlsx replacing an existing engine-owned sheet', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = await bookWithSheets();
    output = throughFile(dir, 'replaced.xlsx', patchXlsx(input, { writes: [], sheets: [summary()] }));
  });

  it('keeps its position, part and sheetId, and clears the old content', async () => {
    const wb = await loadWithExcelJs(output);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['指標', '評価集計', 'メモ']);
    const grid = readXlsx(output).sheets[1];
    expect(grid.values[0][0]).toBe('令和6年度 進捗評価の集計');
    // Row 6 holds only a filled blank cell, which the grid leaves out.
    expect(grid.values.length).toBe(4);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 6 }]);
    const sheetTag = (xml: string) => /<sheet [^>]*name="評価集計"[^>]*>/.exec(xml)![0];
    expect(sheetTag(entryText(output, 'xl/workbook.xml'))).toBe(sheetTag(entryText(input, 'xl/workbook.xml')));
    expect(unzip(output)['xl/worksheets/sheet2.xml']).toBeDefined();
    expect(Object.keys(unzip(output))).toEqual(Object.keys(unzip(input)));
  });

  it('keeps the tab colour and leaves the other sheets byte-identical', () => {
    expect(entryText(output, 'xl/worksheets/sheet2.xml')).toMatch(/<sheetPr[^>]*>.*<tabColor rgb="FF00B050"\/>/);
    const a = unzip(input);
    const b = unzip(output);
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet3.xml', 'xl/sharedStrings.xml']) {
      expect(Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name]))).toBe(0);
    }
  });

  it('matches the sheet name case-insensitively, as Excel does, and can hide it', () => {
    const out = patchXlsx(input, { writes: [], sheets: [{ ...summary('評価集計'), name: '評価集計', hidden: true }] });
    expect(readXlsx(out).sheets.map((s) => s.hidden)).toEqual([false, true, false]);
    const wb = patchXlsx(out, {
      writes: [],
      sheets: [{ name: 'メモ'.toLowerCase(), cells: [], merges: [], columnWidths: [], validations: [] }],
    });
    expect(readXlsx(wb).sheets.map((s) => s.name)).toEqual(['指標', '評価集計', 'メモ']);
  });

  it('applies cell writes after the sheet outputs in the same patch', () => {
    const out = patchXlsx(input, { writes: [{ sheet: '評価集計', row: 10, col: 0, value: '追記' }], sheets: [summary()] });
    expect(readXlsx(out).sheets[1].values[10]).toEqual(['追記']);
  });

  it('refuses names Excel would refuse and lists it cannot store', () => {
    expect(() => patchXlsx(input, { writes: [], sheets: [{ ...summary(), name: '集計[1]' }] })).toThrow(RangeError);
    expect(() => patchXlsx(input, { writes: [], sheets: [{ ...summary(), name: 'x'.repeat(32) }] })).toThrow(RangeError);
    const commas = { ...summary(), validations: [{ range: { top: 0, left: 0, bottom: 0, right: 0 }, list: ['A,B'] }] };
    expect(() => patchXlsx(input, { writes: [], sheets: [commas] })).toThrow(RangeError);
    const overlapping = {
      ...summary(),
      merges: [
        { top: 0, left: 0, bottom: 1, right: 1 },
        { top: 1, left: 1, bottom: 2, right: 2 },
      ],
    };
    expect(() => patchXlsx(input, { writes: [], sheets: [overlapping] })).toThrow(RangeError);
  });

  it('refuses merges exactly when two overlap, naming the first that overlaps one before it, and writes every other set in its order', () => {
    const range = fc
      .record({ top: fc.nat({ max: 12 }), left: fc.nat({ max: 5 }), h: fc.nat({ max: 3 }), w: fc.nat({ max: 3 }) })
      .map(({ top, left, h, w }) => ({ top, left, bottom: top + h, right: left + w }));
    type Range = { top: number; left: number; bottom: number; right: number };
    const overlap = (a: Range, b: Range) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
    const ref = (r: Range) => `${String.fromCharCode(65 + r.left)}${r.top + 1}:${String.fromCharCode(65 + r.right)}${r.bottom + 1}`;
    fc.assert(
      fc.property(fc.array(range, { maxLength: 8 }), (ranges) => {
        const merges = ranges.filter((r) => r.top !== r.bottom || r.left !== r.right);
        const first = merges.find((r, i) => merges.slice(0, i).some((o) => overlap(o, r)));
        const sheet: SheetOutput = { name: '結合', cells: [], merges: ranges, columnWidths: [], validations: [] };
        if (first) expect(() => createXlsx([sheet])).toThrow(`Merged ranges overlap in sheet 結合: ${ref(first)}.`);
        else expect(readXlsx(createXlsx([sheet])).sheets[0].merges).toEqual(merges);
      }),
      { numRuns: 300, seed: 20261206 },
    );
  });
});
