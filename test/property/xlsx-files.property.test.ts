import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { createXlsx, patchXlsx, readXlsx, XlsxFileError } from '../../src/adapters/xlsx';
import { INDICATOR_SHEET } from '../../src/core/layout/standard-workbook';
import type { CellValue, CellWrite, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { handcraftedWorkbook, loadWithExcelJs, worksheetXml } from '../adapters/xlsx/xlsx-test-helpers';
import { check, CellCounter, fcOptions, hostileString } from './hostile-cells';

// Hundreds of generated files per test: longer than jest's 5 s default.
jest.setTimeout(180_000);

const counter = new CellCounter();
let damagedFiles = 0;
afterAll(() =>
  console.log(
    `.xlsx files: ${counter.count.toLocaleString('en-US')} generated cells, ${damagedFiles.toLocaleString('en-US')} damaged files`,
  ),
);

const SAMPLE = createXlsx(buildSampleSheets());
const show = (v: unknown) => JSON.stringify(v);

/** The text a file can hold: half a surrogate pair cannot be written in UTF-8 and becomes U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const storable = (s: string) => s.replace(LONE_SURROGATE, '\uFFFD');

/**
 * Cell text as Excel writes it into XML (ECMA-376 ST_Xstring): a literal "_xHHHH_" and the characters
 * XML cannot carry become _xHHHH_, then &, < and > are escaped. Written here from the standard, not
 * taken from the adapter, so the reader is checked against an independent writer.
 */
function excelXmlText(s: string): string {
  return storable(s)
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[\x00-\x08\x0B\x0C\r\x0E-\x1F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** readXlsx either reads the bytes or says, with XlsxFileError, why it cannot: nothing else escapes. */
function readOrRefuse(bytes: Uint8Array): { kind: string; grid?: WorkbookGrid } {
  try {
    return { kind: 'read', grid: readXlsx(bytes) };
  } catch (e) {
    if (!(e instanceof XlsxFileError)) throw e;
    // "corrupt" wraps whatever a parser threw; a TypeError or RangeError there is our bug, not the file's.
    const cause = (e as Error & { cause?: unknown }).cause;
    check(
      !(cause instanceof TypeError || cause instanceof RangeError || cause instanceof ReferenceError),
      () => `a bug reported as a damaged file: ${String((cause as Error).stack)}`,
    );
    return { kind: e.kind };
  }
}

/** Zips without compressing: these files are read once, and deflating them was most of the run time. */
const storeZip = (files: Record<string, Uint8Array>) => zipSync(files, { level: 0 });

const EXCEL_ERRORS = ['#DIV/0!', '#N/A', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#NULL!', '#SPILL!', '#CALC!'];
/** Runs of rich text: hostile strings, and pieces that spell an _xHHHH_ escape only when joined. */
const run = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.constantFrom('_x', '_x00', '41_', '0041_', '_x0041_', '_x000D_', '=', 'SUM(A1)') },
);
const runs = fc.array(run, { minLength: 1, maxLength: 4 });
const richXml = (parts: string[], phonetic: boolean) =>
  parts.map((t, i) => `<r>${i % 2 ? '<rPr><b/></rPr>' : ''}<t xml:space="preserve">${excelXmlText(t)}</t></r>`).join('') +
  (phonetic ? '<rPh sb="0" eb="1"><t>ヨミ</t></rPh>' : '');
const joined = (parts: string[]): CellValue => (parts.join('') === '' ? null : storable(parts.join('')));

/** A formula as the file spells it, and as Excel shows it (newer functions without their _xlfn. prefix). */
const formulaText = fc.oneof(
  fc.constantFrom<[string, string]>(
    ['SUM(A1:A3)', 'SUM(A1:A3)'],
    ['IF(B1=0,"",A1/B1)', 'IF(B1=0,"",A1/B1)'],
    ['_xlfn.XLOOKUP(1,A1:A2,B1:B2)', 'XLOOKUP(1,A1:A2,B1:B2)'],
    ['1/0', '1/0'],
  ),
  // a string literal holding hostile text (quotes doubled; no control characters, which a formula cannot hold)
  hostileString
    .map((t) =>
      storable(t)
        .replace(/[\x00-\x1F\uFFFE\uFFFF]|_x(?=[0-9A-Fa-f]{4}_)|_xl/g, '')
        .replace(/"/g, '""'),
    )
    .map((t): [string, string] => [`"${t}"&A1`, `"${t}"&A1`]),
);

/** One cell as a file holds it ({ref} and {index} filled in when placed), and what a reader must make of it. */
interface TypedCell {
  xml: string;
  /** Its <si> in the shared string table, for t="s". */
  shared?: string;
  value: CellValue;
  formula: string | null;
}

const typedCell: fc.Arbitrary<TypedCell> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => ({ xml: `<c r="{ref}"><v>${n}</v></c>`, value: n, formula: null })),
  fc.tuple(runs, fc.boolean()).map(([parts, phonetic]) => ({
    xml: `<c r="{ref}" t="inlineStr"><is>${richXml(parts, phonetic)}</is></c>`,
    value: joined(parts),
    formula: null,
  })),
  fc.tuple(runs, fc.boolean()).map(([parts, phonetic]) => ({
    xml: '<c r="{ref}" t="s"><v>{index}</v></c>',
    shared: `<si>${richXml(parts, phonetic)}</si>`,
    value: joined(parts),
    formula: null,
  })),
  fc.tuple(formulaText, hostileString).map(([[f, shown], v]) => ({
    xml: `<c r="{ref}" t="str"><f>${excelXmlText(f)}</f><v>${excelXmlText(v)}</v></c>`,
    value: joined([v]),
    formula: `=${shown}`,
  })),
  fc.boolean().map((b) => ({ xml: `<c r="{ref}" t="b"><v>${b ? 1 : 0}</v></c>`, value: b, formula: null })),
  fc.constantFrom(...EXCEL_ERRORS).map((e) => ({ xml: `<c r="{ref}" t="e"><v>${e}</v></c>`, value: e, formula: null })),
  fc.date({ min: new Date(Date.UTC(1900, 2, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }).map((d) => ({
    xml: `<c r="{ref}" t="d"><v>${d.toISOString().slice(0, 10)}</v></c>`,
    value: Math.floor((d.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000),
    formula: null,
  })),
);

const column = (c: number) => String.fromCharCode(65 + c);

describe('.xlsx files: cells read as written, written text stays text, damaged files refused with a reason', () => {
  it('reads every kind of cell as written: numbers, rich and shared text (phonetic runs left out), errors, booleans, dates, text starting with "="', () => {
    fc.assert(
      fc.property(fc.array(fc.array(typedCell, { minLength: 1, maxLength: 10 }), { minLength: 1, maxLength: 12, size: 'max' }), (rows) => {
        const shared: string[] = [];
        const xml = rows
          .map((cells, r) => {
            const placed = cells.map((c, i) =>
              c.xml.replace('{ref}', `${column(i)}${r + 1}`).replace('{index}', () => String(c.shared ? shared.push(c.shared) - 1 : -1)),
            );
            return `<row r="${r + 1}">${placed.join('')}</row>`;
          })
          .join('');
        const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.join('')}</sst>`;
        const [sheet] = readXlsx(handcraftedWorkbook([{ name: 'S', xml: worksheetXml(xml) }], { sharedStrings: sst })).sheets;
        rows.forEach((cells, r) =>
          cells.forEach((c, i) => {
            counter.add(1);
            const read = { value: sheet.values[r]?.[i] ?? null, formula: sheet.formulas[r]?.[i] ?? null };
            check(read.value === c.value && read.formula === c.formula, () => `${column(i)}${r + 1} ${show(c)} read as ${show(read)}`);
          }),
        );
      }),
      fcOptions(600),
    );
  });

  it('writes any text into a cell as text: read back the same, never a formula (our reader and exceljs)', async () => {
    const samples: { writes: CellWrite[]; bytes: Uint8Array }[] = [];
    fc.assert(
      fc.property(fc.array(hostileString, { minLength: 20, maxLength: 60, size: 'max' }), (texts) => {
        counter.add(texts.length);
        const writes: CellWrite[] = texts.map((value, i) => ({ sheet: INDICATOR_SHEET, row: 100 + i, col: 1 + (i % 7), value }));
        const bytes = patchXlsx(SAMPLE, { writes, sheets: [] });
        const sheet = readXlsx(bytes).sheets.find((s) => s.name === INDICATOR_SHEET)!;
        for (const w of writes) {
          const landed = { value: sheet.values[w.row]?.[w.col] ?? null, formula: sheet.formulas[w.row]?.[w.col] ?? null };
          const expected = { value: w.value === '' ? null : storable(w.value as string), formula: null };
          check(landed.value === expected.value && landed.formula === null, () => `wrote ${show(w.value)}, read back ${show(landed)}`);
        }
        if (samples.length < 20) samples.push({ writes, bytes });
      }),
      fcOptions(200),
    );
    // An independent reader agrees on a sample of the files.
    for (const { writes, bytes } of samples) {
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
          damagedFiles++;
          const { kind } = readOrRefuse(bytes);
          check(['read', 'not-xlsx', 'encrypted', 'legacy-xls', 'corrupt', 'too-large'].includes(kind), () => kind);
        },
      ),
      fcOptions(1_500),
    );
  });

  it('a valid zip with hostile XML, attributes or entries in its parts is read or refused as corrupt, never a crash', () => {
    const parts = unzipSync(SAMPLE);
    const names = Object.keys(parts).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
    const snippets = [
      '<',
      '&bogus;',
      '\u0000',
      ']]>',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
      '<si><r><t>rich</t></r><r><t>text</t></r></si>',
      '<c r="ZZZZ99999999"><v>1</v></c>',
      '<c r="A0"><v>1</v></c>',
      '<c r="1A"><v>1</v></c>',
      '<c t="s"><v>99999</v></c>',
      '<c t="s"><v>-1</v></c>',
      '<c s="99999"><v>1</v></c>',
      '<c t="zz"><v>1</v></c>',
      '<c t="d"><v>not a date</v></c>',
      '<c><v>1e999</v></c>',
      '<c><v>NaN</v></c>',
      '<f t="shared" si="9999"/>',
      '<c><f t="shared" si="x"/></c>',
      '<row r="-1">',
      '<row r="1.5">',
      '<row r="1e9">',
      '<row r="">',
      '<mergeCell ref="A1:XFD1048576"/>',
      '<mergeCell ref="Z9:A1"/>',
      '<mergeCell ref=""/>',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), fc.oneof(fc.constantFrom(...snippets), hostileString), (name, at, junk) => {
        damagedFiles++;
        const text = new TextDecoder().decode(parts[name]);
        const i = at % (text.length + 1);
        const { kind } = readOrRefuse(storeZip({ ...parts, [name]: strToU8(text.slice(0, i) + junk + text.slice(i)) }));
        check(['read', 'corrupt', 'not-xlsx', 'too-large'].includes(kind), () => kind);
      }),
      fcOptions(1_000),
    );
  });

  it('hostile attributes on rows, cells and merges (row numbers, references, styles, types): read and validated, or refused as damaged', () => {
    const parts = unzipSync(SAMPLE);
    const sheetPart = Object.keys(parts).find((n) => new TextDecoder().decode(parts[n]).includes('<mergeCell '))!;
    const xml = new TextDecoder().decode(parts[sheetPart]);
    const attributes = [...xml.matchAll(/<(?:row|c|mergeCell) [^>]*?\b(?:r|s|t|ref)="[^"]*"/g)].map((m) => m.index!);
    const hostileAttr = fc.oneof(
      fc.constantFrom(
        '1.5',
        '0',
        '-1',
        '1e3',
        '1e9',
        '',
        ' 7',
        'NaN',
        '1048577',
        'A',
        'A0',
        'ZZZZ1',
        'XFD1048576',
        'A1:XFD1048576',
        'B2:A1',
        'A1:',
        '$A$1',
        'inlineStr',
        's',
        'e',
        'zz',
        '99999',
        '-5',
      ),
      hostileString.map((t) => t.replace(/[&<"]/g, '').replace(/[\x00-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g, '')),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(), fc.constantFrom('r', 's', 't', 'ref'), hostileAttr), { minLength: 1, maxLength: 6 }),
        (edits) => {
          damagedFiles++;
          let text = xml;
          // edit from the end, so earlier offsets stay valid
          for (const [pick, name, value] of [...edits].sort((a, b) => (b[0] % attributes.length) - (a[0] % attributes.length))) {
            const at = attributes[pick % attributes.length];
            const end = text.indexOf('>', at);
            const tag = text.slice(at, end).replace(new RegExp(`\\b${name}="[^"]*"`), `${name}="${value}"`);
            text = text.slice(0, at) + tag + text.slice(end);
          }
          const { kind, grid } = readOrRefuse(storeZip({ ...parts, [sheetPart]: strToU8(text) }));
          check(['read', 'corrupt', 'too-large'].includes(kind), () => kind);
          if (grid) validateWorkbook(grid);
        },
      ),
      fcOptions(400),
    );
  });

  it('tried at least 25,000 generated cells (counted, not assumed)', () => {
    expect(counter.count).toBeGreaterThanOrEqual(25_000);
  });
});
