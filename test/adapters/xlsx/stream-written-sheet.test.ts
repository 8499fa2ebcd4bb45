import { contentBytes } from '../../../src/adapters/xlsx/zip-writer';
import { streamWrittenSheet } from '../../../src/adapters/xlsx/stream-written-sheet';
import type { CellPatch, SheetPatches } from '../../../src/adapters/xlsx/patch-worksheet';
import { scannerEvents } from './xml-event-log';

const PART = 'xl/worksheets/sheet1.xml';
const styles = () => ({ xfWithNumberFormat: () => 7 });

/** The sheet written with B3 = 42, streamed in pieces of `size` characters. */
function written(xml: string, size: number): string {
  const patches: SheetPatches = new Map([[2, new Map([[1, { value: 42 }]])]]);
  const feed = (onText: (text: string) => void) => {
    for (let at = 0; at < xml.length; at += size) onText(xml.slice(at, at + size));
  };
  const result = streamWrittenSheet(PART, { feed, size: xml.length }, patches, styles, (tail) => tail);
  return new TextDecoder().decode(contentBytes(result.written));
}

describe('a sheet written as it streams', () => {
  it('gives the cells of a shared formula whose first cell is written their own formulas, from rows read whole as from events', () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>' +
      '</sheetData></worksheet>';
    // B1 is written over; row 2 has no write, row 3 one in another column
    const patches: SheetPatches = new Map([
      [0, new Map<number, CellPatch>([[1, { value: 'x' }]])],
      [2, new Map<number, CellPatch>([[0, { value: 9 }]])],
    ]);
    const write = (wholeRows: boolean) => {
      const feed = (onText: (text: string) => void) => onText(xml);
      const result = streamWrittenSheet(PART, { feed, size: xml.length }, patches, styles, (tail) => tail, undefined, wholeRows);
      return `${new TextDecoder().decode(contentBytes(result.written))} formulas: ${result.formulas}`;
    };
    expect(write(true)).toContain('<c r="B2"><f>A2*2</f><v>4</v></c>');
    expect(write(true)).toContain('<c r="B3"><f>A3*2</f><v>6</v></c>');
    expect(write(true)).toContain('formulas: true');
    expect(write(true)).toBe(write(false));
  });

  it('writes into the columns an insert styles, and into a self-closing row, the same from rows moved whole as from their events', () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      '<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2" spans="1:8"/><row r="3"><c r="A3"><v>1</v></c></row>' +
      '</sheetData></worksheet>';
    // C1 is the second of the two styled cells the insert puts in row 1; row 2 has no cells yet
    const patches: SheetPatches = new Map([
      [0, new Map([[2, { value: 7 }]])],
      [1, new Map([[2, { value: 42 }]])],
    ]);
    const moved = { part: PART, name: 'S', move: { sheet: 'S', at: 1, delta: 2 } };
    const write = (wholeRows: boolean) => {
      const feed = (onText: (text: string) => void) => onText(xml);
      return new TextDecoder().decode(
        contentBytes(streamWrittenSheet(PART, { feed, size: xml.length }, patches, styles, (tail) => tail, moved, wholeRows).written),
      );
    };
    expect(write(true)).toBe(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" s="3"><v>1</v></c><c r="B1" s="3"/><c r="C1" s="3"><v>7</v></c><c r="D1"><v>2</v></c></row>' +
        '<row r="2"><c r="C2"><v>42</v></c></row><row r="3"><c r="A3"><v>1</v></c></row></sheetData></worksheet>',
    );
    expect(write(true)).toBe(write(false));
  });

  it('grows a <dimension> written after the cells where it stands', () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>' +
      '<dimension ref="A1"/></worksheet>';
    for (const size of [1, 7, xml.length]) {
      const out = written(xml, size);
      expect(out).toContain('<row r="3"><c r="B3"><v>42</v></c></row></sheetData><dimension ref="A1:B3"/></worksheet>');
      expect(() => scannerEvents(out)).not.toThrow();
    }
  });

  it('grows a <dimension> before the cells over what it wrote, the rows written as they close', () => {
    const xml =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1"/><sheetData>' +
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4"><v>4</v></c></row></sheetData></worksheet>';
    for (const size of [1, 5, xml.length]) {
      expect(written(xml, size)).toBe(
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:B3"/><sheetData>' +
          '<row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3"><v>42</v></c></row><row r="4"><c r="A4"><v>4</v></c></row></sheetData></worksheet>',
      );
    }
  });
});
