import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentSecurityPolicy, OFFICE_JS_HOST } from '../../scripts/content-security-policy';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function filesUnder(dir: string, match: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path, match) : match.test(name) ? [path] : [];
  });
}

/** "script-src 'self' https://…" → { 'script-src': ["'self'", 'https://…'] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const TEMPLATES = [
  'src/addin/taskpane/taskpane.html',
  'src/addin/commands/commands.html',
  'src/addin/commands/notification.html',
  'src/playground/playground.html',
];
const sourceFiles = filesUnder(SRC, /\.(ts|tsx)$/);
const code = (file: string) =>
  readFileSync(file, 'utf8')
    // comments may name what the code must not do
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');

describe('Content-Security-Policy of the pages', () => {
  it.each(['office', 'playground', 'help'] as const)('%s: no eval, no inline script, no wildcard or whole-scheme source', (kind) => {
    const d = directives(contentSecurityPolicy(kind));
    const all = Object.values(d).flat();
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    // '*', https:, data:, blob: would each let in more than the pages' own files and office.js
    expect(all.filter((source) => source.includes('*') || /^[a-z][a-z0-9+.-]*:$/.test(source))).toEqual([]);
    expect(d['script-src'] ?? []).not.toContain("'unsafe-inline'");
    expect(d['object-src'] ?? d['default-src']).toEqual(["'none'"]);
    if (kind !== 'help') expect(d['default-src']).toEqual(["'self'"]);
  });

  it('scripts and connections: only the pages’ own files, and office.js’s host on the Office pages', () => {
    const office = directives(contentSecurityPolicy('office'));
    expect(office['script-src']).toEqual(["'self'", OFFICE_JS_HOST]);
    expect(office['connect-src']).toEqual(["'self'", OFFICE_JS_HOST]);
    expect(office['frame-src']).toEqual([OFFICE_JS_HOST]);
    const playground = directives(contentSecurityPolicy('playground'));
    expect(playground['script-src']).toEqual(["'self'"]);
    expect(playground['connect-src']).toEqual(["'self'"]);
    expect(playground['frame-src']).toEqual(["'none'"]);
    expect(directives(contentSecurityPolicy('help'))['script-src']).toBeUndefined(); // default-src 'none'
  });

  it.each(TEMPLATES)('%s puts the policy first in <head>, before any script or style, and has no inline script', (template) => {
    const html = readFileSync(join(ROOT, template), 'utf8');
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    const meta = head.indexOf('<meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>" />');
    expect(meta).toBeGreaterThan(0);
    for (const tag of ['<script', '<style', '<link']) {
      const at = head.indexOf(tag);
      if (at >= 0) expect(at).toBeGreaterThan(meta);
    }
    // every <script> loads a file: none carries code
    for (const script of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? [])
      expect(script).toMatch(/^<script\b[^>]*\ssrc="[^"]+"[^>]*><\/script>$/);
    // the only script from elsewhere is office.js, and the playground has none
    const sources = [...html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(template.includes('playground') ? [] : [`${OFFICE_JS_HOST}/lib/1/hosted/office.js`]);
  });

  it('webpack writes the Office policy into the add-in pages and the playground policy into the playground', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require('../../webpack.config.js') as (
      env: object,
      argv: object,
    ) => Promise<{ plugins: { userOptions?: { filename?: string; csp?: string } }[]; devtool: string }>;
    // the production add-in build warns that SHINCHOKU_BASE_URL is unset: expected here
    const quiet = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const [env, kind] of [
      [{}, 'office'],
      [{ playground: true }, 'playground'],
    ] as const) {
      for (const mode of ['production', 'development']) {
        const config = await configure(env, { mode });
        const pages = config.plugins.filter((p) => p.userOptions?.filename?.endsWith('.html'));
        expect(pages.length).toBeGreaterThan(0);
        for (const page of pages) expect(page.userOptions!.csp).toBe(contentSecurityPolicy(kind));
        // an eval-* source map would break under the policy
        expect(config.devtool).not.toMatch(/eval/);
      }
    }
    quiet.mockRestore();
  });

  it('the help page (copied as is) carries the help policy', () => {
    const html = readFileSync(join(ROOT, 'src/addin/help/help.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)" \/>/.exec(html);
    expect(meta?.[1]).toBe(contentSecurityPolicy('help'));
    expect(html).not.toMatch(/<script\b/);
  });
});

describe('the source', () => {
  it('never parses text as HTML or code', () => {
    const found = sourceFiles.flatMap((file) =>
      /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|new Function|eval\s*\()/.test(
        code(file),
      )
        ? [relative(ROOT, file)]
        : [],
    );
    expect(found).toEqual([]);
  });

  it('makes no network request of its own (the playground opens files with the File API)', () => {
    const found = sourceFiles.flatMap((file) =>
      /\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|navigator\.serviceWorker)/.test(code(file))
        ? [relative(ROOT, file)]
        : [],
    );
    expect(found).toEqual([]);
  });

  it('names no web address but XML namespaces and the development fallback of the notification page', () => {
    const addresses = new Set(sourceFiles.flatMap((file) => code(file).match(/https?:\/\/[^\s'"`)]+/g) ?? []));
    const namespaces = /^http:\/\/(schemas\.openxmlformats\.org|purl\.oclc\.org)\//;
    expect([...addresses].filter((a) => !namespaces.test(a))).toEqual(['https://localhost:3000/commands.html']);
  });

  it('configures zod not to compile with eval before any module that imports it (and so keeps it tree-shaken)', () => {
    const importers = sourceFiles.filter((file) => /from 'zod'/.test(readFileSync(file, 'utf8')));
    expect(importers.length).toBeGreaterThan(5);
    for (const file of importers) {
      const imports = readFileSync(file, 'utf8').match(/^import .*$/gm) ?? [];
      const first = relative(ROOT, file).endsWith('zod-config.ts') ? "import { config } from 'zod';" : imports[0];
      expect({ file: relative(ROOT, file), first }).toEqual({
        file: relative(ROOT, file),
        first: expect.stringMatching(/^import '(\.\/|\.\.\/model\/)zod-config';$|^import \{ config \} from 'zod';$/),
      });
    }
  });
});
