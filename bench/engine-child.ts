/**
 * The engine alone, in its own process: the grid as the Office adapter hands it (values, formulas,
 * number formats), then validate, grade, summary, boxes and trend over it, one report at a time, as
 * the add-in's pane does. Prints one line of JSON for run-bench: times only (the generator's peak is in
 * this process; command-child.ts measures the pane's memory).
 */
import { performance } from 'node:perf_hooks';
import { COMMANDS } from './commands';
import { generateLongSheets, generateSheets } from './generate-workbook';
import { officeGrid } from './office-grid';

const rows = Number(process.argv[2]);
// 'long': the same area in the long layout, a row per indicator per year
const layout = process.argv[3] === 'long' ? 'long' : 'wide';
const grid = { sheets: (layout === 'long' ? generateLongSheets(rows) : generateSheets(rows)).map(officeGrid) };

/** A command's time and the figures kept from its report: as in the pane, the report goes once it is shown. */
function time<T, F>(fn: () => T, figures: (report: T) => F): F & { ms: number } {
  const start = performance.now();
  const report = fn();
  return { ms: performance.now() - start, ...figures(report) };
}

const validation = time(
  () => COMMANDS.validate(grid),
  (r) => ({ issues: r.issues.length }),
);
const grade = time(
  () => COMMANDS.grade(grid),
  (r) => ({ cellsToWrite: r.changed.length }),
);
const summary = time(
  () => COMMANDS.summary(grid),
  (r) => ({ items: r.summary.totals.items }),
);
const boxes = time(
  () => COMMANDS.boxes(grid),
  (r) => ({ cells: r.sheet?.cells.length ?? 0 }),
);
const trend = time(
  () => COMMANDS.trend(grid),
  (r) => ({ years: r.trend.years.length }),
);
console.log(
  JSON.stringify({
    validateMs: validation.ms,
    gradeMs: grade.ms,
    summaryMs: summary.ms,
    boxesMs: boxes.ms,
    trendMs: trend.ms,
    boxCells: boxes.cells,
    trendYears: trend.years,
    issues: validation.issues,
    cellsToWrite: grade.cellsToWrite,
    items: summary.items,
  }),
);
