import fc from 'fast-check';
import { outputFingerprint, sheetFingerprint } from '../../../src/core/restore/sheet-fingerprint';
import type { CellValue, OutputCell } from '../../../src/core/workbook/cell-grid';
import { outputValues, sheetOutputToGrid } from '../../../src/core/workbook/sheet-output-to-grid';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';

/**
 * The fingerprint as restore logs in staff's files hold it: the hash of the JSON of the rows of tokens,
 * built whole. The one taken piece by piece must give the same, or a sheet written by an earlier version
 * would read as changed by hand.
 */
function wholeTextFingerprint(values: CellValue[][]): string {
  const token = (v: CellValue) => (v === null || v === '' ? '' : `${typeof v}:${String(v)}`);
  const rows = values.map((row) => {
    const tokens = row.map(token);
    while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
    return tokens;
  });
  // a missing row at the end is blank as an empty one is; one in the middle is written as JSON writes it (null)
  while (rows.length > 0 && (!(rows.length - 1 in rows) || rows[rows.length - 1].length === 0)) rows.pop();
  const text = JSON.stringify(rows);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 + 2);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}

// texts JSON writes escaped (quotes, backslashes, control characters, lone surrogates) beside plain and Japanese ones
const text = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '"', '\\', '\n', '\u0000', '\ud800', '\udc00x', '𠮷', '青森市', 'A', '-', 'null'),
  fc.string({ unit: 'binary' }),
);
const cell: fc.Arbitrary<CellValue> = fc.oneof(text, fc.double(), fc.integer(), fc.boolean(), fc.constant(null));
// rows with holes (a sparse array's missing cells) and blank ends
const row = fc.sparseArray(cell, { maxLength: 8 }).map((r) => (r.length > 0 && r.length % 3 === 0 ? [...r, null, ''] : r));

describe('sheetFingerprint', () => {
  it('is the hash of the whole JSON text of the tokens, for any grid', () => {
    fc.assert(
      // rows missing too (a sparse grid), in the middle and at the end
      fc.property(fc.sparseArray(row, { maxLength: 12 }), (values) => {
        expect(sheetFingerprint({ values })).toBe(wholeTextFingerprint(values));
      }),
      { numRuns: 2000 },
    );
  });

  it('of a built sheet’s cells is that of the grid they read back as, in any order, a later cell at one place winning', () => {
    // rows and columns few enough that cells meet at one place, blank rows and cells at the edges
    const outputCell: fc.Arbitrary<OutputCell> = fc.record({ row: fc.nat(9), col: fc.nat(6), value: cell });
    fc.assert(
      fc.property(fc.array(outputCell, { maxLength: 40 }), fc.boolean(), (given, rowOrder) => {
        // in row order, as builders put them, or as given
        const cells = rowOrder ? [...given].sort((a, b) => a.row - b.row || a.col - b.col) : given;
        expect(outputFingerprint(cells)).toBe(wholeTextFingerprint(outputValues({ cells })));
      }),
      { numRuns: 3000 },
    );
  });

  it('is the same for the sample workbook’s sheets, and differs when one value does', () => {
    for (const sheet of buildSampleSheets()) {
      const values = sheetOutputToGrid(sheet).values;
      expect(sheetFingerprint({ values: outputValues(sheet) })).toBe(wholeTextFingerprint(values));
      expect(outputFingerprint(sheet.cells)).toBe(wholeTextFingerprint(values));
    }
    const [first] = buildSampleSheets();
    const values = outputValues(first);
    const before = sheetFingerprint({ values });
    values[3][1] = `${String(values[3][1])}.`;
    expect(sheetFingerprint({ values })).not.toBe(before);
  });
});
