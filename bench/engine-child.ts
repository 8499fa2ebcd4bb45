/**
 * The engine alone, in its own process so its memory is its own: the grid as the Office adapter
 * hands it (values, formulas, number formats), then validate, grade and summary over it, as the
 * add-in's pane does. Prints one line of JSON for run-bench.
 */
import { performance } from 'node:perf_hooks';
import { sheetOutputToGrid } from '../src/core/workbook/sheet-output-to-grid';
import { gradeWorkbook } from '../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../src/use-cases/summarise-workbook';
import { boxesWorkbook } from '../src/use-cases/boxes-workbook';
import { trendWorkbook } from '../src/use-cases/trend-workbook';
import { validateWorkbook } from '../src/use-cases/validate-workbook';
import { generateLongSheets, generateSheets } from './generate-workbook';

const rows = Number(process.argv[2]);
// 'long': the same area in the long layout, a row per indicator per year
const layout = process.argv[3] === 'long' ? 'long' : 'wide';
const mib = (bytes: number) => bytes / 1024 / 1024;
const baseline = process.memoryUsage().rss;
const grid = { sheets: (layout === 'long' ? generateLongSheets(rows) : generateSheets(rows)).map(sheetOutputToGrid) };
const gridRss = process.memoryUsage().rss;

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

const [validation, validateMs] = time(() => validateWorkbook(grid));
const [graded, gradeMs] = time(() => gradeWorkbook(grid, { year: 2024 }));
const [summary, summaryMs] = time(() => summariseWorkbook(grid, { year: 2024, previous: 2023 }));
// the other sheets the coordinator builds: a box per project, and the trend over the years
const [boxes, boxesMs] = time(() => boxesWorkbook(grid, { year: 2024 }));
const [trend, trendMs] = time(() => trendWorkbook(grid));
console.log(
  JSON.stringify({
    validateMs,
    gradeMs,
    summaryMs,
    boxesMs,
    trendMs,
    boxCells: boxes.sheet?.cells.length ?? 0,
    trendYears: trend.trend.years.length,
    issues: validation.issues.length,
    cellsToWrite: graded.changed.length,
    items: summary.summary.totals.items,
    startMiB: mib(baseline),
    gridMiB: mib(gridRss - baseline),
    peakMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
