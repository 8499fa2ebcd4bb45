import { sameCellValue } from '../../../src/core/workbook/expected-cells';
import { withWrites } from '../../../src/core/workbook/with-writes';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';

describe('two cell values are the same as Excel keeps them', () => {
  it('numbers to 15 significant digits: a rate written and read back from a file is no conflict', () => {
    expect(sameCellValue(1.0257731958762886, 1.025773195876289)).toBe(true);
    expect(sameCellValue(0.1 + 0.2, 0.3)).toBe(true);
    expect(sameCellValue(1.025773, 1.025774)).toBe(false);
    expect(sameCellValue(null, '')).toBe(true);
    expect(sameCellValue(0, null)).toBe(false);
    expect(sameCellValue('1', 1)).toBe(false);
  });
});

describe('the grid once writes have landed', () => {
  it('holds the written values and formats, no formula where a value was written, and leaves the grid read alone', () => {
    const grid = workbook(
      sheetGrid(
        'S',
        [
          [1, 2],
          [3, 4],
        ],
        { formulas: { B1: '=A1*2' } },
      ),
      sheetGrid('T', [['x']]),
    );
    const after = withWrites(grid, [
      { sheet: 'S', row: 0, col: 1, value: 'A' },
      { sheet: 'S', row: 2, col: 0, value: 0.5, numberFormat: '0.0%' },
    ]);
    expect(after.sheets[0].values).toEqual([[1, 'A'], [3, 4], [0.5]]);
    expect(after.sheets[0].formulas[0][1]).toBeNull();
    expect(after.sheets[0].numberFormats[2][0]).toBe('0.0%');
    expect(grid.sheets[0].values[0][1]).toBe(2);
    expect(grid.sheets[0].formulas[0][1]).toBe('=A1*2');
    expect(after.sheets[1]).toBe(grid.sheets[1]);
  });
});
