/**
 * One command of the add-in's engine in a process of its own, on the grid as the pane holds it (Excel's
 * answers read a sync at a time): the peak is that of the pane running that command, not of the commands
 * before it or of the generator. Prints one line of JSON for run-bench.
 */
import { performance } from 'node:perf_hooks';
import { readAnswers } from './answer-file';
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
COMMANDS[command](grid);
const ms = performance.now() - start;
console.log(JSON.stringify({ command, ms, gridMiB, readPeakMiB, peakMiB: process.resourceUsage().maxRSS / 1024 }));
