#!/usr/bin/env node
// The JavaScript each page loads at start (its <script src> tags, office.js aside), raw and gzipped,
// from the production builds: the add-in's pages in dist/addin/ and the playground in
// dist/playground/. Run `npm run build` first.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const DIST = path.resolve(__dirname, '..', 'dist');
const BUILDS = ['addin', 'playground'];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function initialScripts(dir, page) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src));
}

/** { page, scripts: [{ src, raw, gzip }], raw, gzip } for each page of a build directory (gzip level 9). */
function measure(dir) {
  const pages = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.html') && name !== 'help.html')
    .sort();
  return pages.map((page) => {
    const scripts = initialScripts(dir, page).map((src) => {
      const bytes = fs.readFileSync(path.join(dir, src));
      return { src, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    });
    return { page, scripts, raw: scripts.reduce((n, s) => n + s.raw, 0), gzip: scripts.reduce((n, s) => n + s.gzip, 0) };
  });
}

module.exports = { measure };

if (require.main === module) {
  const dirs = BUILDS.map((build) => path.join(DIST, build)).filter((dir) => fs.existsSync(dir));
  if (!dirs.length) {
    console.error('bundle-size: dist/addin/ and dist/playground/ are missing; run `npm run build` first');
    process.exit(2);
  }
  for (const dir of dirs) {
    for (const { page, scripts, raw, gzip } of measure(dir)) {
      console.log(`${path.relative(DIST, dir)}/${page}`);
      for (const s of scripts) console.log(`  ${s.src.padEnd(32)} ${kib(s.raw).padStart(10)}  gzip ${kib(s.gzip).padStart(9)}`);
      console.log(`  ${'initial JavaScript'.padEnd(32)} ${kib(raw).padStart(10)}  gzip ${kib(gzip).padStart(9)}`);
    }
  }
}
