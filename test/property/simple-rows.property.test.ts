import fc from 'fast-check';
import { createXlsx } from '../../src/adapters/xlsx';
import { cellBudget, readWorksheetText, type WorksheetReadContext } from '../../src/adapters/xlsx/read-worksheet';
import * as simpleRow from '../../src/adapters/xlsx/simple-row';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { strFromU8 } from 'fflate';
import { unzip } from '../adapters/xlsx/xlsx-test-helpers';
import { fcOptions } from './hostile-cells';

/**
 * Rows read whole from their text (readSimpleRow) against the same rows read from the scanner's events: on
 * every sheet, cut into chunks anywhere, the two give the same cells, or refuse the file with the same words.
 * The rows are mostly of the shapes Excel writes, with the changes that must send a row back to the scanner
 * (rich text, a space, an unknown entity, a CR, a quote of the other kind, a name twice, a cut-off tag, a file cut
 * short); formulas and references are read whole.
 */

const context = (): WorksheetReadContext => ({
  sharedStrings: ['共有', 'b', ''],
  formatsByXf: [null, '0.0%', null, 'yyyy/m/d'],
  date1904: false,
  budget: cellBudget(10_000),
});

type Outcome = { cells: string } | { refused: string };

function read(xml: string, cuts: number[], wholeRows: boolean): Outcome {
  const chunks: string[] = [];
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    chunks.push(xml.slice(at, Math.max(at, cut)));
    at = Math.max(at, cut);
  }
  chunks.push(xml.slice(at));
  try {
    const cells = readWorksheetText((onText) => chunks.filter((c) => c !== '').forEach(onText), 'sheet.xml', context(), wholeRows);
    return { cells: JSON.stringify(cells) };
  } catch (e) {
    const cause = (e as { cause?: unknown }).cause;
    return { refused: `${(e as Error).message} / ${cause instanceof Error ? cause.message : ''}` };
  }
}

const attrValue = fc.constantFrom(
  '1',
  '3',
  '',
  '007',
  '1.5',
  'x',
  '0',
  '12345678901',
  'A1',
  '$B$2',
  'XFE1',
  'a&amp;b',
  'a\tb',
  '1:5',
  '0.25',
);
const cellType = fc.constantFrom(undefined, 's', 'n', 'str', 'inlineStr', 'b', 'e', 'd', 'z');
const text = fc.constantFrom(
  '',
  '12',
  '0',
  '-1.5e3',
  '青森 ',
  'true',
  '1',
  '_x0041_',
  '2024-04-01',
  '#N/A',
  'a&amp;b',
  'x\r\ny',
  'a>b',
  ' ',
);

/** A change that sends the row back to the scanner, or a break that makes the sheet refused. */
const oddity = fc.constantFrom(
  '<f>A1&amp</f>',
  '<f>A1 & 1</f>',
  '<f t="shared" si="&amp;"/>',
  '<is><r><t>a</t></r></is>',
  ' ',
  '\n',
  '<v/>',
  '<x:v>1</x:v>',
  '<extLst/>',
  '<!-- c -->',
  '<![CDATA[1]]>',
  '<v>1</c>',
  '<v>1',
  '</row>',
  '<c',
  '&bogus;',
);

const cellFields = {
  ref: fc.option(fc.constantFrom('A', 'B', 'C', 'AA', '$D$', 'XFD', ''), { nil: undefined }),
  style: fc.option(attrValue, { nil: undefined }),
  type: cellType,
  content: fc.constantFrom('none', 'empty', 'value', 'inline', 'preserve'),
};
/** A cell as Excel writes it, or one with anything in it. */
const plainCell = fc.record({
  ...cellFields,
  text: fc.constantFrom('', '12', '0', '-1.5e3', '青森 ', 'true', '_x0041_', '2024-04-01', '#N/A', 'a&amp;b', '&#x41;&lt;'),
  quote: fc.constant('"'),
  extra: fc.constantFrom('', ' cm="1"'),
  // a formula Excel writes: plain, a shared one's first cell and the cells that follow it, with references
  oddity: fc.constantFrom(
    undefined,
    undefined,
    undefined,
    '<f>A1+1</f>',
    '<f t="shared" ref="B1:B9" si="0">A1*2</f>',
    '<f t="shared" si="0"/>',
    '<f>IF(A1&gt;=1,&quot;A&quot;,"B")</f>',
    '<f ca="1">NOW()</f>',
    '<f></f>',
    '<f t="array" ref="C1:C2">A1:A2</f>',
  ),
});
const anyCell = fc.record({
  ...cellFields,
  // past XFD: the sheet is refused
  ref: fc.option(fc.constantFrom('A', 'XFE', ''), { nil: undefined }),
  text,
  quote: fc.constantFrom('"', "'"),
  extra: fc.constantFrom('', '', ' cm="1"', ' r="B9"', ' s = "1"'),
  oddity: fc.option(oddity, { nil: undefined }),
});

