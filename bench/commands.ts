import type { WorkbookGrid } from '../src/core/workbook/cell-grid';
import { boxesWorkbook } from '../src/use-cases/boxes-workbook';
import { gradeWorkbookChanges } from '../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../src/use-cases/summarise-workbook';
import { trendWorkbook } from '../src/use-cases/trend-workbook';
import { validateWorkbook } from '../src/use-cases/validate-workbook';

/** The pane's commands as the bench runs them, on the generated area (results in 2023 and 2024). */
export const COMMANDS = {
  validate: (grid: WorkbookGrid) => validateWorkbook(grid),
  // as the pane grades (the model may go before the restore point is made)
  grade: (grid: WorkbookGrid) => gradeWorkbookChanges(grid, { year: 2024 }),
  summary: (grid: WorkbookGrid) => summariseWorkbook(grid, { year: 2024, previous: 2023 }),
  // the other sheets the coordinator builds: a box per project, and the trend over the years
  boxes: (grid: WorkbookGrid) => boxesWorkbook(grid, { year: 2024 }),
  trend: (grid: WorkbookGrid) => trendWorkbook(grid),
};

export type CommandName = keyof typeof COMMANDS;
