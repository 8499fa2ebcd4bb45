import { createXlsx, readXlsx } from '../../../src/adapters/xlsx';
import { moveColumnsInWorksheet } from '../../../src/adapters/xlsx/move-columns';
import { applyWorkbookChanges, patchXlsx } from '../../../src/adapters/xlsx/patch-xlsx';
import * as streamedSheet from '../../../src/adapters/xlsx/stream-written-sheet';
import { writesAfterMove } from '../../../src/adapters/xlsx/workbook-columns';
import { XlsxPackage } from '../../../src/adapters/xlsx/xlsx-package';
import { ColumnInsertRefusedError } from '../../../src/core/workbook/column-insert';
import type { CellWrite, OutputCell, WorkbookChanges } from '../../../src/core/workbook/cell-grid';

// A restore writes its cells back and then takes out the columns its run put in. The first removal is made
// as the sheet streams to be written, the writes put where it leaves them: the file must be the one the two
// steps give.

const row = (r: number, values: (string | number)[]): OutputCell[] => values.map((value, col) => ({ row: r, col, value }));
const sheet = (name: string, cells: OutputCell[]) => ({ name, cells, merges: [], columnWidths: [], validations: [] });

/** Sheet S with a rate column at C (the column a grade put in), and T whose formulas read S. */
function workbook(sXml?: (xml: string) => string): Uint8Array {
  const bytes = createXlsx([
    sheet('S', [
      ...row(0, ['目標', '実績', '達成率', '評価', '備考']),
      ...row(1, [10, 8, 0.8, 'B', 'メモ']),
      ...row(2, [5, 5, 1, 'A', '']),
    ]),
    sheet('T', row(0, ['参照'])),
  ]);
  if (!sXml) return bytes;
  const pkg = XlsxPackage.openWorkbook(bytes);
  pkg.writeText('xl/worksheets/sheet1.xml', sXml(pkg.readText('xl/worksheets/sheet1.xml')));
  return pkg.toBytes();
}

/** Every part's text of a package, by name. */
function partsOf(bytes: Uint8Array): Record<string, string> {
  const pkg = XlsxPackage.openWorkbook(bytes);
  return Object.fromEntries(pkg.partNames().map((p) => [p, pkg.readText(p)]));
}

function twoSteps(bytes: Uint8Array, changes: WorkbookChanges): Uint8Array {
  const pkg = XlsxPackage.openWorkbook(bytes);
  applyWorkbookChanges(pkg, changes, {}, false);
  return pkg.toBytes();
}

describe('a restore’s column removal, made as its sheet is written', () => {
  const restore: WorkbookChanges = {
    writes: [
      // back to what they held: 評価 typed over, 達成率 (to be taken out) emptied, T's formula put back
      { sheet: 'S', row: 1, col: 3, value: 'C' },
      { sheet: 'S', row: 1, col: 2, value: null },
      { sheet: 's', row: 2, col: 4, value: '済', numberFormat: '@' },
      { sheet: 'T', row: 1, col: 0, value: 5, formula: '=S!D2+SUM(S!A2:E2)' },
    ],
    sheets: [],
    deleteColumns: [{ sheet: 'S', col: 2, count: 1 }],
  };

  it('gives the parts the writes and then the removal give, as two steps', () => {
    const bytes = workbook();
    const streamed = jest.spyOn(streamedSheet, 'streamWrittenSheet');
    const once = patchXlsx(bytes, restore);
    // S was written and its column taken out in one pass
    expect(streamed.mock.calls.map((c) => c[5]?.move)).toEqual([{ sheet: 'S', at: 2, delta: -1 }, undefined]);
    streamed.mockRestore();
    expect(partsOf(once)).toEqual(partsOf(twoSteps(bytes, restore)));
    const [s, t] = readXlsx(once).sheets;
    expect(s.values).toEqual([
      ['目標', '実績', '評価', '備考'],
      [10, 8, 'C', 'メモ'],
      [5, 5, 'A', '済'],
    ]);
    expect(t.formulas[1][0]).toBe('=S!C2+SUM(S!A2:D2)');
  });

  it('makes the two steps when the writes take away a formula copied across the columns, which the stream refuses', () => {
    // D2's formula was filled into E2 (one shared formula across them); the restore writes D2 back first
    const shared = (xml: string) =>
      xml
        .replace(/<c r="D2"([^>]*)>.*?<\/c>/, '<c r="D2"$1><f t="shared" ref="D2:E2" si="0">$A2&amp;""</f><v>10</v></c>')
        .replace(/<c r="E2"([^>]*)>.*?<\/c>/, '<c r="E2"$1><f t="shared" si="0"/><v>10</v></c>');
    const bytes = workbook(shared);
    expect(readXlsx(bytes).sheets[0].formulas[1].slice(3)).toEqual(['=$A2&""', '=$A2&""']);
    const changes: WorkbookChanges = { ...restore, writes: restore.writes.slice(0, 2) };
    expect(() => applyWorkbookChanges(XlsxPackage.openWorkbook(bytes), changes)).toThrow(ColumnInsertRefusedError);
    const written = patchXlsx(bytes, changes);
    expect(partsOf(written)).toEqual(partsOf(twoSteps(bytes, changes)));
    const [s] = readXlsx(written).sheets;
    expect(s.values[1]).toEqual([10, 8, 'C', '10']);
    // E2 kept its own formula, moved with it to D2
    expect(s.formulas[1][3]).toBe('=$A2&""');
  });
});

