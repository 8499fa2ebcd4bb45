import { streamWrittenSheet } from '../../../src/adapters/xlsx/stream-written-sheet';
import type { SheetPatches } from '../../../src/adapters/xlsx/patch-worksheet';
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
  return new TextDecoder().decode(result.bytes);
}

describe('a sheet written as it streams', () => {
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
