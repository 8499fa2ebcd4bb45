import { moveColumnsInWorksheet } from '../../../src/adapters/xlsx/move-columns';
import { moveColumnsInFormula } from '../../../src/adapters/xlsx/shift-formula';
import { movedColumn } from '../../../src/core/workbook/move-grid-columns';

const insertM = { sheet: '成果指標', at: 12, delta: 1 }; // a column before M
const deleteM = { sheet: '成果指標', at: 12, delta: -1 }; // column M taken out

describe('moveColumnsInFormula: references as Excel rewrites them when columns go in or out', () => {
  it.each([
    ['L5/J5', 'L5/J5'],
    ['M5*2', 'N5*2'],
    ['$M$5+$A1', '$N$5+$A1'],
    ['SUM(J5:M5)', 'SUM(J5:N5)'],
    ['SUM(M:M)', 'SUM(N:N)'],
    ['SUM(5:5)', 'SUM(5:5)'],
    ['COUNTIF(成果指標!M4:M60,"A")', 'COUNTIF(成果指標!N4:N60,"A")'],
    ["'成果指標'!M4+事業一覧!M4", "'成果指標'!N4+事業一覧!M4"],
    ['"M5"&M5', '"M5"&N5'],
    ['[1]成果指標!M5', '[1]成果指標!M5'],
    ['Sheet1:成果指標!M5', 'Sheet1:成果指標!M5'],
    ['LOG10(M5)', 'LOG10(N5)'],
  ])('on the sheet itself, inserting before M: %s → %s', (before, after) => {
    expect(moveColumnsInFormula(before, insertM, '成果指標')).toBe(after);
  });

  it('leaves other sheets’ unqualified references alone, and moves their references to the sheet', () => {
    expect(moveColumnsInFormula('M5+成果指標!M5', insertM, '評価集計')).toBe('M5+成果指標!N5');
  });

  it('takes a column out: ranges shrink, a cell taken out is #REF!, columns right of it come back', () => {
    expect(moveColumnsInFormula('N5*2', deleteM, '成果指標')).toBe('M5*2');
    expect(moveColumnsInFormula('M5*2', deleteM, '成果指標')).toBe('#REF!*2');
    expect(moveColumnsInFormula('SUM(J5:N5)', deleteM, '成果指標')).toBe('SUM(J5:M5)');
    expect(moveColumnsInFormula('SUM(M5:M9)', deleteM, '成果指標')).toBe('SUM(#REF!)');
    expect(moveColumnsInFormula('SUM(M5:N9)', deleteM, '成果指標')).toBe('SUM(M5:M9)');
  });

  it('moves a column index the same way', () => {
    expect([11, 12, 13].map((c) => movedColumn(c, insertM))).toEqual([11, 13, 14]);
    expect([11, 12, 13].map((c) => movedColumn(c, deleteM))).toEqual([11, undefined, 12]);
  });
});

describe('moveColumnsInWorksheet: column widths written with an end tag', () => {
  const sheet = (cols: string) =>
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>${cols}</cols><sheetData/></worksheet>`;
  const moved = (xml: string, move: typeof insertM) => {
    const result = moveColumnsInWorksheet(xml, 'sheet.xml', '成果指標', move, { moved: true }).xml;
    return typeof result === 'string' ? result : result.join('');
  };

  it('gives the new column a width of its own after the element, not inside it', () => {
    const xml = sheet('<col min="12" max="12" width="9"></col><col min="13" max="13" width="24"/>');
    expect(moved(xml, insertM)).toBe(
      sheet('<col min="12" max="12" width="9"></col><col min="13" max="13" width="9"/><col min="14" max="14" width="24"/>'),
    );
  });

  it('takes the whole element out with its column', () => {
    const xml = sheet('<col min="13" max="13" width="9"></col><col min="14" max="14" width="24"/>');
    expect(moved(xml, deleteM)).toBe(sheet('<col min="13" max="13" width="24"/>'));
  });
});
