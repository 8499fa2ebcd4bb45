/**
 * One command of the add-in's engine in a process of its own, on the grid as the pane holds it (Excel's
 * answers read a sync at a time): the peak is that of the pane running that command, not of the commands
 * before it or of the generator. Prints one line of JSON for run-bench.
 */
import { performance } from 'node:perf_hooks';
import { readAnswers } from './answer-file';
import { checkBeforeWriting } from './check-before-writing';
import { COMMANDS, type CommandName } from './commands';

const [file, command] = process.argv.slice(2) as [string, CommandName];
const mib = (bytes: number) => bytes / 1024 / 1024;
// run with --expose-gc: the grid's own size is the heap it leaves after a full collection
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
collect();
const baseline = process.memoryUsage().heapUsed;
const grid = { sheets: readAnswers(file) };
collect();
const gridMiB = mib(process.memoryUsage().heapUsed - baseline);
const readPeakMiB = process.resourceUsage().maxRSS / 1024;
const start = performance.now();
const result = COMMANDS[command](grid);
const ms = performance.now() - start;
const peakMiB = process.resourceUsage().maxRSS / 1024;
// A grade's write first reads back every cell it expects (500,000 at 100,000 rows): the pane's peak may be there.
const expected = command === 'grade' ? (result as ReturnType<(typeof COMMANDS)['grade']>).changes.expected : undefined;
void (expected ? checkBeforeWriting(grid, expected) : Promise.resolve()).then(() => {
  const checked = expected && { cells: expected.length, peakMiB: process.resourceUsage().maxRSS / 1024 };
  console.log(JSON.stringify({ command, ms, gridMiB, readPeakMiB, peakMiB, checked }));
});
