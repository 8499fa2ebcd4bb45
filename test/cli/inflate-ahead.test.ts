import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { generateSheets } from '../../bench/generate-workbook';
import { createXlsx, patchXlsx, readXlsx } from '../../src/adapters/xlsx';
import { XlsxFileError } from '../../src/adapters/xlsx/xlsx-file-error';
import { rawEntryData, readZipDirectory } from '../../src/adapters/xlsx/zip-archive';
import { setZipCodec, zipCodec } from '../../src/adapters/xlsx/zip-codec';
import { inflateAhead, type InflateAhead } from '../../src/cli/inflate-ahead';
import { SLOT, SLOTS } from '../../src/cli/inflate-ring';
import { nodeZipCodec } from '../../src/cli/node-zip-codec';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { unzip } from '../adapters/xlsx/xlsx-test-helpers';

// The built worker, as the command line starts it (npm test builds dist/ first).
const WORKER = join(__dirname, '..', '..', 'dist', 'cli', 'inflate-worker.js');
const INDICATORS = 'xl/worksheets/sheet2.xml';
/** Every part through the thread, however small. */
const ANY_SIZE = { silenceMs: 30_000, fromBytes: 0 };

jest.setTimeout(120_000);

/** Polls until `done` holds (a thread's start is seen from a file it writes). */
async function waitFor(done: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(done()).toBe(true);
}