const cell = fc.oneof({ arbitrary: plainCell, weight: 20 }, { arbitrary: anyCell, weight: 1 }).map((c) => (row: number) => {
  const q = c.quote;
  const attrs = [
    c.ref === undefined ? '' : ` r=${q}${c.ref}${c.ref === '' ? '' : row}${q}`,
    c.style === undefined ? '' : ` s=${q}${c.style}${q}`,
    c.type === undefined ? '' : ` t=${q}${c.type}${q}`,
    c.extra,
  ].join('');
  const body =
    c.content === 'value'
      ? `<v>${c.text}</v>`
      : c.content === 'inline'
        ? `<is><t>${c.text}</t></is>`
        : c.content === 'preserve'
          ? `<is><t xml:space="preserve">${c.text}</t></is>`
          : '';
  const inner = (c.oddity ?? '') + body;
  return c.content === 'none' && inner === '' ? `<c${attrs}/>` : `<c${attrs}>${inner}</c>`;
});

const row = fc
  .record({
    r: fc.oneof({ arbitrary: fc.constant(undefined), weight: 6 }, { arbitrary: fc.constantFrom('', '0', '1.5', 'x', '2'), weight: 1 }),
    attrs: fc.constantFrom('', ' spans="1:5"', ' spans="1:5" x14ac:dyDescent="0.25"', ' ht="20.25" customHeight="1"'),
    cells: fc.array(cell, { maxLength: 6 }),
    selfClosing: fc.boolean(),
  })
  .map((r) => (n: number) => {
    const number = r.r === undefined ? String(n) : r.r;
    const open = `<row r="${number}"${r.attrs}`;
    if (r.selfClosing && r.cells.length === 0) return `${open}/>`;
    return `${open}>${r.cells.map((c) => c(n)).join('')}</row>`;
  });

const sheet = fc
  .array(row, { maxLength: 8 })
  .map(
    (rows) =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<sheetData>${rows.map((r, i) => r(i + 1)).join('')}</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`,
  );

describe('worksheet rows read whole from their text', () => {
  it('give the same cells, or the same refusal, as the rows read from events, however the text is cut', () => {
    const spy = jest.spyOn(simpleRow, 'readSimpleRow');
    let rowsWhole = 0;
    let refused = 0;
    let read0 = 0;
    fc.assert(
      fc.property(
        sheet,
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.oneof({ arbitrary: fc.constant(null), weight: 6 }, { arbitrary: fc.nat(), weight: 1 }),
        (whole, cuts, shortAt) => {
          // now and then a file cut short
          const xml = shortAt === null ? whole : whole.slice(0, shortAt % whole.length);
          const at = cuts.map((c) => c % (xml.length + 1));
          const expected = read(xml, at, false);
          read0 = spy.mock.results.length;
          const actual = read(xml, at, true);
          rowsWhole += spy.mock.results.slice(read0).filter((r) => r.type === 'return' && (r.value as number) >= 0).length;
          if ('refused' in expected) refused++;
          expect(actual).toEqual(expected);
        },
      ),
      fcOptions(3_000),
    );
    spy.mockRestore();
    // the comparison is not empty: many rows were read whole, and many sheets refused
    expect(rowsWhole).toBeGreaterThan(3_000);
    expect(refused).toBeGreaterThan(300);
  });

  it('give the sample workbook every sheet as read from events, most of its rows read whole', () => {
    const files = unzip(createXlsx(buildSampleSheets()));
    const sheets = Object.keys(files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(2);
    const spy = jest.spyOn(simpleRow, 'readSimpleRow');
    for (const part of sheets) {
      const xml = strFromU8(files[part]);
      expect(read(xml, [xml.length >> 1], true)).toEqual(read(xml, [xml.length >> 1], false));
    }
    expect(spy.mock.results.filter((r) => r.type === 'return' && (r.value as number) >= 0).length).toBeGreaterThan(100);
    spy.mockRestore();
  });
});
