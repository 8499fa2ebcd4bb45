import { cellBudget, readWorksheetText } from '../../../src/adapters/xlsx/read-worksheet';
import { sameRowAs, sharedNullRow } from '../../../src/core/workbook/null-row';
import { withWrites } from '../../../src/core/workbook/with-writes';
import type { SheetGrid } from '../../../src/core/workbook/cell-grid';

const read = (rows: string): SheetGrid => {
  const xml = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;
  const ctx = { sharedStrings: [], formatsByXf: [null, '0.0%'], date1904: false, budget: cellBudget(1000) };
  return { name: 'S', ...readWorksheetText((onText) => onText(xml), 'sheet.xml', ctx) };
};

describe('rows of nulls shared by a grid', () => {
  it('is one frozen row per length, and none for a row with a cell in it', () => {
    const shared = sharedNullRow([null, null]);
    expect(shared).toEqual([null, null]);
    expect(Object.isFrozen(shared)).toBe(true);
    expect(sharedNullRow<string>([null, null])).toBe(shared);
    expect(sharedNullRow([null, null, null])).not.toBe(shared);
    expect(sharedNullRow([null, 'x'])).toBeUndefined();
  });

  it('stands for every formula row of a sheet without formulas, read from a file', () => {
    const grid = read(
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2" s="1"><v>4</v></c></row>',
    );
    expect(grid.formulas[0]).toBe(grid.formulas[1]);
    expect(grid.numberFormats[1]).toEqual([null, '0.0%']);
    expect(Object.isFrozen(grid.numberFormats[1])).toBe(false);
  });

  it('is not written into when a row number comes twice: the row gets arrays of its own', () => {
    const grid = read(
      '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="1"><c r="B1"><f>A1*2</f><v>2</v></c></row>',
    );
    expect(grid.values).toEqual([[1, 2], [2]]);
    expect(grid.formulas).toEqual([[null, '=A1*2'], [null]]);
  });

  it('is copied, not written, when a write lands in its row', () => {
    const grid = read('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>');
    const shared = grid.formulas[0];
    const after = withWrites({ sheets: [grid] }, [{ sheet: 'S', row: 0, col: 0, value: 5, numberFormat: '0.0%' }]).sheets[0];
    expect(after.values).toEqual([[5], [2]]);
    expect(after.numberFormats).toEqual([['0.0%'], [null]]);
    expect(shared).toEqual([null]);
    expect(grid.numberFormats[1]).toBe(shared);
  });

  it('is the row before for a row of the same cells, frozen once shared; a row that differs keeps its own', () => {
    const previous = ['#,##0', null];
    expect(sameRowAs(['#,##0', null, null], previous)).toBeUndefined();
    expect(sameRowAs(['0.0%', null], previous)).toBeUndefined();
    expect(Object.isFrozen(previous)).toBe(false);
    expect(sameRowAs(['#,##0', null], previous)).toBe(previous);
    expect(Object.isFrozen(previous)).toBe(true);
    expect(sameRowAs(['#,##0'], undefined)).toBeUndefined();
  });

  it('stands for every row of a column of formats down a table, read from a file, and is copied when written', () => {
    const row = (r: number, format: string) =>
      `<row r="${r}"><c r="A${r}" s="1"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>${format}</t></is></c></row>`;
    const grid = read(`${row(1, 'a')}${row(2, 'b')}<row r="3"><c r="A3"><v>3</v></c></row>${row(4, 'c')}`);
    expect(grid.numberFormats).toEqual([['0.0%', null], ['0.0%', null], [null], ['0.0%', null]]);
    expect(grid.numberFormats[1]).toBe(grid.numberFormats[0]);
    expect(Object.isFrozen(grid.numberFormats[0])).toBe(true);
    // a row of other formats between them: the next row has its own again
    expect(grid.numberFormats[3]).not.toBe(grid.numberFormats[0]);
    const after = withWrites({ sheets: [grid] }, [{ sheet: 'S', row: 1, col: 1, value: 0.5, numberFormat: '0%' }]).sheets[0];
    expect(after.numberFormats.slice(0, 2)).toEqual([
      ['0.0%', null],
      ['0.0%', '0%'],
    ]);
    expect(grid.numberFormats[1]).toEqual(['0.0%', null]);
  });
});
