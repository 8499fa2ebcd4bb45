import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { columnLetters } from '../../src/core/workbook/cell-address';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { setCell } from '../helpers/sheet-grid';

/** Project 27's FY2024 actual (登録者数 597人, 成果指標!K31) written with its breakdown, as the material prints it. */
function breakdownIssues(actual: string) {
  const grid = sampleGrid();
  setCell(grid, '成果指標', 'K31', actual);
  return validateWorkbook(grid, undefined, 2024).issues.filter((i) => i.code.startsWith('BREAKDOWN'));
}

describe('an actual broken down by municipality is checked against its total', () => {
  it('597人 = 青森市588 + 平内町2 + 今別町4 + 蓬田村3: nothing to say', () => {
    expect(breakdownIssues('597人（青森市588・平内町2・今別町4・蓬田村3）')).toEqual([]);
  });

  it('a breakdown that does not add up is a warning at the cell, with the sum and the actual', () => {
    const [found, ...rest] = breakdownIssues('600人（青森市588・平内町2・今別町4・蓬田村3）');
    expect(rest).toEqual([]);
    expect(found).toMatchObject({ code: 'BREAKDOWN_MISMATCH', severity: 'warning', sheet: '成果指標', cell: 'K31', year: 2024 });
    expect(found.message.ja).toBe(
      '市町村別の内訳（青森市 588、平内町 2、今別町 4、蓬田村 3）の合計 597人 が、実績値 600人 と一致しません。実績値か内訳を確かめてください。',
    );
  });

  it('「うち」 parts may be less than the actual, never more; another unit is another count and is not checked', () => {
    expect(breakdownIssues('110人（うち連携町村14人：平内町4人、今別町9人、蓬田村1人）')).toEqual([]);
    expect(breakdownIssues('10人（うち連携町村14人：平内町4人、今別町9人、蓬田村1人）').map((i) => i.code)).toEqual(['BREAKDOWN_EXCEEDS']);
    expect(breakdownIssues('597人（青森市588団体・平内町2団体）')).toEqual([]);
  });
});

describe('the summary by member municipality (the ○ of the project table)', () => {
  it('counts each town over the projects it takes part in: 蓬田村 without project 5 (売上額, B) has 56 items, 3 B', () => {
    const grid = sampleGrid();
    const { model } = validateWorkbook(grid);
    const five = model.projects.find((p) => p.project.no === 5)!;
    const yomogita = model.projectTable!.municipalities.find((m) => m.name === '蓬田村')!;
    setCell(grid, model.projectSheet!.name, `${columnLetters(yomogita.col)}${five.row + 1}`, null);
    const { summary, sheet } = summariseWorkbook(grid, { year: 2024 });
    expect(summary.towns?.map((t) => [t.name, t.projects, t.items, t.counts.B, t.favorable.count, t.favorable.percent])).toEqual([
      ['平内町', 57, 57, 4, 10, 17.5],
      ['今別町', 57, 57, 4, 10, 17.5],
      ['外ヶ浜町', 57, 57, 4, 10, 17.5],
      ['蓬田村', 56, 56, 3, 9, 16.1],
    ]);
    // the table itself still counts every project
    expect(summary.totals.items).toBe(57);
    const row = sheet!.cells.find((c) => c.value === '蓬田村【56事業】')!.row;
    const counts = sheet!.cells.filter((c) => c.row === row && c.col > 0).map((c) => c.value);
    expect(counts).toEqual([6, 3, 0, 0, 47, 56]);
  });
});