/** Bytes like a sheet's rows: `n` rows, several slots of the ring in all when n is large. */
function rows(n: number): Buffer {
  const text = Array.from(
    { length: n },
    (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>指標${i % 97}</t></is></c></row>`,
  );
  return Buffer.from(text.join(''));
}

/** What an inflate hands on: the chunks copied as they come (each is valid only during its call), and where `final` was. */
function collect(inflate: InflateAhead, raw: Uint8Array, size: number) {
  const chunks: Buffer[] = [];
  const finals: number[] = [];
  inflate.inflateChunks(raw, size, (chunk, final) => {
    chunks.push(Buffer.from(chunk));
    if (final) finals.push(chunks.length - 1);
  });
  return { bytes: Buffer.concat(chunks), finals, count: chunks.length };
}

/** A worker that fills the ring's first slot with the first `bytes` of `whole`, as the real one would, and then dies. */
function dyingAfterOneSlot(dir: string, whole: Buffer, bytes: number): string {
  const script = join(dir, 'dies-after-one-slot.js');
  const head = join(dir, 'head.bin');
  writeFileSync(head, whole.subarray(0, bytes));
  writeFileSync(
    script,
    `require('node:worker_threads').parentPort.once('message', ({ ring, state }) => {
const head = require('node:fs').readFileSync(${JSON.stringify(head)});
new Uint8Array(ring, 0, head.length).set(head);
Atomics.store(state, 4, head.length); // LENGTHS + slot 0
Atomics.store(state, 1, 1); // PRODUCED
Atomics.add(state, 0, 1); // SEQ
Atomics.notify(state, 0);
process.exit(3);
});
`,
  );
  return script;
}

describe('a part inflated in a second thread as it is written', () => {
  const codec = zipCodec();
  afterEach(() => setZipCodec(codec));

  it('hands on the part in order, slot by slot, and an empty final chunk at its end', () => {
    const whole = rows(60_000);
    expect(whole.length).toBeGreaterThan(SLOTS * SLOT);
    const { bytes, finals, count } = collect(inflateAhead(WORKER, ANY_SIZE)!, deflateRawSync(whole), whole.length);
    // the ring is filled again and again: what was handed on still reads as the part
    expect(bytes.equals(whole)).toBe(true);
    expect(count).toBeGreaterThan(SLOTS);
    expect(finals).toEqual([count - 1]);
  });

  it('inflates a part below the size here, with no thread', () => {
    const whole = rows(100);
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-inflate-'));
    const never = join(dir, 'never-started.js');
    writeFileSync(never, 'process.exit(3);\n');
    // a thread started would die and be waited for: this one is not started at all, so no time passes
    const started = Date.now();
    const { bytes } = collect(
      inflateAhead(never, { silenceMs: 60_000, fromBytes: whole.length + 1 })!,
      deflateRawSync(whole),
      whole.length,
    );
    expect(bytes.equals(whole)).toBe(true);
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('refuses damaged deflate data, and after a reader that throws inflates the next part with a thread of its own', () => {
    const inflate = inflateAhead(WORKER, ANY_SIZE)!;
    const raw = deflateRawSync(rows(60_000));
    const damaged = Buffer.from(raw);
    damaged.fill(0xff, 1000, 2000);
    // the thread says so: it is not waited out (30 s)
    const started = Date.now();
    expect(() => collect(inflate, damaged, 10_000_000)).toThrow();
    expect(Date.now() - started).toBeLessThan(10_000);
    let calls = 0;
    expect(() =>
      inflate.inflateChunks(raw, 10_000_000, () => {
        if (++calls === 2) throw new Error('the reader stops');
      }),
    ).toThrow('the reader stops');
    // the next part is inflated by a thread of its own
    expect(collect(inflate, raw, 10_000_000).bytes.equals(rows(60_000))).toBe(true);
  });

  it('inflates the rest here, once, when the thread dies after handing some of it on, or none can start', () => {
    const whole = rows(60_000);
    const raw = deflateRawSync(whole);
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-inflate-'));
    const dying = dyingAfterOneSlot(dir, whole, 100_003);
    const after = collect(inflateAhead(dying, { silenceMs: 300, fromBytes: 0 })!, raw, whole.length);
    expect(after.bytes.equals(whole)).toBe(true);
    expect(after.finals).toEqual([after.count - 1]);
    const silent = join(dir, 'silent.js');
    writeFileSync(silent, 'process.exit(3);\n');
    expect(collect(inflateAhead(silent, { silenceMs: 300, fromBytes: 0 })!, raw, whole.length).bytes.equals(whole)).toBe(true);
    // Node refuses a worker path that is neither absolute nor ./-relative, as it refuses a thread the machine cannot give
    expect(collect(inflateAhead('package.json', ANY_SIZE)!, raw, whole.length).bytes.equals(whole)).toBe(true);
    expect(inflateAhead(join(dir, 'no-such-worker.js'))).toBeUndefined();
  });

  it('inflates the part here when the thread throws, as one out of memory does, and the error ends nothing', async () => {
    const whole = rows(60_000);
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-inflate-'));
    const throwing = join(dir, 'throwing-worker.js');
    writeFileSync(
      throwing,
      "require('node:worker_threads').parentPort.once('message', () => { throw new Error('the thread gives out'); });\n",
    );
    expect(
      collect(inflateAhead(throwing, { silenceMs: 300, fromBytes: 0 })!, deflateRawSync(whole), whole.length).bytes.equals(whole),
    ).toBe(true);
    // the thread's error is delivered once this one is free: it must find a listener
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('starts the thread when a large part is announced, and gives that thread the part when it comes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-inflate-'));
    const log = join(dir, 'started.log');
    // a thread that says it started, and dies once it is given a part: the part is then inflated here
    const script = join(dir, 'says-it-started.js');
    writeFileSync(
      script,
      `require('node:fs').appendFileSync(${JSON.stringify(log)}, 'started\\n');
require('node:worker_threads').parentPort.once('message', () => process.exit(3));
`,
    );
    const starts = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);
    const whole = rows(1_000);
    const ahead = inflateAhead(script, { silenceMs: 300, fromBytes: 1_000 })!;
    // a part below the size is inflated here: no thread is started for it
    ahead.prepareChunks(999);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(starts()).toBe(0);
    ahead.prepareChunks(whole.length);
    ahead.prepareChunks(whole.length);
    // one thread, for the large part only, started before the part is asked for
    await waitFor(() => starts() === 1);
    expect(collect(ahead, deflateRawSync(whole), whole.length).bytes.equals(whole)).toBe(true);
    // the part went to the thread started: none other was
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(starts()).toBe(1);
  });

  it('grades a workbook with its indicator sheet inflated beside the writing, to the same parts as one thread', () => {
    setZipCodec(nodeZipCodec(undefined));
    const bytes = createXlsx(generateSheets(8_000));
    const changes = gradeWorkbook(readXlsx(bytes), { year: 2024 }).changes;
    const oneThread = unzip(patchXlsx(bytes, changes));
    let asked = 0;
    const ahead = inflateAhead(WORKER, ANY_SIZE)!;
    let prepared = 0;
    setZipCodec(
      nodeZipCodec(undefined, {
        inflateChunks: (raw, size, onChunk) => (asked++, ahead.inflateChunks(raw, size, onChunk)),
        prepareChunks: (size) => (prepared++, ahead.prepareChunks(size)),
      }),
    );
    const twoThreads = unzip(patchXlsx(bytes, changes));
    // one part is streamed into the written file: the indicator sheet, its column put in as it is written; its
    // thread was started before, while the other sheets were searched for references to it
    expect([prepared, asked]).toEqual([1, 1]);
    expect(Object.keys(twoThreads)).toEqual(Object.keys(oneThread));
    for (const name of Object.keys(oneThread)) expect(Buffer.compare(twoThreads[name], oneThread[name])).toBe(0);
  });

  it('says a damaged sheet is damaged when it is streamed into the written file', () => {
    const bytes = createXlsx(generateSheets(2_000));
    const changes = gradeWorkbook(readXlsx(bytes), { year: 2024 }).changes;
    // the indicator sheet's deflate overwritten in its middle, in a copy of the file
    const damaged = Uint8Array.from(bytes);
    const raw = rawEntryData(
      damaged,
      readZipDirectory(damaged).find((e) => e.name === INDICATORS)!,
    );
    raw.fill(0xff, raw.length / 2, raw.length / 2 + 1000);
    setZipCodec(nodeZipCodec(undefined, inflateAhead(WORKER, ANY_SIZE)));
    expect(() => patchXlsx(damaged, changes)).toThrow(XlsxFileError);
    // the same file undamaged is written
    expect(unzip(patchXlsx(bytes, changes))[INDICATORS].length).toBeGreaterThan(0);
  });
});
