import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** GNU time (Debian's `time` package) gives a child's peak resident memory, its own children's included. */
const GNU_TIME = '/usr/bin/time';

export interface ProcessFigures {
  ms: number;
  /** Peak resident set size of the process tree, or null without GNU time. */
  peakMiB: number | null;
  exitCode: number;
}

/** Wall time and peak memory of one command run to its end; exit codes in `allowed` are results, others are failures. */
export function measureProcess(command: string, args: string[], allowed: number[] = [0]): ProcessFigures {
  const report = join(tmpdir(), `shinchoku-bench-time-${process.pid}.txt`);
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%M', '-o', report, command, ...args]] : [command, args];
  const start = performance.now();
  let exitCode = 0;
  try {
    execFileSync(file, argv, { stdio: 'ignore' });
  } catch (e) {
    exitCode = (e as { status?: number }).status ?? -1;
    if (!allowed.includes(exitCode)) throw new Error(`${command} ${args.join(' ')} failed with exit code ${exitCode}`);
  }
  const ms = performance.now() - start;
  let peakMiB: number | null = null;
  if (timed) {
    // GNU time reports kilobytes on its last line (a line before it says the exit status when it is not 0)
    const lines = readFileSync(report, 'utf8').trim().split('\n');
    peakMiB = Number(lines[lines.length - 1]) / 1024;
    rmSync(report, { force: true });
  }
  return { ms, peakMiB, exitCode };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
