import { strToU8, zipSync } from 'fflate';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createXlsx, readXlsx, XlsxFileError } from '../../src/adapters/xlsx';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { handcraftedWorkbook, makeTempDir, worksheetXml } from '../adapters/xlsx/xlsx-test-helpers';
import { runCli } from '../helpers/run-cli';

// Builds, reads and runs the command line on a 1,000,000-cell file: longer than jest's 5 s default.
jest.setTimeout(180_000);

const dir = makeTempDir();
const ROWS = 100_000;
const COLS = 10;
const FIXTURES = join(__dirname, 'fixtures');
const measured: string[] = [];
afterAll(() => console.log(`large files: ${measured.join('; ')}`));

/** A sheet of 100,000 rows × 10 numbers: 1,000,000 cells, written as XML directly (fast). */
function millionCellWorkbook(): Uint8Array {
  const letters = 'ABCDEFGHIJ';
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    let cells = '';
    for (let c = 0; c < COLS; c++) cells += `<c r="${letters[c]}${r}"><v>${r * COLS + c}</v></c>`;
    rows.push(`<row r="${r}">${cells}</row>`);
  }
  return handcraftedWorkbook([{ name: 'big', xml: worksheetXml(rows.join('')) }]);
}

function oneLineOnStderr(args: string[]): { code: number; lines: string[] } {
  const r = runCli(args);
  return { code: r.code, lines: r.stderr.trim().split('\n') };
}

describe('a 1,000,000-cell sheet and files over the 5,000,000-cell limit', () => {
  const big = millionCellWorkbook();
  const bigPath = join(dir, 'million.xlsx');
  writeFileSync(bigPath, big);

  it('reads every one of 1,000,000 cells within the limit, in seconds', () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const sheet = readXlsx(big).sheets[0];
    const seconds = (performance.now() - started) / 1000;
    const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
    measured.push(
      `1,000,000 cells (${(big.length / 2 ** 20).toFixed(1)} MiB file) read in ${seconds.toFixed(2)} s, heap +${heapMiB.toFixed(0)} MiB`,
    );
    expect(sheet.values).toHaveLength(ROWS);
    expect(sheet.values.reduce((n, row) => n + row.filter((v) => v !== null).length, 0)).toBe(ROWS * COLS);
    expect(sheet.values[ROWS - 1][COLS - 1]).toBe(ROWS * COLS + COLS - 1);
    // generous: a reader that went quadratic would take minutes
    expect(seconds).toBeLessThan(30);
  });

  it('the command line reads it too and says plainly that it holds no project table (exit 1, no crash)', () => {
    const started = performance.now();
    const r = runCli(['validate', bigPath]);
    measured.push(`the command line validated it in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('事業一覧の表が見つかりません');
  });

  it('refuses, with its reason, a sheet over the limit: by cell count, and by the grid a few far cells would span', () => {
    // a lower limit stands in for 5,000,000 (same code path, a fifth of the reading)
    expect(() => readXlsx(big, { maxCells: 200_000 })).toThrow(expect.objectContaining({ kind: 'too-large' }));
    // At the real limit: 700 cells in the last column, XFD, are 700 rows × 16,384 columns = 11,468,800
    // grid cells to build, over the reader's allowance of twice the cell limit for the blanks that pad rows.
    const rows = Array.from({ length: 700 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join('');
    const far = handcraftedWorkbook([{ name: 'far', xml: worksheetXml(rows) }]);
    expect(() => readXlsx(far)).toThrow(XlsxFileError);
    const farPath = join(dir, 'far.xlsx');
    writeFileSync(farPath, far);
    expect(oneLineOnStderr(['validate', farPath])).toEqual({
      code: 2,
      lines: ['far.xlsx はセル数が多すぎます（上限 5,000,000 セル）。不要なシートを除いてから実行してください。'],
    });
  });
});

describe('damaged and wrong files at the command line: exit 2 and one sentence', () => {
  const sample = createXlsx(buildSampleSheets());
  const NOT_XLSX = /Excel ブック（.xlsx）ではありません/;
  const DAMAGED = /壊れているか、途中までしか保存されていません/;
  // Real files of other kinds, made once and kept in fixtures/: a workbook saved with the password
  // "secret" (encrypted with officecrypto-tool 0.0.19, agile encryption as Excel writes it), and the
  // same one-sheet workbook saved by LibreOffice 7.4 as .xls and as .ods.
  const files: [string, Uint8Array, RegExp][] = [
    ['cut.xlsx', sample.slice(0, Math.floor(sample.length * 0.6)), DAMAGED],
    ['cut-early.xlsx', sample.slice(0, 40), DAMAGED],
    ['flipped.xlsx', sample.map((b, i) => (i > 200 && i % 97 === 0 ? b ^ 0xff : b)), DAMAGED],
    ['notes.xlsx', new TextEncoder().encode('これは表ではありません'), NOT_XLSX],
    ['empty.xlsx', new Uint8Array(0), NOT_XLSX],
    ['photos.xlsx', zipSync({ 'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]), 'memo.txt': strToU8('memo') }), NOT_XLSX],
    ['locked.xlsx', readFileSync(join(FIXTURES, 'password-protected.xlsx')), /パスワードで保護されています/],
    ['old.xls', readFileSync(join(FIXTURES, 'old-format.xls')), /古い形式（.xls）です/],
    ['renamed-ods.xlsx', readFileSync(join(FIXTURES, 'opendocument.ods')), /OpenDocument 形式.*Excel ブックではありません/],
    ['renamed-ods.xlsm', readFileSync(join(FIXTURES, 'opendocument.ods')), /OpenDocument 形式.*Excel ブックではありません/],
  ];

  it.each(files)('%s', (name, bytes, expected) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const r = runCli(['grade', path]);
    expect({ code: r.code, lines: r.stderr.trim().split('\n').length, stdout: r.stdout }).toEqual({ code: 2, lines: 1, stdout: '' });
    expect(r.stderr).toMatch(expected);
  });
});
