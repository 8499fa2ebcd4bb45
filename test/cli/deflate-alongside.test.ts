import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { generateSheets } from '../../bench/generate-workbook';
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { rawEntryData, readZipDirectory } from '../../src/adapters/xlsx/zip-archive';
import { DEFLATE_BESIDE_FROM, setZipCodec, zipCodec } from '../../src/adapters/xlsx/zip-codec';
import { XlsxPackage } from '../../src/adapters/xlsx/xlsx-package';
import { partSink } from '../../src/adapters/xlsx/part-sink';
import { deflateAlongside } from '../../src/cli/deflate-alongside';
import { nodeZipCodec } from '../../src/cli/node-zip-codec';
import { INDICATOR_SHEET } from '../../src/core/layout/standard-workbook';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { unzip } from '../adapters/xlsx/xlsx-test-helpers';

// The built worker, as the command line starts it (npm test builds dist/ first).
const WORKER = join(__dirname, '..', '..', 'dist', 'cli', 'deflate-worker.js');
const INDICATORS = 'xl/worksheets/sheet2.xml';

jest.setTimeout(120_000);

/** Bytes that look like a sheet's rows, `n` of them. */
function rows(from: number, n: number): Uint8Array {
  const text = Array.from(
    { length: n },
    (_, i) => `<row r="${from + i}"><c r="A${from + i}" t="inlineStr"><is><t>指標${i % 97}</t></is></c></row>`,
  );
  return new TextEncoder().encode(text.join(''));
}

const joined = (...parts: Uint8Array[]) => Buffer.concat(parts);

/** 8,000 indicators (an indicator sheet of about 5.5 MB, past the 4 MiB a thread is started for), graded, and the file one thread writes. */
function gradedInOneThread() {
  setZipCodec(nodeZipCodec(undefined));
  const bytes = createXlsx(generateSheets(8_000));
  const changes = gradeWorkbook(readXlsx(bytes), { year: 2024 }).changes;
  return { bytes, changes, oneThread: patchXlsx(bytes, changes) };
}

/** The same parts, byte for byte, in the same order. */
function expectSameParts(file: Uint8Array, expected: Uint8Array): void {
  const [got, want] = [unzip(file), unzip(expected)];
  expect(Object.keys(got)).toEqual(Object.keys(want));
  for (const name of Object.keys(want)) expect(Buffer.compare(got[name], want[name])).toBe(0);
}

