import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { createWorkbookActions } from '../../src/use-cases/workbook-session';
import { MemoryWorkbookPort, sampleGrid } from '../helpers/memory-workbook-port';

describe('what every action reports about the workbook', () => {
  it('names the latest year with actuals, which need not be the last year the sheet has columns for', async () => {
    const grid = sampleGrid();
    const { model } = validateWorkbook(grid);
    const table = model.indicatorTable!;
    const sheet = grid.sheets.find((s) => s.name === model.indicatorSheet!.name)!;
    // FY2024 not reported yet: its actual and grade cells are blank, its target columns stay.
    const blank = table.years.filter((y) => y.year === 2024 && (y.kind === 'actual' || y.kind === 'grade')).map((y) => y.col);
    expect(blank).toHaveLength(2);
    for (let row = table.firstDataRow; row < sheet.values.length; row++)
      for (const col of blank) if (sheet.values[row]) sheet.values[row][col] = null;
    // One FY2023 actual is in.
    const actual2023 = table.years.find((y) => y.year === 2023 && y.kind === 'actual')!.col;
    sheet.values[table.firstDataRow][actual2023] = 12;

    const actions = createWorkbookActions(new MemoryWorkbookPort(grid));
    const result = await actions.validate();
    expect(result.years).toEqual([2023, 2024]);
    expect(result.latestYear).toBe(2023);
    expect((await createWorkbookActions(new MemoryWorkbookPort(sampleGrid())).validate()).latestYear).toBe(2024);
  });
});

describe('what Grade reports is the workbook as written', () => {
  it('a typed grade overwritten by 上書きして評価 no longer shows its warning, and the result agrees with a fresh 検証', async () => {
    const grid = sampleGrid();
    const sheet = grid.sheets.find((s) => s.name === '成果指標')!;
    // L9: 43,698千円 of 50,500千円 is 86.5 %, a B; someone typed D.
    sheet.values[8][11] = 'D';
    const port = new MemoryWorkbookPort(grid);
    const actions = createWorkbookActions(port);
    const before = await actions.validate({ year: 2024 });
    const at = (issues: typeof before.issues) => issues.filter((i) => i.address === '成果指標!L9');
    expect(at(before.issues).map((i) => i.code)).toEqual(['GRADE_DIFFERS']);
    const graded = await actions.grade({ year: 2024, overwrite: true });
    expect(graded.changed.map((c) => c.address)).toContain('成果指標!L9');
    expect(at(graded.issues)).toEqual([]);
    const fresh = await actions.validate({ year: 2024 });
    expect({ errors: graded.errors, warnings: graded.warnings }).toEqual({ errors: fresh.errors, warnings: fresh.warnings });
    expect(graded.issues.map((i) => i.code)).toEqual(fresh.issues.map((i) => i.code));
  });
});
