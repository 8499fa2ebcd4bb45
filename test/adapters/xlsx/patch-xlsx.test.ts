import ExcelJS from 'exceljs';
import { patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { readZipDirectory, rawEntryData } from '../../../src/adapters/xlsx/zip-archive';
import type { CellWrite } from '../../../src/core/workbook/cell-grid';
import {
  editZip,
  entryText,
  excelJsBytes,
  handcraftedWorkbook,
  loadWithExcelJs,
  makeTempDir,
  throughFile,
  unzip,
  worksheetXml,
  internals,
} from './xlsx-test-helpers';

const dir = makeTempDir();

/** A staff workbook with everything that must survive a patch. */
async function staffWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指標');
  ws.getRow(1).values = ['番号', '事業名', '実績値', '目標値', '評価', '備考', '達成率'];
  ws.getRow(1).font = { bold: true };
  ws.getRow(2).values = [1, '図書館の利用', 1163775, 1000000];
  ws.getRow(3).values = [2, '移住相談', 21, 40];
  ws.getRow(4).values = [3, '観光入込客数', 110, 100];
  ws.getCell('E2').value = 'A';
  ws.getCell('E2').font = { bold: true, color: { argb: 'FFC00000' } };
  ws.getCell('E2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  ws.getCell('E2').border = { top: { style: 'thin' }, bottom: { style: 'double' } };
  ws.getCell('G2').value = { formula: 'C2/D2', shareType: 'shared', ref: 'G2:G4', result: 1.163775 } as never;
  ws.getCell('G3').value = { sharedFormula: 'G2', result: 0.525 } as never;
  ws.getCell('G4').value = { sharedFormula: 'G2', result: 1.1 } as never;
  for (const r of [2, 3, 4]) {
    ws.getCell(`G${r}`).numFmt = '0%';
    ws.getCell(`G${r}`).font = { italic: true };
  }
  ws.getCell('H2').value = { formula: 'SUM(C2:C4)', result: 1163906 } as never;
  ws.getCell('F4').value = '要確認';
  ws.getCell('F4').alignment = { horizontal: 'center', wrapText: true };
  ws.mergeCells('A6:D6');
  ws.getCell('A6').value = '合計';
  ws.getCell('E3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"A,B,C,D,-"'] };
  ws.getCell('E4').dataValidation = { type: 'list', allowBlank: true, formulae: ['"A,B,C,D,-"'] };
  ws.addConditionalFormatting({
    ref: 'C2:C4',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [100],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
      },
    ],
  });
  ws.getCell('B2').note = '令和6年度から集計方法を変更';
  wb.definedNames.add("'指標'!$C$2:$C$4", '実績');
  const other = wb.addWorksheet('メモ');
  other.getCell('A1').value = '触らないシート';
  other.getCell('B2').value = { formula: '指標!C2*2', result: 2327550 } as never;
  return excelJsBytes(wb);
}

const WRITES: CellWrite[] = [
  { sheet: '指標', row: 1, col: 4, value: 'B' }, // existing, styled
  { sheet: '指標', row: 2, col: 5, value: '=SUM(A1:A3)' }, // a string, not a formula
  { sheet: '指標', row: 1, col: 9, value: 0.875, numberFormat: '0.0%' }, // new cell in an existing row
  { sheet: '指標', row: 19, col: 2, value: 42 }, // new row
  { sheet: '指標', row: 2, col: 6, value: 0.5, numberFormat: '0.0%' }, // shared-formula child, percent
  { sheet: '指標', row: 3, col: 5, value: null }, // cleared, style kept
];

function written(row: number, col: number): boolean {
  return WRITES.some((w) => w.row === row && w.col === col);
}

function cellSnapshot(cell: ExcelJS.Cell): unknown {
  return JSON.parse(JSON.stringify({ value: cell.value, style: cell.style, note: cell.note ?? null }));
}

