import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSheets } from '../../bench/generate-workbook';
import { createXlsx, readXlsx, XlsxFileError } from '../../src/adapters/xlsx';
import { ELSEWHERE_MIN_BYTES, type SheetsElsewhere } from '../../src/adapters/xlsx/read-xlsx';
import { readSharedFile } from '../../src/cli/shared-file';
import { sheetsInWorker } from '../../src/cli/sheets-in-worker';
import { editZip, entryText, handcraftedWorkbook, worksheetXml } from '../adapters/xlsx/xlsx-test-helpers';

// The built worker, as the command line starts it (npm test builds dist/ first).
const WORKER = join(__dirname, '..', '..', 'dist', 'cli', 'sheet-read-worker.js');
const PROJECTS = 'xl/worksheets/sheet1.xml';
const INDICATORS = 'xl/worksheets/sheet2.xml';

jest.setTimeout(60_000);

/** The worker, with the parts it was given to read. */
function counted(): { elsewhere: SheetsElsewhere; asked: string[][] } {
  const inWorker = sheetsInWorker(WORKER)!;
  const asked: string[][] = [];
  return {
    asked,
    elsewhere: (bytes, parts, maxCells, sharedStrings) => (asked.push([...parts]), inWorker(bytes, parts, maxCells, sharedStrings)),
  };
}

/** Breaks the XML of a part in its middle, keeping its size (so it is still read in the second thread). */
const broken = (text: string) => `${text.slice(0, text.length / 2)}<broken${text.slice(text.length / 2)}`;

