import ExcelJS from 'exceljs';
import { unzipSync, zipSync } from 'fflate';
import { createXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { PIECE } from '../../../src/adapters/xlsx/utf8-text';
import { XlsxPackage } from '../../../src/adapters/xlsx/xlsx-package';
import type { SheetGrid } from '../../../src/core/workbook/cell-grid';
import { editZip, excelJsBytes, handcraftedWorkbook, makeTempDir, throughFile, worksheetXml } from './xlsx-test-helpers';

const dir = makeTempDir();

/** The indicator sheet staff keep, as exceljs writes it (shared strings, shared formulas...). */
async function sampleWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指標');
  ws.getRow(1).values = ['事業名', '実績値', '目標値', '達成率', '評価'];
  ws.getCell('B1').value = { richText: [{ text: '実績', font: { bold: true } }, { text: '値' }] };
  ws.getRow(2).values = ['図書館の利用', 1163775, 1000000];
  ws.getRow(3).values = ['移住相談', 21, 40];
  ws.getRow(4).values = ['図書館の利用', 0, 0];
  ws.getCell('D2').value = { formula: 'B2/C2', shareType: 'shared', ref: 'D2:D4', result: 1.163775 } as never;
  ws.getCell('D3').value = { sharedFormula: 'D2', result: 0.525 } as never;
  ws.getCell('D4').value = { sharedFormula: 'D2', result: { error: '#DIV/0!' } } as never;
  for (const r of [2, 3, 4]) ws.getCell(`D${r}`).numFmt = '0.0%';
  ws.getCell('E2').value = 'A';
  ws.getCell('E3').value = { error: '#N/A' } as never;
  ws.getCell('F2').value = true;
  ws.getCell('F3').value = false;
  ws.getCell('G2').value = 0.25;
  ws.getCell('G2').numFmt = '0%';
  ws.getCell('H2').value = new Date(Date.UTC(2024, 3, 1));
  ws.getCell('H2').numFmt = 'yyyy/m/d';
  ws.getCell('I2').value = { formula: 'SUM(B2:B4)', result: 1163796 } as never;
  ws.mergeCells('A6:C7');
  ws.getCell('A6').value = '合計';
  const hidden = wb.addWorksheet('復元用');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = 'x';
  const veryHidden = wb.addWorksheet('内部');
  veryHidden.state = 'veryHidden';
  wb.addWorksheet('空');
  return excelJsBytes(wb);
}

function expectSameShapes(sheet: SheetGrid): void {
  expect(sheet.formulas.map((r) => r.length)).toEqual(sheet.values.map((r) => r.length));
  expect(sheet.numberFormats.map((r) => r.length)).toEqual(sheet.values.map((r) => r.length));
  for (const row of sheet.values) expect(Array.isArray(row)).toBe(true);
}

describe('readXlsx', () => {
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = throughFile(dir, 'sample.xlsx', await sampleWorkbook());
  });

  it('returns the sheets in workbook order with names and hidden state', () => {
    const grid = readXlsx(bytes);
    expect(grid.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['指標', false],
      ['復元用', true],
      ['内部', true],
      ['空', false],
    ]);
    for (const s of grid.sheets) expectSameShapes(s);
    expect(grid.sheets[3].values).toEqual([]);
  });

  it('reads strings, rich text, numbers, booleans, errors and dates', () => {
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.values[0]).toEqual(['事業名', '実績値', '目標値', '達成率', '評価']);
    expect(sheet.values[1].slice(0, 3)).toEqual(['図書館の利用', 1163775, 1000000]);
    expect(sheet.values[1][4]).toBe('A');
    expect(sheet.values[2][4]).toBe('#N/A');
    expect(sheet.values[1][5]).toBe(true);
    expect(sheet.values[2][5]).toBe(false);
    expect(sheet.values[1][6]).toBe(0.25);
    expect(sheet.values[1][7]).toBe(45383);
    expect(sheet.values[3][3]).toBe('#DIV/0!');
    expect(sheet.values[5][0]).toBe('合計');
  });

  it('reads formulas, giving shared-formula cells their own text', () => {
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.formulas[1][3]).toBe('=B2/C2');
    expect(sheet.formulas[2][3]).toBe('=B3/C3');
    expect(sheet.formulas[3][3]).toBe('=B4/C4');
    expect(sheet.values[2][3]).toBe(0.525);
    expect(sheet.formulas[1][8]).toBe('=SUM(B2:B4)');
    expect(sheet.formulas[1][0]).toBeNull();
  });

  it('resolves number formats, null for General', () => {
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.numberFormats[1][3]).toBe('0.0%');
    expect(sheet.numberFormats[1][6]).toBe('0%');
    expect(sheet.numberFormats[1][7]).toBe('yyyy/m/d');
    expect(sheet.numberFormats[1][1]).toBeNull();
  });

  it('reads merged ranges (0-based, inclusive)', () => {
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.merges).toEqual([{ top: 5, left: 0, bottom: 6, right: 2 }]);
  });

  it('leaves out phonetic (furigana) runs of shared strings', () => {
    const withFurigana = editZip(bytes, {
      'xl/sharedStrings.xml': (xml) => {
        expect(xml).toContain('<si><t>移住相談</t></si>');
        return xml.replace(
          '<si><t>移住相談</t></si>',
          '<si><t>移住相談</t><rPh sb="0" eb="2"><t>イジュウ</t></rPh><rPh sb="2" eb="4"><t>ソウダン</t></rPh><phoneticPr fontId="1"/></si>',
        );
      },
    });
    expect(readXlsx(withFurigana).sheets[0].values[2][0]).toBe('移住相談');
  });
});

