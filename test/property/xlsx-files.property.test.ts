import fc from 'fast-check';
import { zipSync, unzipSync, strToU8 } from 'fflate';
import { createXlsx, patchXlsx, readXlsx, XlsxFileError } from '../../src/adapters/xlsx';
import { INDICATOR_SHEET } from '../../src/core/layout/standard-workbook';
import type { CellWrite } from '../../src/core/workbook/cell-grid';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { loadWithExcelJs } from '../adapters/xlsx/xlsx-test-helpers';
import { CellCounter, fcOptions, hostileString } from './hostile-cells';

// Thousands of generated workbooks and files per test: longer than jest's 5 s default.
jest.setTimeout(180_000);

const counter = new CellCounter();
afterAll(() => console.log(`.xlsx files: ${counter.count.toLocaleString('en-US')} generated cells, plus the damaged files`));

const SAMPLE = createXlsx(buildSampleSheets());

/** The text a file can hold: half a surrogate pair cannot be written in UTF-8 and becomes U+FFFD. */
const storable = (s: string) => s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

/** readXlsx either reads the bytes or says, with XlsxFileError, why it cannot: nothing else escapes. */
function readOrRefuse(bytes: Uint8Array): 'read' | string {
  try {
    readXlsx(bytes);
    return 'read';
  } catch (e) {
    if (e instanceof XlsxFileError) return e.kind;
    throw e;
  }
}

describe('.xlsx files: what is written stays text, and damaged files are refused with a reason', () => {
  it('writes any text into a cell as text: read back the same, never a formula (our reader and exceljs)', async () => {
    const runs: { writes: CellWrite[]; bytes: Uint8Array }[] = [];
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 20, maxLength: 60, size: 'max' }), (texts) => {
        counter.add(texts.length);
        const writes: CellWrite[] = texts.map((value, i) => ({ sheet: INDICATOR_SHEET, row: 100 + i, col: 1 + (i % 7), value }));
        const bytes = patchXlsx(SAMPLE, { writes, sheets: [] });
        const sheet = readXlsx(bytes).sheets.find((s) => s.name === INDICATOR_SHEET)!;
        for (const w of writes) {
          expect({ at: [w.row, w.col], value: sheet.values[w.row]?.[w.col] ?? null, formula: sheet.formulas[w.row]?.[w.col] ?? null }).toEqual({
            at: [w.row, w.col],
            value: w.value === '' ? null : storable(w.value as string),
            formula: null,
          });
        }
        if (runs.length < 20) runs.push({ writes, bytes });
      }),
      fcOptions(400),
    );
    // An independent reader agrees on a sample of the files.
    for (const { writes, bytes } of runs) {
      const ws = (await loadWithExcelJs(bytes)).getWorksheet(INDICATOR_SHEET)!;
      for (const w of writes) {
        const cell = ws.getRow(w.row + 1).getCell(w.col + 1);
        expect(cell.formula).toBeUndefined();
        // exceljs does not decode Excel's _xHHHH_ escapes (control characters, a literal "_x0041_"): compare the rest
        const escaped = /[\x00-\x08\x0B\x0C\r\x0E-\x1F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/.test(w.value as string);
        if (w.value !== '' && !escaped) expect(cell.value).toBe(storable(w.value as string));
      }
    }
  });

  it('damaged bytes: flipped, cut short or spliced, a file is read or refused with a reason, never a crash', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
            const bytes = SAMPLE.slice();
            for (const [at, b] of flips) bytes[at % bytes.length] = b;
            return bytes;
          }),
          fc.nat().map((cut) => SAMPLE.slice(0, cut % SAMPLE.length)),
          fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 })).map(([at, junk]) => {
            const i = at % SAMPLE.length;
            return new Uint8Array([...SAMPLE.slice(0, i), ...junk, ...SAMPLE.slice(i)]);
          }),
          fc.uint8Array({ maxLength: 512 }),
        ),
        (bytes) => {
          expect(['read', 'not-xlsx', 'encrypted', 'legacy-xls', 'corrupt', 'too-large']).toContain(readOrRefuse(bytes));
        },
      ),
      fcOptions(1500),
    );
  });

  it('a valid zip with hostile XML in its parts is read or refused as corrupt, never a crash', () => {
    const parts = unzipSync(SAMPLE);
    const names = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    const snippets = ['<', '&bogus;', '<c r="ZZZZ99999999"><v>1</v></c>', '<row r="-1">', '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>', '<si><r><t>rich</t></r><r><t>text</t></r></si>', '\u0000', ']]>', '<f t="shared" si="9999"/>'];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.oneof(fc.constantFrom(...snippets), hostileString), (name, at, junk) => {
        const text = new TextDecoder().decode(parts[name]);
        const i = at % (text.length + 1);
        const bytes = zipSync({ ...parts, [name]: strToU8(text.slice(0, i) + junk + text.slice(i)) });
        expect(['read', 'corrupt', 'not-xlsx', 'too-large']).toContain(readOrRefuse(bytes));
      }),
      fcOptions(800),
    );
  });

  it('tried at least 10,000 generated cells (counted, not assumed)', () => {
    expect(counter.count).toBeGreaterThanOrEqual(10_000);
  });
});
