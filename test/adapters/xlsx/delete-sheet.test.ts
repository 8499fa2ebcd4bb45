import { createXlsx, patchXlsx, readXlsx } from '../../../src/adapters/xlsx';
import type { SheetOutput } from '../../../src/core/workbook/cell-grid';
import { editZip, entryText, unzip } from './xlsx-test-helpers';

const sheet = (name: string): SheetOutput => ({
  name,
  cells: [{ row: 0, col: 0, value: name }],
  merges: [],
  columnWidths: [],
  validations: [],
});

/** Three sheets; the third is active, and defined names belong to the second and the third. */
function threeSheets(): Uint8Array {
  return editZip(createXlsx([sheet('A'), sheet('B'), sheet('C')]), {
    'xl/workbook.xml': (xml) =>
      xml
        .replace(/<workbookView([^>]*?)\/>/, '<workbookView$1 activeTab="2" firstSheet="1"/>')
        .replace(/<workbookView(?![^>]*activeTab)([^>]*?)>/, '<workbookView activeTab="2" firstSheet="1"$1>')
        .replace(
          '</sheets>',
          '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">B!$A$1:$B$2</definedName><definedName name="_xlnm.Print_Area" localSheetId="2">C!$A$1:$C$3</definedName><definedName name="全体">A!$A$1</definedName></definedNames>',
        ),
  });
}

describe('deleting an engine-owned sheet from an .xlsx (a restore removing 評価集計)', () => {
  const before = threeSheets();
  const after = patchXlsx(before, { writes: [], sheets: [], deleteSheets: ['B'] });

  it('removes the sheet, its part, relationship and content type, and leaves the others as they were', () => {
    expect(readXlsx(after).sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ['A', 'A'],
      ['C', 'C'],
    ]);
    const parts = Object.keys(unzip(after));
    expect(parts.filter((p) => p.startsWith('xl/worksheets/sheet'))).toHaveLength(2);
    expect(entryText(after, 'xl/_rels/workbook.xml.rels').match(/worksheet"/g)).toHaveLength(2);
    expect(entryText(after, '[Content_Types].xml').match(/worksheet\+xml/g)).toHaveLength(2);
  });

  it('moves the active and first tabs and the sheet-local defined names with the sheets after it', () => {
    const xml = entryText(after, 'xl/workbook.xml');
    expect(xml).toMatch(/activeTab="1"/);
    expect(xml).toMatch(/firstSheet="0"/);
    expect(xml).not.toContain('B!$A$1:$B$2');
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">C!$A$1:$C$3</definedName>');
    expect(xml).toContain('<definedName name="全体">A!$A$1</definedName>');
  });

  it('does nothing for a sheet that is not there', () => {
    const same = patchXlsx(before, { writes: [], sheets: [], deleteSheets: ['Z'] });
    expect(readXlsx(same).sheets.map((s) => s.name)).toEqual(['A', 'B', 'C']);
  });
});
