import { formulasMayRead } from '../../../src/core/workbook/formula-readers';
import { sheetGrid, workbook } from '../../helpers/sheet-grid';

const grade = { writes: [{ sheet: '成果指標', row: 3, col: 11, value: 'A' }], sheets: [] };

function withFormula(sheet: string, formula: string) {
  return workbook(sheetGrid('成果指標', [['指標']]), sheetGrid(sheet, [[1, 2, 3]], { formulas: { C1: formula } }));
}

describe('could a formula read what a run writes (then Excel is asked to recalculate on opening)', () => {
  it('no: no formula anywhere, or only formulas over other sheets’ own cells', () => {
    expect(formulasMayRead(workbook(sheetGrid('成果指標', [['指標']])), grade)).toBe(false);
    expect(formulasMayRead(withFormula('事業一覧', '=SUM(A1:B1)'), grade)).toBe(false);
    expect(formulasMayRead(withFormula('事業一覧', '=IF(A1>0,"済","未")&TRUE'), grade)).toBe(false);
    expect(formulasMayRead(withFormula('事業一覧', "='事業''s'!A1"), grade)).toBe(false);
  });

  it('yes: a formula on the written sheet, one naming it, a defined name, INDIRECT', () => {
    expect(formulasMayRead(withFormula('成果指標', '=A1'), grade)).toBe(true);
    expect(formulasMayRead(withFormula('集計', '=COUNTIF(\'成果指標\'!L:L,"A")'), grade)).toBe(true);
    expect(formulasMayRead(withFormula('集計', '=COUNTIF(成果指標!L4:L60,"A")'), grade)).toBe(true);
    expect(formulasMayRead(withFormula('集計', '=COUNTIF(評価,"A")'), grade)).toBe(true);
    expect(formulasMayRead(withFormula('集計', '=SUM(INDIRECT("L4:L9"))'), grade)).toBe(true);
  });

  it('a summary sheet counts when a formula names it; the hidden restore record never does', () => {
    const summary = { writes: [], sheets: [{ name: '評価集計', cells: [], merges: [], columnWidths: [], validations: [] }] };
    expect(formulasMayRead(withFormula('会議資料', "='評価集計'!B5"), summary)).toBe(true);
    expect(formulasMayRead(withFormula('会議資料', '=A1'), summary)).toBe(false);
    const record = {
      writes: [],
      sheets: [{ name: '進捗_元に戻す', cells: [], merges: [], columnWidths: [], validations: [], hidden: true }],
    };
    expect(formulasMayRead(withFormula('進捗_元に戻す', '=A1'), record)).toBe(false);
  });
});