describe('patchXlsx writes cells', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  beforeAll(async () => {
    input = throughFile(dir, 'staff.xlsx', await staffWorkbook());
    output = throughFile(dir, 'staff.graded.xlsx', patchXlsx(input, { writes: WRITES, sheets: [], recalculate: true }));
  });

  it('writes values and formats exceljs reads back', async () => {
    const ws = (await loadWithExcelJs(output)).getWorksheet('指標')!;
    expect(ws.getCell('E2').value).toBe('B');
    expect(ws.getCell('F3').value).toBe('=SUM(A1:A3)');
    expect(ws.getCell('F3').formula).toBeUndefined();
    expect(ws.getCell('J2').value).toBe(0.875);
    expect(ws.getCell('J2').numFmt).toBe('0.0%');
    expect(ws.getCell('C20').value).toBe(42);
    expect(ws.getCell('G3').value).toBe(0.5);
    expect(ws.getCell('G3').numFmt).toBe('0.0%');
    expect(ws.getCell('F4').value).toBeNull();
  });

  it('keeps the written cells’ own font, fill, border and alignment', async () => {
    const before = (await loadWithExcelJs(input)).getWorksheet('指標')!;
    const after = (await loadWithExcelJs(output)).getWorksheet('指標')!;
    expect(after.getCell('E2').style).toEqual(before.getCell('E2').style);
    expect(after.getCell('G3').font).toEqual(before.getCell('G3').font);
    expect(after.getCell('F4').style).toEqual(before.getCell('F4').style);
  });

  it('leaves every other cell, merge, validation, conditional format, name and comment as it was', async () => {
    const before = await loadWithExcelJs(input);
    const after = await loadWithExcelJs(output);
    expect(after.worksheets.map((w) => w.name)).toEqual(before.worksheets.map((w) => w.name));
    // The comparisons below are only meaningful if the input really has these things.
    const indicator = before.getWorksheet('指標')!;
    expect(indicator.getCell('B2').note).toBeTruthy();
    expect(Object.keys(internals(indicator).dataValidations.model)).toHaveLength(2);
    expect(internals(indicator).conditionalFormattings).toHaveLength(1);
    expect(before.definedNames.model).toHaveLength(1);
    for (const wsBefore of before.worksheets) {
      const wsAfter = after.getWorksheet(wsBefore.name)!;
      for (let r = 1; r <= Math.max(wsBefore.rowCount, 25); r++) {
        for (let c = 1; c <= 12; c++) {
          if (wsBefore.name === '指標' && written(r - 1, c - 1)) continue;
          expect([wsBefore.name, r, c, cellSnapshot(wsAfter.getCell(r, c))]).toEqual([
            wsBefore.name,
            r,
            c,
            cellSnapshot(wsBefore.getCell(r, c)),
          ]);
        }
      }
      expect(wsAfter.model.merges).toEqual(wsBefore.model.merges);
      expect(internals(wsAfter).dataValidations.model).toEqual(internals(wsBefore).dataValidations.model);
      expect(JSON.stringify(internals(wsAfter).conditionalFormattings)).toBe(JSON.stringify(internals(wsBefore).conditionalFormattings));
    }
    expect(after.definedNames.model).toEqual(before.definedNames.model);
  });

  it('changes only the patched sheet, styles and workbook parts; the rest is byte-identical, compressed bytes included', () => {
    const a = unzip(input);
    const b = unzip(output);
    expect(Object.keys(b)).toEqual(Object.keys(a));
    const changed = Object.keys(a).filter((name) => Buffer.compare(Buffer.from(a[name]), Buffer.from(b[name])) !== 0);
    expect(changed.sort()).toEqual(['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const rawIn = new Map(readZipDirectory(input).map((e) => [e.name, Buffer.from(rawEntryData(input, e))]));
    for (const e of readZipDirectory(output)) {
      if (!changed.includes(e.name)) expect(Buffer.compare(Buffer.from(rawEntryData(output, e)), rawIn.get(e.name)!)).toBe(0);
    }
  });

  it('keeps shared strings untouched by writing strings inline', () => {
    const sheet = entryText(output, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="F3" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>');
  });

  it('grows <dimension> and asks Excel to recalculate on open when told a formula reads the cells', () => {
    expect(entryText(output, 'xl/worksheets/sheet1.xml')).toMatch(/<dimension ref="A1:J20"\/>/);
    expect(entryText(output, 'xl/workbook.xml')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('reads back with readXlsx', () => {
    const [sheet] = readXlsx(output).sheets;
    expect(sheet.values[1][4]).toBe('B');
    expect(sheet.values[2][5]).toBe('=SUM(A1:A3)');
    expect(sheet.formulas[2][5]).toBeNull();
    expect(sheet.values[1][9]).toBe(0.875);
    expect(sheet.numberFormats[1][9]).toBe('0.0%');
    expect(sheet.values[19][2]).toBe(42);
    expect(sheet.formulas[2][6]).toBeNull();
    expect(sheet.formulas[3][6]).toBe('=C4/D4');
    expect(sheet.numberFormats[3][6]).toBe('0%');
  });

  it('reuses one new style for cells asking for the same format', () => {
    const twice = patchXlsx(input, {
      writes: [
        { sheet: '指標', row: 10, col: 0, value: 1, numberFormat: '0.0%' },
        { sheet: '指標', row: 11, col: 0, value: 2, numberFormat: '0.0%' },
        { sheet: '指標', row: 12, col: 0, value: 3, numberFormat: '0%' },
      ],
      sheets: [],
    });
    const before = entryText(input, 'xl/styles.xml');
    const after = entryText(twice, 'xl/styles.xml');
    const count = (xml: string) => Number(/<cellXfs count="(\d+)"/.exec(xml)![1]);
    expect(count(after)).toBe(count(before) + 2);
    expect(after).toContain('<numFmt numFmtId="164" formatCode="0.0%"/>');
    expect(after).not.toMatch(/formatCode="0%"/);
  });
});

describe('patchXlsx formulas', () => {
  let input: Uint8Array;
  beforeAll(async () => {
    input = await staffWorkbook();
  });

  it('gives the other cells of a shared formula their own formula when its master is overwritten', async () => {
    const out = patchXlsx(input, { writes: [{ sheet: '指標', row: 1, col: 6, value: 1 }], sheets: [] });
    const ws = (await loadWithExcelJs(out)).getWorksheet('指標')!;
    expect(ws.getCell('G2').value).toBe(1);
    expect(ws.getCell('G3').formula).toBe('C3/D3');
    expect(ws.getCell('G4').formula).toBe('C4/D4');
    expect(readXlsx(out).sheets[0].formulas.map((r) => r[6] ?? null)).toEqual([null, null, '=C3/D3', '=C4/D4', null, null]);
  });

  it('drops calcChain.xml when a written cell had a formula, and keeps it otherwise', () => {
    const withChain = editZip(input, {
      'xl/calcChain.xml':
        '<?xml version="1.0" encoding="UTF-8"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="H2" i="1"/><c r="G2"/></calcChain>',
      '[Content_Types].xml': (x) =>
        x.replace(
          '</Types>',
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
        ),
      'xl/_rels/workbook.xml.rels': (x) =>
        x.replace(
          '</Relationships>',
          '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
        ),
    });
    const kept = unzip(patchXlsx(withChain, { writes: [{ sheet: '指標', row: 1, col: 4, value: 'C' }], sheets: [] }));
    expect(kept['xl/calcChain.xml']).toBeDefined();
    const dropped = patchXlsx(withChain, { writes: [{ sheet: '指標', row: 1, col: 7, value: 0 }], sheets: [] });
    expect(unzip(dropped)['xl/calcChain.xml']).toBeUndefined();
    expect(entryText(dropped, '[Content_Types].xml')).not.toContain('calcChain');
    expect(entryText(dropped, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });
});

describe('patchXlsx on hand-written XML', () => {
  it('copies every byte of the sheet XML outside the written cell', () => {
    const sheetData =
      '\n  <row r="1" spans="1:3">\n    <c r="A1" s=\'0\'><v>1</v></c><!-- a comment <c> -->\n    <c r="B1"><v>2</v></c>\n  </row>\n' +
      '  <row r="3"><c r="A3"><v><![CDATA[3]]></v></c></row>\n';
    const xml = worksheetXml(sheetData, '<?custom instruction?>');
    const bytes = handcraftedWorkbook([{ name: 'S', xml }]);
    const out = entryText(
      patchXlsx(bytes, { writes: [{ sheet: 'S', row: 0, col: 1, value: 'x' }], sheets: [] }),
      'xl/worksheets/sheet1.xml',
    );
    expect(out).toBe(xml.replace('<c r="B1"><v>2</v></c>', '<c r="B1" t="inlineStr"><is><t>x</t></is></c>'));
  });

  it('inserts rows and cells in order, in self-closing rows and in an empty sheetData, with the document prefix', () => {
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const xml = `<x:worksheet xmlns:x="${main}"><x:dimension ref="B2"/><x:sheetData><x:row r="2"/><x:row r="5"><x:c r="C5"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
    const empty = `<worksheet xmlns="${main}"><sheetData/></worksheet>`;
    const bytes = handcraftedWorkbook([
      { name: 'P', xml },
      { name: 'E', xml: empty },
    ]);
    const out = patchXlsx(bytes, {
      writes: [
        { sheet: 'P', row: 1, col: 3, value: 'b' },
        { sheet: 'P', row: 2, col: 0, value: 3 },
        { sheet: 'P', row: 4, col: 0, value: 'a' },
        { sheet: 'P', row: 4, col: 5, value: 'f' },
        { sheet: 'P', row: 6, col: 0, value: 7 },
        { sheet: 'E', row: 0, col: 0, value: 'e' },
      ],
      sheets: [],
    });
    expect(entryText(out, 'xl/worksheets/sheet1.xml')).toBe(
      `<x:worksheet xmlns:x="${main}"><x:dimension ref="A2:F7"/><x:sheetData>` +
        '<x:row r="2"><x:c r="D2" t="inlineStr"><x:is><x:t>b</x:t></x:is></x:c></x:row>' +
        '<x:row r="3"><x:c r="A3"><x:v>3</x:v></x:c></x:row>' +
        '<x:row r="5"><x:c r="A5" t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c r="C5"><x:v>1</x:v></x:c><x:c r="F5" t="inlineStr"><x:is><x:t>f</x:t></x:is></x:c></x:row>' +
        '<x:row r="7"><x:c r="A7"><x:v>7</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>',
    );
    expect(readXlsx(out).sheets[1].values).toEqual([['e']]);
  });

  it('escapes text, escapes characters XML cannot hold as Excel does, and keeps edge whitespace', () => {
    const bytes = handcraftedWorkbook([{ name: 'S', xml: worksheetXml('') }]);
    const value = ' <a & b> "c"\u0001\r\n_x0041_ ';
    const out = patchXlsx(bytes, { writes: [{ sheet: 'S', row: 0, col: 0, value }], sheets: [] });
    expect(entryText(out, 'xl/worksheets/sheet1.xml')).toContain(
      '<t xml:space="preserve"> &lt;a &amp; b&gt; "c"_x0001__x000D_\n_x005F_x0041_ </t>',
    );
    expect(readXlsx(out).sheets[0].values[0][0]).toBe(value);
  });

  it('gives a new cell the style of its row or column', () => {
    const xml = worksheetXml('<row r="1" s="1" customFormat="1"><c r="A1" s="1"><v>1</v></c></row>').replace(
      '<sheetData>',
      '<cols><col min="3" max="3" width="9" style="2" customWidth="1"/></cols><sheetData>',
    );
    const styles =
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="2"><fill/><fill/></fills><borders count="1"><border/></borders>' +
      '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="10"/><xf numFmtId="3"/></cellXfs></styleSheet>';
    const out = patchXlsx(handcraftedWorkbook([{ name: 'S', xml }], { styles }), {
      writes: [
        { sheet: 'S', row: 0, col: 1, value: 0.5 },
        { sheet: 'S', row: 4, col: 2, value: 1000 },
      ],
      sheets: [],
    });
    const [sheet] = readXlsx(out).sheets;
    expect(sheet.numberFormats[0][1]).toBe('0.00%');
    expect(sheet.numberFormats[4][2]).toBe('#,##0');
  });

  it('adds calcPr in schema order when the workbook has none', () => {
    const bytes = editZip(handcraftedWorkbook([{ name: 'S', xml: worksheetXml('') }]), {
      'xl/workbook.xml': (x) =>
        x.replace('</sheets>', '</sheets><definedNames><definedName name="n">S!$A$1</definedName></definedNames><extLst/>'),
    });
    const out = patchXlsx(bytes, { writes: [{ sheet: 'S', row: 0, col: 0, value: 1 }], sheets: [], recalculate: true });
    expect(entryText(out, 'xl/workbook.xml')).toContain('</definedNames><calcPr fullCalcOnLoad="1"/><extLst/>');
  });

  it('leaves the calculation setting alone unless told, and takes it back when told (a restore)', () => {
    const bytes = editZip(handcraftedWorkbook([{ name: 'S', xml: worksheetXml('') }]), {
      'xl/workbook.xml': (x) => x.replace('</sheets>', '</sheets><calcPr calcId="191029"/>'),
    });
    const write = { writes: [{ sheet: 'S', row: 0, col: 0, value: 1 }], sheets: [] };
    expect(entryText(patchXlsx(bytes, write), 'xl/workbook.xml')).toContain('<calcPr calcId="191029"/>');
    const asked = patchXlsx(bytes, { ...write, recalculate: true });
    expect(entryText(asked, 'xl/workbook.xml')).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(readXlsx(asked).fullCalcOnLoad).toBe(true);
    const back = patchXlsx(asked, { writes: [{ sheet: 'S', row: 0, col: 0, value: null }], sheets: [], recalculate: false });
    expect(entryText(back, 'xl/workbook.xml')).toContain('<calcPr calcId="191029"/>');
    expect(readXlsx(back).fullCalcOnLoad).toBeUndefined();
  });

  it('refuses writes to a sheet that does not exist, and returns the input when there is nothing to do', () => {
    const bytes = handcraftedWorkbook([{ name: 'S', xml: worksheetXml('') }]);
    expect(() => patchXlsx(bytes, { writes: [{ sheet: 'T', row: 0, col: 0, value: 1 }], sheets: [] })).toThrow(RangeError);
    expect(() => patchXlsx(bytes, { writes: [{ sheet: 'S', row: -1, col: 0, value: 1 }], sheets: [] })).toThrow(RangeError);
    expect(Buffer.compare(Buffer.from(patchXlsx(bytes, { writes: [], sheets: [] })), Buffer.from(bytes))).toBe(0);
  });
});
