/**
 * npm run bench: throughput of the engine in memory, and the command line on a real .xlsx against
 * the time the same library needs to only read and write that workbook. Figures are printed, never
 * asserted: this machine is noisy, so compare ratios from one run.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createXlsx, patchXlsx, readXlsx } from '../src/adapters/xlsx';
import { INDICATOR_SHEET } from '../src/core/layout/standard-workbook';
import { sheetOutputToGrid } from '../src/core/workbook/sheet-output-to-grid';
import { gradeWorkbook } from '../src/use-cases/grade-workbook';
import { summariseWorkbook } from '../src/use-cases/summarise-workbook';
import { validateWorkbook } from '../src/use-cases/validate-workbook';
import { generateSheets } from './generate-workbook';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);

function time<T>(fn: () => T): [T, number] {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
}

function rate(rows: number, ms: number): string {
  return `${Math.round(rows / (ms / 1000)).toLocaleString('en-US')} rows/s`;
}

const sheets = generateSheets(ROWS);
const grid = { sheets: sheets.map(sheetOutputToGrid) };

console.log(
  `# Shinchoku benchmark: ${ROWS.toLocaleString('en-US')} indicator rows (${Math.ceil(ROWS / 2).toLocaleString('en-US')} projects)`,
);
const [validation, validateMs] = time(() => validateWorkbook(grid));
const [graded, gradeMs] = time(() => gradeWorkbook(grid, { year: 2024 }));
const [summary, summaryMs] = time(() => summariseWorkbook(grid, { year: 2024, previous: 2023 }));
const engineMs = validateMs + gradeMs + summaryMs;
console.log(`in memory  validate ${validateMs.toFixed(0)} ms (${rate(ROWS, validateMs)}), ${validation.issues.length} issues`);
console.log(`in memory  grade    ${gradeMs.toFixed(0)} ms (${rate(ROWS, gradeMs)}), ${graded.changed.length} cells to write`);
console.log(`in memory  summary  ${summaryMs.toFixed(0)} ms (${rate(ROWS, summaryMs)}), ${summary.summary.totals.items} items`);
console.log(`in memory  all three ${engineMs.toFixed(0)} ms (${rate(ROWS, engineMs)})`);

const dir = mkdtempSync(join(tmpdir(), 'shinchoku-bench-'));
const book = join(dir, 'bench.xlsx');
const [bytes, createMs] = time(() => createXlsx(sheets));
writeFileSync(book, bytes);
console.log(`xlsx       written ${(bytes.length / 1024 / 1024).toFixed(1)} MiB in ${createMs.toFixed(0)} ms`);

// The floor: the same library reading the file and writing it back with one cell of the indicator
// sheet rewritten as it was, so the sheet's XML and the zip are rebuilt as a grade rebuilds them.
const [, ioMs] = time(() => {
  const input = new Uint8Array(readFileSync(book));
  const read = readXlsx(input);
  const indicators = read.sheets.find((s) => s.name === INDICATOR_SHEET)!;
  const same = { sheet: indicators.name, row: 0, col: 0, value: indicators.values[0][0] };
  writeFileSync(join(dir, 'copy.xlsx'), patchXlsx(input, { writes: [same], sheets: [] }));
});
const cli = join(__dirname, '..', '..', 'dist', 'cli', 'main.js');
const [, cliMs] = time(() => {
  try {
    execFileSync(process.execPath, [cli, 'grade', book, '--year', '2024', '-o', join(dir, 'graded.xlsx')], { stdio: 'ignore' });
  } catch (e) {
    // Exit 1 means validation errors in the generated data, which the bench does not plant; anything else is fatal.
    if ((e as { status?: number }).status !== 1) throw e;
  }
});
const [, nodeMs] = time(() => execFileSync(process.execPath, ['-e', '0']));
console.log(`xlsx       read + write only  ${ioMs.toFixed(0)} ms`);
console.log(`cli        shinchoku grade    ${cliMs.toFixed(0)} ms (${rate(ROWS, cliMs)}; node start-up alone ${nodeMs.toFixed(0)} ms)`);
console.log(`ratio      grade / (read + write) = ${(cliMs / ioMs).toFixed(2)}`);
