#!/usr/bin/env node
// The JavaScript each add-in page loads at start (its <script src> tags, office.js aside), raw and
// gzipped, from the production build in dist/addin/. Run `npm run build` first.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const dir = path.resolve(__dirname, '..', 'dist', 'addin');
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

function initialScripts(page) {
  const html = fs.readFileSync(path.join(dir, page), 'utf8');
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((src) => !/^https?:/.test(src));
}

if (!fs.existsSync(dir)) {
  console.error('bundle-size: dist/addin/ is missing; run `npm run build` first');
  process.exit(2);
}
const pages = fs.readdirSync(dir).filter((name) => name.endsWith('.html') && name !== 'help.html').sort();
for (const page of pages) {
  let raw = 0;
  let gzip = 0;
  console.log(page);
  for (const src of initialScripts(page)) {
    const bytes = fs.readFileSync(path.join(dir, src));
    const gz = zlib.gzipSync(bytes, { level: 9 }).length;
    raw += bytes.length;
    gzip += gz;
    console.log(`  ${src.padEnd(32)} ${kib(bytes.length).padStart(10)}  gzip ${kib(gz).padStart(9)}`);
  }
  console.log(`  ${'initial JavaScript'.padEnd(32)} ${kib(raw).padStart(10)}  gzip ${kib(gzip).padStart(9)}`);
}