describe('a sheet deflated in a second thread as it is written', () => {
  const codec = zipCodec();
  afterEach(() => setZipCodec(codec));

  it('makes one deflate stream of the head, deflated here, and the bytes pushed to the worker', () => {
    const start = deflateAlongside(WORKER)!;
    const part = start(3)!;
    const body = [rows(1, 20_000), rows(20_001, 1), rows(20_002, 30_000)];
    for (const bytes of body) part.push(bytes);
    // what was pushed is the worker's own: the writer fills the same memory again
    body[0].fill(0x20);
    const head = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><worksheet><sheetData>');
    const deflated = part.finish(head)!;
    const whole = joined(head, rows(1, 20_000), rows(20_001, 1), rows(20_002, 30_000));
    // Buffer's equals: a deep comparison of 4 MB takes seconds
    expect(inflateRawSync(deflated).equals(whole)).toBe(true);
  });

  it('grades a sheet past the size, deflated beside the writing, to the same parts as one thread', () => {
    const { bytes, changes, oneThread } = gradedInOneThread();
    const start = deflateAlongside(WORKER)!;
    let started = 0;
    setZipCodec(nodeZipCodec((level) => (started++, start(level))));
    const twoThreads = patchXlsx(bytes, changes);
    expect(started).toBe(1);
    // the indicator sheet's deflate is another stream (two pieces): fflate inflates it to the same bytes as zlib
    // does, and our reader, which checks every part's checksum, to the same cells
    const raw = (file: Uint8Array) =>
      rawEntryData(
        file,
        readZipDirectory(file).find((e) => e.name === INDICATORS)!,
      );
    expect(Buffer.compare(raw(twoThreads), raw(oneThread))).not.toBe(0);
    expectSameParts(twoThreads, oneThread);
    const graded = readXlsx(twoThreads);
    // compared as text: a deep comparison of thousands of rows takes minutes
    expect(JSON.stringify(graded)).toBe(JSON.stringify(readXlsx(oneThread)));
    expect(graded.sheets.find((s) => s.name === INDICATOR_SHEET)!.values).toHaveLength(8_003);
  });

  it('deflates a large part written whole beside this thread, and lets go of a deflate the part outgrew', () => {
    const start = deflateAlongside(WORKER)!;
    const begun: string[] = [];
    setZipCodec(
      nodeZipCodec((level) => {
        const part = start(level)!;
        const n = begun.push('started');
        return { ...part, cancel: () => ((begun[n - 1] = 'cancelled'), part.cancel()) };
      }),
    );
    const pkg = XlsxPackage.openWorkbook(createXlsx(generateSheets(50)));
    const big = rows(1, 60_000);
    expect(big.length).toBeGreaterThan(DEFLATE_BESIDE_FROM);
    pkg.writeBytes('xl/worksheets/sheet9.xml', rows(1, 10));
    pkg.writeBytes('xl/worksheets/sheet8.xml', big);
    pkg.writeBytes('xl/worksheets/sheet7.xml', big);
    pkg.writeBytes('xl/worksheets/sheet7.xml', rows(7, 1));
    pkg.writeBytes('xl/worksheets/sheet6.xml', big);
    pkg.delete('xl/worksheets/sheet6.xml');
    const written = pkg.toBytes();
    // written again, the package gives the same file: the deflate made beside is kept
    expect(Buffer.from(pkg.toBytes()).equals(Buffer.from(written))).toBe(true);
    const file = unzip(written);
    // the small part is never sent; the rewritten and the deleted ones are let go
    expect(begun).toEqual(['started', 'cancelled', 'cancelled']);
    expect(Buffer.from(file['xl/worksheets/sheet8.xml']).equals(big)).toBe(true);
    expect(Buffer.from(file['xl/worksheets/sheet7.xml']).equals(rows(7, 1))).toBe(true);
    expect(file['xl/worksheets/sheet6.xml']).toBeUndefined();
  });

  it('keeps a sheet deflated beside its writing as its deflate alone, read again and zipped as the same bytes', () => {
    setZipCodec(nodeZipCodec(deflateAlongside(WORKER)));
    const body = [rows(1, 40_000), rows(40_001, 40_000)];
    const out = partSink(DEFLATE_BESIDE_FROM, 64);
    for (const bytes of body) out.sink.write(new TextDecoder().decode(bytes));
    const packed = out.finish('<worksheet>')!;
    const whole = joined(new TextEncoder().encode('<worksheet>'), ...body);
    // not the bytes: their deflate, the CRC-32 and size the zip says of them
    expect(packed).not.toBeInstanceOf(Uint8Array);
    const pkg = XlsxPackage.openWorkbook(createXlsx(generateSheets(50)));
    pkg.writeBytes(INDICATORS, packed);
    expect(pkg.uncompressedSize(INDICATORS)).toBe(whole.length);
    expect(Buffer.from(pkg.readBytes(INDICATORS)).equals(whole)).toBe(true);
    const streamed: string[] = [];
    pkg.streamText(INDICATORS, (text) => streamed.push(text));
    expect(streamed.join('')).toBe(new TextDecoder().decode(whole));
    // our reader checks every part's CRC-32 against its bytes; zlib inflates the entry to them
    const file = pkg.toBytes();
    const entry = readZipDirectory(file).find((e) => e.name === INDICATORS)!;
    expect(entry.size).toBe(whole.length);
    expect(inflateRawSync(rawEntryData(file, entry)).equals(whole)).toBe(true);
    expect(Buffer.from(XlsxPackage.open(file).readBytes(INDICATORS)).equals(whole)).toBe(true);
  });

  it('writes a sheet again, kept whole, when the deflate beside gives out after taking its bytes', () => {
    const { bytes, changes, oneThread } = gradedInOneThread();
    const start = deflateAlongside(WORKER)!;
    let pushed = 0;
    setZipCodec(
      nodeZipCodec((level) => {
        const part = start(level)!;
        // takes the bytes, and then has nothing to give
        return { ...part, push: (b) => ((pushed += b.length), part.push(b)), finish: () => (part.cancel(), undefined) };
      }),
    );
    const gaveOut = patchXlsx(bytes, changes);
    expect(pushed).toBeGreaterThan(DEFLATE_BESIDE_FROM);
    expectSameParts(gaveOut, oneThread);
  });

  it('leaves the part to be deflated whole when the worker dies, throws (as one out of memory does), or none can start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-deflate-'));
    for (const [name, script] of [
      ['dying-worker.js', 'process.exit(3);\n'],
      ['throwing-worker.js', "throw new Error('the thread gives out');\n"],
    ]) {
      writeFileSync(join(dir, name), script);
      const part = deflateAlongside(join(dir, name), 200)!(3)!;
      part.push(rows(1, 100));
      expect(part.finish(new Uint8Array(0))).toBeUndefined();
    }
    // a thread's error is delivered once this one is free: it must find a listener, or it ends the command
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Node refuses a worker path that is neither absolute nor ./-relative, as it refuses a thread the machine cannot give
    expect(deflateAlongside('package.json')!(3)).toBeUndefined();
    expect(deflateAlongside(join(dir, 'no-such-worker.js'))).toBeUndefined();
  });
});