describe('readXlsx on hand-written XML', () => {
  it('follows rows and cells without r, inline strings, str formulas and _xHHHH_ escapes', () => {
    const xml = worksheetXml(
      '<row><c t="inlineStr"><is><r><t>第</t></r><r><rPr><b/></rPr><t xml:space="preserve">1 </t></r><rPh><t>ダイ</t></rPh></is></c><c><v>5</v></c></row>' +
        '<row r="3"><c r="B3" t="str"><f>A1&amp;"x"</f><v>第1 x</v></c><c t="s"><v>0</v></c></row>' +
        '<row><c r="A4" t="inlineStr"><is><t>a_x000D_b_x005F_x0041_</t></is></c><c r="C4" t="d"><v>2024-04-01T12:00:00</v></c></row>',
    );
    const bytes = handcraftedWorkbook([{ name: 'S', xml }], {
      sharedStrings:
        '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>共有</t></si></sst>',
    });
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.values).toEqual([['第1 ', 5], [], [null, '第1 x', '共有'], ['a\rb_x0041_', null, 45383.5]]);
    expect(sheet.formulas).toEqual([[null, null], [], [null, '=A1&"x"', null], [null, null, null]]);
  });

  it('takes a row number that is not a whole number as missing, as it does "0" (found by the property tests)', () => {
    // <row r="1.5"> used to index the grid with 0.5 and fail with a TypeError inside the reader.
    const xml = worksheetXml(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="1.5"><c r="A2"><v>2</v></c></row><row r="0"><c r="A3"><v>3</v></c></row>',
    );
    expect(readXlsx(handcraftedWorkbook([{ name: 'S', xml }])).sheets[0].values).toEqual([[1], [2], [3]]);
  });

  it("reads empty text (shared, inline, rich, a formula's cached result) as a blank cell, as the Office adapter does (found by the property tests)", () => {
    const xml = worksheetXml(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t xml:space="preserve"></t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh></is></c>' +
        '<c r="C1" t="str"><f>""</f><v></v></c><c r="D1" t="inlineStr"><is><t/></is></c><c r="E1"><v>1</v></c></row>',
    );
    const bytes = handcraftedWorkbook([{ name: 'S', xml }], {
      sharedStrings: '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t></t></si></sst>',
    });
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.values).toEqual([[null, null, null, null, 1]]);
    expect(sheet.formulas[0][2]).toBe('=""');
  });

  it('unescapes _xHHHH_ within each rich-text run: runs "_x" and "0041_" are the text "_x0041_" (found by the property tests)', () => {
    const runs = '<r><t>_x</t></r><r><rPr><b/></rPr><t>0041_</t></r><r><t>_x0042_</t></r>';
    const xml = worksheetXml(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is>${runs}</is></c></row>`);
    const bytes = handcraftedWorkbook([{ name: 'S', xml }], {
      sharedStrings: `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si>${runs}</si></sst>`,
    });
    expect(readXlsx(bytes).sheets[0].values).toEqual([['_x0041_B', '_x0041_B']]);
  });

  it('reads prefixed SpreadsheetML, builtin format ids, and styled empty cells', () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml =
      `<x:worksheet xmlns:x="${main}"><x:sheetData><x:row r="1">` +
      '<x:c r="A1" s="1"><x:v>45383</x:v></x:c><x:c r="B1" s="2"><x:v>0.5</x:v></x:c><x:c r="C1" s="3"><x:v>1</x:v></x:c><x:c r="E1" s="2"/><x:c r="F1"/>' +
      '</x:row></x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A3:B3"/></x:mergeCells></x:worksheet>';
    const styles =
      `<x:styleSheet xmlns:x="${main}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0&quot;件&quot;"/></x:numFmts>` +
      '<x:cellXfs count="4"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="10"/><x:xf numFmtId="164"/></x:cellXfs></x:styleSheet>';
    const [sheet] = readXlsx(handcraftedWorkbook([{ name: 'S', xml }], { styles })).sheets;
    expect(sheet.values).toEqual([[45383, 0.5, 1, null, null]]);
    expect(sheet.numberFormats).toEqual([['m/d/yyyy', '0.00%', '0.0"件"', null, '0.00%']]);
    expect(sheet.merges).toEqual([{ top: 2, left: 0, bottom: 2, right: 1 }]);
  });

  it('skips chart sheets, which hold no cells', () => {
    const bytes = editZip(handcraftedWorkbook([{ name: 'S', xml: worksheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') }]), {
      'xl/workbook.xml': (x) => x.replace('</sheets>', '<sheet name="グラフ" sheetId="9" r:id="rIdC"/></sheets>'),
      'xl/_rels/workbook.xml.rels': (x) =>
        x.replace(
          '</Relationships>',
          '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>',
        ),
    });
    expect(readXlsx(bytes).sheets.map((s) => s.name)).toEqual(['S']);
  });

  it('shows newer functions without their _xlfn. prefix, as Excel does', () => {
    const xml = worksheetXml('<row r="1"><c r="A1"><f>_xlfn.XLOOKUP(B1,C:C,D:D)</f><v>1</v></c></row>');
    expect(readXlsx(handcraftedWorkbook([{ name: 'S', xml }])).sheets[0].formulas[0][0]).toBe('=XLOOKUP(B1,C:C,D:D)');
  });

  it('reads a UTF-16 worksheet part', () => {
    const bytes = handcraftedWorkbook([{ name: 'S', xml: worksheetXml('') }]);
    const files = unzipSync(bytes);
    const xml = worksheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>第𠮷</t></is></c></row>').replace(
      'encoding="UTF-8"',
      'encoding="UTF-16"',
    );
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    files['xl/worksheets/sheet1.xml'] = utf16;
    expect(readXlsx(zipSync(files)).sheets[0].values).toEqual([['第𠮷']]);
  });
});

describe('readXlsx on a large sheet', () => {
  it('reads a shared string table much larger than its decoding pieces as its text streams in, never whole', () => {
    // rich runs and phonetic ones, and a character of two code units, cut wherever the pieces end
    const texts = Array.from({ length: 20_000 }, (_, i) => `𠮷野家${i}`);
    const items = texts.map((t, i) =>
      i % 3
        ? `<si><t>${t}</t></si>`
        : `<si><r><rPr><b/></rPr><t>${t.slice(0, 2)}</t></r><r><t xml:space="preserve">${t.slice(2)}</t></r><rPh sb="0" eb="1"><t>ヨシノヤ</t></rPh></si>`,
    );
    const sharedStrings = `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`;
    expect(sharedStrings.length).toBeGreaterThan(16 * PIECE);
    const rows = texts.map((_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${texts.length - 1 - i}</v></c></row>`);
    const bytes = handcraftedWorkbook([{ name: 'S', xml: worksheetXml(rows.join('')) }], { sharedStrings });
    const readWhole = jest.spyOn(XlsxPackage.prototype, 'readText');
    try {
      const [sheet] = readXlsx(bytes).sheets;
      expect(sheet.values.map(([v]) => v)).toEqual([...texts].reverse());
      expect(readWhole.mock.calls.map(([part]) => part)).not.toContain('xl/sharedStrings.xml');
    } finally {
      readWhole.mockRestore();
    }
  });

  it('reads every character of a sheet much larger than its decoding pieces', () => {
    const names = ['𠮷野家', '青森市', '平内町', '今別町', '外ヶ浜町', '蓬田村', 'ｱｵﾓﾘ', '①②③'];
    const cells = Array.from({ length: 60_000 }, (_, i) => ({
      row: Math.floor(i / 6),
      col: i % 6,
      value: i % 2 ? `${names[i % names.length]}${i}` : i / 7,
    }));
    const bytes = createXlsx([{ name: '大きい', cells, merges: [], columnWidths: [], validations: [] }]);
    const [sheet] = readXlsx(bytes).sheets;
    expect(sheet.values).toHaveLength(10_000);
    for (const c of cells) {
      if (sheet.values[c.row][c.col] !== c.value) throw new Error(`cell ${c.row},${c.col}: ${sheet.values[c.row][c.col]} ≠ ${c.value}`);
    }
  });
});
