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
