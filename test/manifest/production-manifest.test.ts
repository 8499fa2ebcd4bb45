import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { BASE_URL_VARIABLE, DEV_BASE_URL, normaliseBaseUrl, productionBaseUrl, rewriteManifestUrls } from '../../scripts/manifest-base-url';
import { child, manifestUrls, parseXml, readManifestText } from './manifest-xml';

// The production build's manifest: webpack.config.js copies manifest.xml to dist/addin/ through
// rewriteManifestUrls with the base from SHINCHOKU_BASE_URL.

const PRODUCTION_BASE = 'https://addin.example.jp/shinchoku/';
const devText = readManifestText();
const devUrls = manifestUrls(parseXml(devText));

describe('the production manifest rewrite', () => {
  const productionText = rewriteManifestUrls(devText, PRODUCTION_BASE);
  const productionRoot = parseXml(productionText);
  const productionUrls = manifestUrls(productionRoot);

  it('moves every URL to the production base and leaves none on localhost', () => {
    expect(productionUrls).toHaveLength(devUrls.length);
    productionUrls.forEach(({ where, url }, index) => {
      const dev = devUrls[index];
      expect(where).toBe(dev.where);
      expect(url).not.toBe(dev.url);
      if (where.endsWith('/AppDomain')) expect(url).toBe('https://addin.example.jp');
      else expect(url).toBe(PRODUCTION_BASE + dev.url.slice(DEV_BASE_URL.length));
    });
    expect(productionText).not.toMatch(/localhost/);
    expect(
      productionUrls.every(({ url }) => new URL(url).protocol === 'https:' && new URL(url).origin === 'https://addin.example.jp'),
    ).toBe(true);
  });

  it('changes nothing but the URLs', () => {
    const strip = (text: string): string => text.split(PRODUCTION_BASE).join('§').split('https://addin.example.jp').join('¤');
    const stripDev = (text: string): string => text.split(DEV_BASE_URL).join('§').split(new URL(DEV_BASE_URL).origin).join('¤');
    expect(strip(productionText)).toBe(stripDev(devText));
    expect(child(productionRoot, 'Id').text).toBe(child(parseXml(devText), 'Id').text);
  });

  it('is read by office-addin-manifest with the new addresses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-manifest-'));
    try {
      const file = join(dir, 'manifest.xml');
      writeFileSync(file, productionText);
      const info = await OfficeAddinManifest.readManifestFile(file);
      expect(info.defaultSettings?.sourceLocation).toBe(`${PRODUCTION_BASE}taskpane.html`);
      expect(info.iconUrl).toBe(`${PRODUCTION_BASE}assets/icon-32.png`);
      expect(info.appDomains).toEqual(['https://addin.example.jp']);
      expect(info.hosts).toEqual(['Workbook']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('works for a host root and for a base without its trailing slash', () => {
    const atRoot = manifestUrls(parseXml(rewriteManifestUrls(devText, 'https://shinchoku.example.lg.jp')));
    expect(atRoot.find(({ where }) => where.startsWith('OfficeApp/DefaultSettings/SourceLocation'))?.url).toBe(
      'https://shinchoku.example.lg.jp/taskpane.html',
    );
    const noSlash = rewriteManifestUrls(devText, 'https://addin.example.jp/shinchoku');
    expect(noSlash).toBe(productionText);
  });

  it('escapes a base URL for XML and keeps the manifest well formed', () => {
    const text = rewriteManifestUrls(devText, 'https://addin.example.jp/a&b/');
    const urls = manifestUrls(parseXml(text));
    expect(urls.find(({ where }) => where.startsWith('OfficeApp/DefaultSettings/SourceLocation'))?.url).toBe(
      'https://addin.example.jp/a&b/taskpane.html',
    );
  });
});

describe('the base URL', () => {
  it('must be absolute https without a query or fragment', () => {
    expect(normaliseBaseUrl(' https://addin.example.jp/x ')).toBe('https://addin.example.jp/x/');
    expect(normaliseBaseUrl('https://ADDIN.example.jp:443/')).toBe('https://addin.example.jp/');
    expect(() => normaliseBaseUrl('http://addin.example.jp/')).toThrow(/https/);
    expect(() => normaliseBaseUrl('addin.example.jp/shinchoku')).toThrow(BASE_URL_VARIABLE);
    expect(() => normaliseBaseUrl('https://addin.example.jp/?v=1')).toThrow(/query/);
    expect(() => normaliseBaseUrl('https://user:pw@addin.example.jp/')).toThrow(/credentials/);
    expect(() => rewriteManifestUrls(devText, 'http://addin.example.jp/')).toThrow(/https/);
  });

  it(`comes from ${BASE_URL_VARIABLE}, and is absent when the variable is unset or empty`, () => {
    expect(BASE_URL_VARIABLE).toBe('SHINCHOKU_BASE_URL');
    expect(productionBaseUrl({})).toBeUndefined();
    expect(productionBaseUrl({ SHINCHOKU_BASE_URL: '  ' })).toBeUndefined();
    expect(productionBaseUrl({ SHINCHOKU_BASE_URL: 'https://addin.example.jp/shinchoku' })).toBe(PRODUCTION_BASE);
    expect(() => productionBaseUrl({ SHINCHOKU_BASE_URL: 'http://addin.example.jp/' })).toThrow(/https/);
  });

  it('the development base is https://localhost:3000/', () => {
    expect(DEV_BASE_URL).toBe('https://localhost:3000/');
    expect(rewriteManifestUrls(devText, DEV_BASE_URL)).toBe(devText);
  });
});
