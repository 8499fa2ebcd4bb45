import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsx, XlsxFileError } from '../../src/adapters/xlsx';
import { createXlsx } from '../../src/adapters/xlsx';
import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import { handcraftedWorkbook, worksheetXml } from '../adapters/xlsx/xlsx-test-helpers';
import { runCli, tempDir } from '../helpers/run-cli';

jest.setTimeout(180_000);

const dir = tempDir();
const ROWS = 100_000;
const COLS = 10;

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

describe('a 1,000,000-cell sheet and files over the 5,000,000-cell limit', () => {
  const big = millionCellWorkbook();
  const bigPath = join(dir, 'million.xlsx');
  writeFileSync(bigPath, big);

  it('reads every one of 1,000,000 cells within the limit', () => {
    const sheet = readXlsx(big).sheets[0];
    expect(sheet.values).toHaveLength(ROWS);
    expect(sheet.values.reduce((n, row) => n + row.filter((v) => v !== null).length, 0)).toBe(ROWS * COLS);
    expect(sheet.values[ROWS - 1][COLS - 1]).toBe(ROWS * COLS + COLS - 1);
  });

  it('the command line reads it too and says plainly that it holds no project table (exit 1, no crash)', () => {
    const r = runCli(['validate', bigPath]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('事業一覧の表が見つかりません');
  });

  it('refuses, with its reason, a sheet over the limit: by cell count, and by the grid a few far cells would span', () => {
    expect(() => readXlsx(big, { maxCells: ROWS * COLS - 1 })).toThrow(expect.objectContaining({ kind: 'too-large' }));
    // 700 cells in the last column, XFD: 700 rows × 16,384 columns = 11,468,800 grid cells to build,
    // over the reader's allowance of twice the cell limit for the blanks that pad rows.
    const rows = Array.from({ length: 700 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>${i}</v></c></row>`).join('');
    const far = handcraftedWorkbook([{ name: 'far', xml: worksheetXml(rows) }]);
    expect(() => readXlsx(far)).toThrow(XlsxFileError);
    const farPath = join(dir, 'far.xlsx');
    writeFileSync(farPath, far);
    const r = runCli(['validate', farPath]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['far.xlsx はセル数が多すぎます（上限 5,000,000 セル）。不要なシートを除いてから実行してください。']);
  });

  it('damaged files at the command line: exit 2 and one sentence, for each way a file can be broken', () => {
    const sample = createXlsx(buildSampleSheets());
    const files: [string, Uint8Array, RegExp][] = [
      ['cut.xlsx', sample.slice(0, Math.floor(sample.length * 0.6)), /壊れているか、途中までしか保存されていません/],
      ['cut-early.xlsx', sample.slice(0, 40), /壊れているか|Excel ブック（.xlsx）ではありません/],
      ['flipped.xlsx', sample.map((b, i) => (i > 200 && i % 97 === 0 ? b ^ 0xff : b)), /壊れているか/],
      ['notes.xlsx', new TextEncoder().encode('これは表ではありません'), /Excel ブック（.xlsx）ではありません/],
    ];
    for (const [name, bytes, expected] of files) {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      const r = runCli(['grade', path]);
      expect({ name, code: r.code, lines: r.stderr.trim().split('\n').length }).toEqual({ name, code: 2, lines: 1 });
      expect(r.stderr).toMatch(expected);
    }
  });
});