describe('a large workbook read in two threads', () => {
  // 14,000 indicators: a project sheet of about 6 MB of XML beside an indicator sheet of about 10 MB
  const bytes = createXlsx(generateSheets(14_000));

  it('gives the grid one thread gives, the smaller sheet read in the worker', () => {
    expect(entryText(bytes, PROJECTS).length).toBeGreaterThan(ELSEWHERE_MIN_BYTES);
    const { elsewhere, asked } = counted();
    const twoThreads = readXlsx(bytes, { elsewhere });
    expect(asked).toEqual([[PROJECTS]]);
    expect(twoThreads).toEqual(readXlsx(bytes));
    expect(twoThreads.sheets.map((s) => s.values.length)).toEqual([7003, 14003]);
    // the rows the worker's sheet shares come back shared, and frozen again (the copy between threads unfreezes them)
    const projects = twoThreads.sheets[0];
    expect(projects.numberFormats[5]).toBe(projects.numberFormats[4]);
    expect(projects.formulas[5]).toBe(projects.formulas[4]);
    expect([projects.numberFormats[4], projects.formulas[4]].map(Object.isFrozen)).toEqual([true, true]);
  });

  it('refuses what one thread refuses, and names the first broken sheet in the workbook order', () => {
    const cases = [
      editZip(bytes, { [PROJECTS]: broken }),
      editZip(bytes, { [INDICATORS]: broken }),
      editZip(bytes, {
        [PROJECTS]: broken,
        [INDICATORS]: (text) => text.replace('<sheetData>', '<sheetData><row r="0"><c r="XFE1"/></row>'),
      }),
    ];
    for (const file of cases) {
      const one = error(() => readXlsx(file));
      const two = error(() => readXlsx(file, { elsewhere: counted().elsewhere }));
      expect(two).toBeInstanceOf(XlsxFileError);
      expect([two.kind, two.message]).toEqual([one.kind, one.message]);
    }
  });

  it('counts the cells of both threads against the one budget', () => {
    const cells = readXlsx(bytes).sheets.reduce((n, s) => n + s.values.flat().filter((v) => v !== null).length, 0);
    const both = error(() => readXlsx(bytes, { maxCells: cells - 1, elsewhere: counted().elsewhere }));
    expect(both.kind).toBe('too-large');
    expect(readXlsx(bytes, { maxCells: cells + 1000, elsewhere: counted().elsewhere }).sheets).toHaveLength(2);
  });

  it('reads the sheets itself when the worker dies without a word', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-worker-'));
    const dying = join(dir, 'dying-worker.js');
    writeFileSync(dying, 'process.exit(3);\n');
    const elsewhere = sheetsInWorker(dying, 200)!;
    expect(readXlsx(bytes, { elsewhere })).toEqual(readXlsx(bytes));
  });

  it('reads the sheets itself when the worker throws, as one out of memory does, and the error ends nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-worker-'));
    const throwing = join(dir, 'throwing-worker.js');
    writeFileSync(throwing, "throw new Error('the thread gives out');\n");
    const elsewhere = sheetsInWorker(throwing, 200)!;
    expect(readXlsx(bytes, { elsewhere })).toEqual(readXlsx(bytes));
    // the thread's error is delivered once this one is free: it must find a listener
    await new Promise((resolve) => setTimeout(resolve, 300));
  });

  it('reads the sheets itself when no thread can be started', () => {
    // Node refuses a worker path that is neither absolute nor ./-relative, as it refuses a thread the machine cannot give
    const elsewhere = sheetsInWorker('package.json')!;
    expect(elsewhere).toBeDefined();
    expect(readXlsx(bytes, { elsewhere })).toEqual(readXlsx(bytes));
  });

  it('reads a file in shared memory where it is: the worker is given the same bytes, not a copy', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shinchoku-shared-'));
    const path = join(dir, 'book.xlsx');
    writeFileSync(path, bytes);
    const shared = readSharedFile(path);
    expect(shared.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(Buffer.from(shared).equals(Buffer.from(bytes))).toBe(true);
    const { elsewhere, asked } = counted();
    expect(readXlsx(shared, { elsewhere })).toEqual(readXlsx(bytes));
    expect(asked).toEqual([[PROJECTS]]);

    // a worker that zeroes the first byte it is given, then posts no cells: the caller sees it only in shared memory
    const marking = join(dir, 'marking-worker.js');
    writeFileSync(
      marking,
      "const { workerData: job } = require('node:worker_threads');\n" +
        'job.bytes[0] = 0;\n' +
        'job.port.postMessage({ cells: [], spent: { cells: 0, slots: 0 } });\n' +
        'Atomics.store(job.signal, 0, 1);\n' +
        'Atomics.notify(job.signal, 0);\n',
    );
    const marks = sheetsInWorker(marking)!;
    const own = readSharedFile(path);
    marks(own, [], 10, [])();
    const plain = new Uint8Array(bytes);
    marks(plain, [], 10, [])();
    expect([own[0], plain[0]]).toEqual([0, bytes[0]]);

    writeFileSync(join(dir, 'empty.xlsx'), '');
    expect(readSharedFile(join(dir, 'empty.xlsx'))).toHaveLength(0);
  });

  it('gives the worker the shared strings this thread read: it reads no shared strings part of its own', () => {
    // two sheets of 70,000 rows (5 MB of XML each), each row's text from a table of 1,000 strings (some in rich runs, as LibreOffice writes)
    const items = Array.from({ length: 1000 }, (_, i) =>
      i % 3 ? `<si><t>事業${i}</t></si>` : `<si><r><rPr><sz val="11"/></rPr><t>連携事業</t></r><r><t>${i}</t></r></si>`,
    );
    const table = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1000" uniqueCount="1000">${items.join('')}</sst>`;
    const rows = (offset: number) =>
      Array.from(
        { length: 70_000 },
        (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>${(r + offset) % 1000}</v></c><c r="B${r + 1}"><v>${r}</v></c></row>`,
      ).join('');
    const book = handcraftedWorkbook(
      [
        { name: '事業', xml: worksheetXml(rows(0)) },
        { name: '指標', xml: worksheetXml(rows(7)) },
      ],
      { sharedStrings: table },
    );
    const one = readXlsx(book);
    expect(one.sheets[0].values[3]).toEqual(['連携事業3', 3]);
    const { elsewhere, asked } = counted();
    expect(readXlsx(book, { elsewhere })).toEqual(one);
    // the second sheet is the lighter by a few bytes: the worker's
    expect(asked).toEqual([['xl/worksheets/sheet2.xml']]);
    // the worker's strings are the ones it is given, marked here: its sheet shows them, this thread's its own
    const inWorker = sheetsInWorker(WORKER)!;
    const marked = readXlsx(book, {
      elsewhere: (b, parts, max, strings) =>
        inWorker(
          b,
          parts,
          max,
          strings.map((t) => `*${t}`),
        ),
    });
    expect(marked.sheets[1].values[3]).toEqual(['*事業10', 3]);
    expect(marked.sheets[0]).toEqual(one.sheets[0]);
  });

  it('is not started for a small workbook, nor without a built worker', () => {
    const { elsewhere, asked } = counted();
    readXlsx(createXlsx(generateSheets(200)), { elsewhere });
    expect(asked).toEqual([]);
    expect(sheetsInWorker(join(__dirname, 'no-such-worker.js'))).toBeUndefined();
  });
});

function error(run: () => unknown): XlsxFileError {
  try {
    run();
  } catch (e) {
    return e as XlsxFileError;
  }
  throw new Error('expected the workbook to be refused');
}
