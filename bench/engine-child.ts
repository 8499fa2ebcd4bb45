/**
 * The engine alone, in its own process so its memory is its own: the grid as the Office adapter
 * hands it (values, formulas, number formats), then validate, grade, summary, boxes and trend over
 * it, one report at a time, as the add-in's pane does. Prints one line of JSON for run-bench.
 */
import { performance } from 'node:perf_hooks';
import { gradeWorkbook } from '../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../src/use-cases/summarise-workbook';
import { boxesWorkbook } from '../src/use-cases/boxes-workbook';
import { trendWorkbook } from '../src/use-cases/trend-workbook';
import { validateWorkbook } from '../src/use-cases/validate-workbook';
import { generateLongSheets, generateSheets } from './generate-workbook';
import { officeGrid } from './office-grid';

const rows = Number(process.argv[2]);
// 'long': the same area in the long layout, a row per indicator per year
const layout = process.argv[3] === 'long' ? 'long' : 'wide';
const mib = (bytes: number) => bytes / 1024 / 1024;
// run with --expose-gc: the grid's own size is the heap it leaves after a full collection
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
collect();
const baseline = process.memoryUsage();
// built in a function of its own: the generated sheets, left in the caller's registers, would count as the grid
const buildGrid = () => ({ sheets: (layout === 'long' ? generateLongSheets(rows) : generateSheets(rows)).map(officeGrid) });
const grid = buildGrid();
collect();
const gridHeap = process.memoryUsage().heapUsed - baseline.heapUsed;
// building the grid (the generated sheets, Office's answer) has its own peak: said apart from the engine's
const buildPeak = process.resourceUsage().maxRSS / 1024;

/** A command's time and the figures kept from its report: as in the pane, the report goes once it is shown. */
function time<T, F>(fn: () => T, figures: (report: T) => F): F & { ms: number } {
  const start = performance.now();
  const report = fn();
  return { ms: performance.now() - start, ...figures(report) };
}

const validation = time(
  () => validateWorkbook(grid),
  (r) => ({ issues: r.issues.length }),
);
const grade = time(
  () => gradeWorkbook(grid, { year: 2024 }),
  (r) => ({ cellsToWrite: r.changed.length }),
);
const summary = time(
  () => summariseWorkbook(grid, { year: 2024, previous: 2023 }),
  (r) => ({ items: r.summary.totals.items }),
);
// the other sheets the coordinator builds: a box per project, and the trend over the years
const boxes = time(
  () => boxesWorkbook(grid, { year: 2024 }),
  (r) => ({ cells: r.sheet?.cells.length ?? 0 }),
);
const trend = time(
  () => trendWorkbook(grid),
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
    startMiB: mib(baseline.rss),
    gridMiB: mib(gridHeap),
    buildPeakMiB: buildPeak,
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
