import { cellAddress, columnLetters, parseCellAddress, qualifiedAddress } from '../../../src/core/workbook/cell-address';

describe('cell addresses', () => {
  it('names columns as Excel does', () => {
    expect([0, 5, 25, 26, 27, 51, 52, 701, 702, 16383].map(columnLetters)).toEqual([
      'A',
      'F',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
      'XFD',
    ]);
  });

  it('turns 0-based cells into A1 and back', () => {
    expect(cellAddress(11, 5)).toBe('F12');
    expect(parseCellAddress('F12')).toEqual({ row: 11, col: 5 });
    expect(parseCellAddress('$XFD$1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(parseCellAddress('12F')).toBeUndefined();
  });

  it('qualifies with the sheet name, quoting names with spaces or symbols', () => {
    expect(qualifiedAddress('指標', 11, 5)).toBe('指標!F12');
    expect(qualifiedAddress('成果指標', 8, 13)).toBe('成果指標!N9');
    expect(qualifiedAddress('R6 実績', 0, 0)).toBe("'R6 実績'!A1");
    expect(qualifiedAddress("市's", 0, 0)).toBe("'市''s'!A1");
  });
});
