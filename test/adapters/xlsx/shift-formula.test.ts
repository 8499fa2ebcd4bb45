import { shiftFormula } from '../../../src/adapters/xlsx/shift-formula';

describe('shiftFormula (shared formulas)', () => {
  it.each([
    ['B2/C2', 1, 0, 'B3/C3'],
    ['$B$2+B$2+$B2', 2, 1, '$B$2+C$2+$B4'],
    ['SUM(A1:A3)*LOG10(A1)', 1, 1, 'SUM(B2:B4)*LOG10(B2)'],
    ["'指標 1'!A1+指標!B2", 1, 0, "'指標 1'!A2+指標!B3"],
    ['IF(A1="A1",A1,"")', 1, 0, 'IF(A2="A1",A2,"")'],
    ['SUM(A:A)+SUM(2:3)', 1, 1, 'SUM(B:B)+SUM(3:4)'],
    ['Table1[実績]+A1', 1, 0, 'Table1[実績]+A2'],
    ['_xlfn.XLOOKUP(A1,B:B,C:C)', 0, 1, '_xlfn.XLOOKUP(B1,C:C,D:D)'],
    ['1.5E+3*A1', 1, 0, '1.5E+3*A2'],
    ['A1', -1, 0, '#REF!'],
  ])('%s moved by (%i, %i) is %s', (formula, dRow, dCol, expected) => {
    expect(shiftFormula(formula, dRow, dCol)).toBe(expected);
  });
});
