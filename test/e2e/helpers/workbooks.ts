import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createXlsx } from '../../../src/adapters/xlsx';
import { qualifiedAddress } from '../../../src/core/workbook/cell-address';
import type { CellValue, SheetOutput, WorkbookGrid } from '../../../src/core/workbook/cell-grid';
import { seedProjects } from '../../../src/sample/aomori-seed-data';
import { buildSampleSheets } from '../../../src/sample/build-sample-workbook';
import { tempDir } from '../../helpers/run-cli';

/** One cell as the engine reads it; a cell is listed when any of the three is set. */
export interface CellState {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/**
 * Every non-empty cell of a workbook by qualified address ("成果指標!L12"): the same content in
 * grids of different raggedness (trailing empty cells, missing rows) gives the same map.
 */
export function cellMap(grid: WorkbookGrid): Map<string, CellState> {
  const out = new Map<string, CellState>();
  for (const sheet of grid.sheets) {
    const rows = Math.max(sheet.values.length, sheet.formulas.length, sheet.numberFormats.length);
    for (let r = 0; r < rows; r++) {
      const cols = Math.max(sheet.values[r]?.length ?? 0, sheet.formulas[r]?.length ?? 0, sheet.numberFormats[r]?.length ?? 0);
      for (let c = 0; c < cols; c++) {
        const state: CellState = {
          value: sheet.values[r]?.[c] ?? null,
          formula: sheet.formulas[r]?.[c] ?? null,
          numberFormat: sheet.numberFormats[r]?.[c] ?? null,
        };
        if (state.value === null && state.formula === null && state.numberFormat === null) continue;
        out.set(qualifiedAddress(sheet.name, r, c), state);
      }
    }
  }
  return out;
}

/** Only the values, by qualified address (formats left out): what a reader of the sheet sees. */
export function valueMap(grid: WorkbookGrid): Record<string, CellValue> {
  const out: Record<string, CellValue> = {};
  for (const [address, state] of cellMap(grid)) if (state.value !== null) out[address] = state.value;
  return out;
}

const EMPTY: CellState = { value: null, formula: null, numberFormat: null };

/** The addresses whose value, formula or number format differ, sorted. */
export function changedAddresses(
  before: WorkbookGrid,
  after: WorkbookGrid,
  compare: (keyof CellState)[] = ['value', 'formula', 'numberFormat'],
): string[] {
  const a = cellMap(before);
  const b = cellMap(after);
  const out: string[] = [];
  for (const address of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(address) ?? EMPTY;
    const y = b.get(address) ?? EMPTY;
    if (compare.some((k) => x[k] !== y[k])) out.push(address);
  }
  return out.sort();
}

/** The 1-based Excel row of an indicator in the sample's 成果指標 sheet (as test/cli counts it). */
export function indicatorRow(projectNo: number, name: string): number {
  const order = seedProjects.flatMap((p) => p.indicators.map((i) => `${p.no}/${i.name}`));
  return 4 + order.indexOf(`${projectNo}/${name}`);
}

function set(sheet: SheetOutput, row: number, col: number, value: string | number): void {
  const cell = sheet.cells.find((c) => c.row === row && c.col === col);
  if (cell) cell.value = value;
  else sheet.cells.push({ row, col, value });
}

export const workDir = tempDir();

/** The sample workbook as `shinchoku demo` writes it, saved to a temp file for the command line. */
export function sampleXlsx(): { bytes: Uint8Array; path: string } {
  const bytes = createXlsx(buildSampleSheets());
  const path = join(workDir, 'sample.xlsx');
  writeFileSync(path, bytes);
  return { bytes, path };
}

/** The unit-mismatch row of the planted workbook (project 5's 売上額 in 人 against a 千円 target). */
export const UNIT_MISMATCH_ROW = indicatorRow(5, '売上額※');

/**
 * The sample with four planted errors, as test/cli/cli-commands.test.ts plants them, and the
 * check code and cell each must be reported at.
 */
export function plantedXlsx(): { bytes: Uint8Array; path: string; expected: Array<{ code: string; address: string }> } {
  const sheets = buildSampleSheets();
  const [projects, indicators] = sheets;
  set(indicators, 3, 0, 99); // 成果指標!A4: a project number that is not in the list
  set(indicators, UNIT_MISMATCH_ROW - 1, 10, '43,698人'); // 成果指標!K: 人 against a 千円 target
  set(projects, 5, 0, '１２三'); // 事業一覧!A6: not a number
  set(projects, 3, 17, 2020); // 事業一覧!R4: project 1's 計 is 2,019
  const bytes = createXlsx(sheets);
  const path = join(workDir, 'planted.xlsx');
  writeFileSync(path, bytes);
  return {
    bytes,
    path,
    expected: [
      { code: 'INDICATOR_UNKNOWN_PROJECT', address: '成果指標!A4' },
      { code: 'UNIT_MISMATCH', address: `成果指標!K${UNIT_MISMATCH_ROW}` },
      { code: 'PROJECT_NO_INVALID', address: '事業一覧!A6' },
      { code: 'BUDGET_TOTAL_MISMATCH', address: '事業一覧!R4' },
    ],
  };
}
