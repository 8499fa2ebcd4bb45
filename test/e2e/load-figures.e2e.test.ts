import { gzipSync } from 'node:zlib';
import type { Response } from 'playwright-core';
import { sharedPlayground } from './helpers/playground';

const pg = sharedPlayground();
const LOADS = 3;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * Figures, not assertions (issue 4, point 3): the time from navigation to a ready pane
 * (window.__shinchoku.ready) in headless chromium, median of three cold loads, each in a fresh
 * context; and the JavaScript playground.html loads before it is ready, gzipped (level 9, as
 * scripts/bundle-size.js measures the add-in's pages).
 */
describe('Load figures', () => {
  it('measures the first load of playground.html', async () => {
    const wall: number[] = [];
    const sincePageStart: number[] = [];
    const domContentLoaded: number[] = [];
    let scripts: Array<{ url: string; raw: number; gzip: number }> = [];
    for (let i = 0; i < LOADS; i++) {
      const context = await pg.browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'ja-JP' });
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on('response', (r) => {
        if (r.request().resourceType() === 'script') responses.push(r);
      });
      const started = Date.now();
      await page.goto(`${pg.url}playground.html`, { waitUntil: 'commit' });
      // performance.now() counts from the navigation's start, in the page itself.
      const ready = await page.waitForFunction(() => (window.__shinchoku?.ready === true ? performance.now() : 0), undefined, {
        timeout: 60_000,
      });
      wall.push(Date.now() - started);
      sincePageStart.push(await ready.jsonValue());
      domContentLoaded.push(
        await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd),
      );
      if (i === 0) {
        scripts = [];
        for (const r of responses) {
          const body = await r.body();
          scripts.push({ url: new URL(r.url()).pathname, raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
        }
        await pg.shot('ready', page);
      }
      await context.close();
    }
    expect(scripts.length).toBeGreaterThan(0);
    const raw = scripts.reduce((a, s) => a + s.raw, 0);
    const gzip = scripts.reduce((a, s) => a + s.gzip, 0);
    console.log(
      [
        'playground.html load figures (headless chromium, 127.0.0.1):',
        `  navigation → window.__shinchoku.ready: median ${median(wall)} ms of ${wall.join(' / ')} ms (wall clock, Node side)`,
        `  ready measured in the page (performance.now() at detection): median ${median(sincePageStart).toFixed(0)} ms of ${sincePageStart.map((t) => t.toFixed(0)).join(' / ')} ms`,
        `    of which DOMContentLoaded (scripts fetched and run): median ${median(domContentLoaded).toFixed(0)} ms of ${domContentLoaded.map((t) => t.toFixed(0)).join(' / ')} ms`,
        '  initial JavaScript (the scripts the page loads until ready):',
        ...scripts.map((s) => `    ${s.url.padEnd(40)} ${kib(s.raw).padStart(10)}  gzip ${kib(s.gzip).padStart(9)}`),
        `    ${'total'.padEnd(40)} ${kib(raw).padStart(10)}  gzip ${kib(gzip).padStart(9)}`,
      ].join('\n'),
    );
  });
});
