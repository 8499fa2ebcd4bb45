import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlaygroundServer, type RunningPlaygroundServer } from '../../scripts/serve-playground';

/** A raw GET (fetch would normalise "/../"), with the status, headers and body. */
function get(origin: string, path: string, method = 'GET'): Promise<{ status: number; type: string; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), location: res.headers.location, body }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve-playground.js', () => {
  let root: string;
  let running: RunningPlaygroundServer;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'shinchoku-playground-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'playground.html'), '<!doctype html><title>進捗評価</title>');
    writeFileSync(join(root, 'playground.0123abcd.js'), 'console.log(1)');
    writeFileSync(join(root, 'assets', 'icon-32.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(tmpdir(), 'shinchoku-secret.txt'), 'secret');
    running = await startPlaygroundServer(0, { root });
  });

  afterAll(async () => {
    await running.close();
    rmSync(root, { recursive: true, force: true });
    rmSync(join(tmpdir(), 'shinchoku-secret.txt'), { force: true });
  });

  it('serves the page on 127.0.0.1 at /playground.html, and / leads there', async () => {
    expect(running.url).toBe(`http://127.0.0.1:${running.port}/playground.html`);
    const page = await get(running.origin, '/playground.html');
    expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>進捗評価</title>' });
    expect(await get(running.origin, '/')).toMatchObject({ status: 302, location: '/playground.html' });
    expect(await get(running.origin, '/playground.0123abcd.js')).toMatchObject({ status: 200, type: 'text/javascript; charset=utf-8' });
    expect(await get(running.origin, '/assets/icon-32.png')).toMatchObject({ status: 200, type: 'image/png' });
    expect(await get(running.origin, '/playground.html', 'HEAD')).toMatchObject({ status: 200, body: '' });
  });

  it('serves nothing outside its folder and nothing but GET and HEAD', async () => {
    expect((await get(running.origin, '/missing.js')).status).toBe(404);
    expect((await get(running.origin, '/../shinchoku-secret.txt')).status).toBe(404);
    expect((await get(running.origin, '/%2e%2e/shinchoku-secret.txt')).status).toBe(404);
    expect((await get(running.origin, '/%E0%A4%A')).status).toBe(404);
    expect((await get(running.origin, '/assets')).status).toBe(404);
    expect((await get(running.origin, '/playground.html', 'POST')).status).toBe(405);
  });

  it('refuses to start without a build, or on a port in use; closes with a callback too', async () => {
    await expect(startPlaygroundServer(0, { root: join(root, 'assets') })).rejects.toThrow(/npm run build:playground/);
    await expect(startPlaygroundServer(running.port, { root })).rejects.toThrow(/in use/);
    const second = await startPlaygroundServer(0, { root });
    await new Promise<void>((resolve) => void second.close(() => resolve()));
    await expect(get(second.origin, '/playground.html')).rejects.toThrow();
  });
});