describe('writesAfterMove', () => {
  const move = { sheet: 'S', at: 2, delta: -1 };

  it('puts the moved sheet’s writes in their new columns, any case of its name, and drops those taken out', () => {
    const kept: CellWrite = { sheet: 'S', row: 0, col: 1, value: 1 };
    const writes: CellWrite[] = [kept, { sheet: 's', row: 0, col: 4, value: 2 }, { sheet: 'S', row: 0, col: 2, value: 3 }];
    const after = writesAfterMove(writes, move);
    expect(after).toEqual([kept, { sheet: 's', row: 0, col: 3, value: 2 }]);
    expect(after[0]).toBe(kept);
  });

  it('moves the references of a written formula on any sheet, as the removal moves the sheet’s own', () => {
    const writes: CellWrite[] = [
      { sheet: 'T', row: 0, col: 4, value: 0, formula: '=S!E1+S!C1' },
      { sheet: 'S', row: 0, col: 0, value: 0, formula: '=E1*2' },
      { sheet: 'T', row: 0, col: 0, value: 0, formula: '=E1*2' },
    ];
    expect(writesAfterMove(writes, move).map((w) => [w.col, w.formula])).toEqual([
      [4, '=S!D1+S!#REF!'],
      [0, '=D1*2'],
      [0, '=E1*2'],
    ]);
  });
});

describe('a column taken out of a sheet', () => {
  const remove = (xml: string) =>
    moveColumnsInWorksheet(xml, 'xl/worksheets/sheet1.xml', 'S', { sheet: 'S', at: 2, delta: -1 }, { moved: true });
  const sheetWith = (rows: string, after = '') =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData>${after}</worksheet>`;

  it('says it held a formula when the only one goes with it (the calculation chain would point at the cell that moves in)', () => {
    const moved = remove(sheetWith('<row r="2"><c r="B2"><v>1</v></c><c r="C2"><f>B2*2</f><v>2</v></c><c r="D2"><v>3</v></c></row>'));
    expect(typeof moved.xml === 'string' ? moved.xml : moved.xml.join('')).toBe(
      sheetWith('<row r="2"><c r="B2"><v>1</v></c><c r="C2"><v>3</v></c></row>'),
    );
    expect(moved.hasFormulas).toBe(true);
  });

  it('takes out the links of the cells it takes out, and their list when none is left', () => {
    const links = (...refs: string[]) =>
      `<hyperlinks>${refs.map((r) => `<hyperlink ref="${r}" location="'S'!A1" display="x"/>`).join('')}</hyperlinks>`;
    const row = '<row r="2"><c r="A2"><v>1</v></c></row>';
    const text = (xml: string | string[]) => (typeof xml === 'string' ? xml : xml.join(''));
    expect(text(remove(sheetWith(row, links('C2'))).xml)).toBe(sheetWith(row));
    expect(text(remove(sheetWith(row, links('C2', 'D2', 'B2:C3'))).xml)).toBe(sheetWith(row, links('C2', 'B2:B3')));
  });

  it('takes out a list it empties, and counts what is left of one it does not', () => {
    const lists =
      '<mergeCells count="2"><mergeCell ref="C1:C2"/><mergeCell ref="D1:E1"/></mergeCells>' +
      '<dataValidations count="1"><dataValidation type="list" sqref="C2"><formula1>"A,B"</formula1></dataValidation></dataValidations>';
    const moved = remove(sheetWith('<row r="1"><c r="A1"><v>1</v></c></row>', lists)).xml;
    expect(typeof moved === 'string' ? moved : moved.join('')).toBe(
      sheetWith('<row r="1"><c r="A1"><v>1</v></c></row>', '<mergeCells count="1"><mergeCell ref="C1:D1"/></mergeCells>'),
    );
  });
});
