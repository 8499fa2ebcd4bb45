/**
 * The pane's commands in chromium, the engine a webview runs the pane in (Edge's WebView2 is chromium): its V8
 * compresses pointers, so objects are about half what they are in node. Each command in a browser of its own, on
 * the grid read from the answers file, as command-child runs it in node. Prints one line of JSON for run-bench.
 * The figures: the renderer's resident memory with an empty page and once the grid is read, its peak during the
 * command (Linux resets the peak then: /proc/PID/clear_refs), and the JS heap the command leaves.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import webpack from 'webpack';
import { CHROMIUM, CHROMIUM_ARGS } from '../test/e2e/helpers/chromium';
import { COMMANDS, type CommandName } from './commands';

const [answers, dir] = process.argv.slice(2) as [string, string];
// as the end-to-end tests launch it, with the heap measured exactly and collectable on demand
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];
const mib = (kib: number) => kib / 1024;

declare const shinchokuBench: { loadGrid(url: string): Promise<void>; run(command: CommandName): number };
declare const gc: () => void;

/** webview-entry and the engine in one script, as the pane's bundle holds it. */
function bundle(): Promise<string> {
  const compiler = webpack({
    mode: 'none',
    target: 'web',
    devtool: false,
    entry: join(__dirname, 'webview-entry.js'),
    output: { path: dir, filename: 'webview-bench.js' },
  });
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString('errors-only')));
      else resolve(join(dir, 'webview-bench.js'));
    }),
  );
}

/** VmRSS and VmHWM of a process, in KiB. */
function memory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

/** The browser's renderer processes (its descendants started as renderers). */
function renderers(browser: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // a process that ended while listed
    }
  }
  const descends = (pid: number): boolean => pid > 1 && (parent.get(pid) === browser || descends(parent.get(pid) ?? 0));
  return [...parent.keys()].filter((pid) => {
    if (!descends(pid)) return false;
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
    } catch {
      return false;
    }
  });
}

async function measure(script: string, command: CommandName) {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: ARGS });
  try {
    const browser = await chromium.connect(server.wsEndpoint());
    const page = await browser.newPage();
    await page.route('**/*', (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === '/answers.jsonl') return route.fulfill({ path: answers, contentType: 'text/plain; charset=utf-8' });
      if (pathname === '/bench.js') return route.fulfill({ path: script, contentType: 'text/javascript; charset=utf-8' });
      return route.fulfill({
        body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>',
        contentType: 'text/html; charset=utf-8',
      });
    });
    await page.goto('http://bench.invalid/');
    await page.evaluate(() => gc());
    // the page's renderer: the largest of the browser's once the grid is read
    const empty = new Map(renderers(server.process().pid!).map((pid) => [pid, memory(pid).rss]));
    await page.evaluate(() => shinchokuBench.loadGrid('/answers.jsonl'));
    const gridBytes = await page.evaluate(() => {
      gc();
      return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
    });
    const [pid] = [...empty.keys()].sort((a, b) => memory(b).rss - memory(a).rss);
    const loaded = memory(pid).rss;
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    const ms = await page.evaluate((c) => shinchokuBench.run(c), command);
    const peak = memory(pid).peak;
    const heap = await page.evaluate(() => {
      const { usedJSHeapSize, totalJSHeapSize } = (
        performance as unknown as { memory: { usedJSHeapSize: number; totalJSHeapSize: number } }
      ).memory;
      return { usedJSHeapSize, totalJSHeapSize };
    });
    await browser.close();
    return {
      command,
      ms,
      emptyMiB: mib(empty.get(pid)!),
      gridHeapMiB: gridBytes / 1024 / 1024,
      loadedMiB: mib(loaded),
      peakMiB: mib(peak),
      heapUsedMiB: heap.usedJSHeapSize / 1024 / 1024,
      heapCommittedMiB: heap.totalJSHeapSize / 1024 / 1024,
    };
  } finally {
    await server.close();
  }
}

void (async () => {
  if (!existsSync(CHROMIUM)) return console.log('null');
  const script = await bundle();
  const results = [];
  for (const command of Object.keys(COMMANDS) as CommandName[]) results.push(await measure(script, command));
  console.log(JSON.stringify(results));
})();
