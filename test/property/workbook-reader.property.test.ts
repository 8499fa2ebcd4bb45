import fc from 'fast-check';
import { excelInputValue } from '../../src/adapters/office/excel-input-value';
import { FilledSheet } from '../../src/core/sheets/filled-sheet';
import { parseCellValue } from '../../src/core/values/parse-cell-value';
import { qualifiedAddress } from '../../src/core/workbook/cell-address';
import type { CellValue, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { UsageError } from '../../src/use-cases/resolve-year';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { FakeSheet } from '../helpers/fake-excel';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { cloneWorkbook } from '../helpers/sheet-grid';
import { CellCounter, fcOptions, hostileFormat, hostileString, hostileValue } from './hostile-cells';

// Thousands of generated workbooks and files per test: longer than jest's 5 s default.
jest.setTimeout(180_000);

const counter = new CellCounter();
afterAll(() => console.log(`sheet reader, validation, grading and summary: ${counter.count.toLocaleString('en-US')} generated cells`));

const BASE = sampleGrid();
const SHAPES = BASE.sheets.map((s) => ({ rows: s.values.length, cols: Math.max(...s.values.map((r) => r.length)) }));
/** Issues that concern a whole workbook or sheet rather than one cell. */
const NOT_CELL_LEVEL = new Set(['TABLE_NOT_FOUND', 'COLUMN_MISSING']);

const mutation = fc.record({
  sheet: fc.integer({ min: 0, max: BASE.sheets.length - 1 }),
  rowFrac: fc.double({ min: 0, max: 1.05, noNaN: true }),
  colFrac: fc.double({ min: 0, max: 1.1, noNaN: true }),
  value: hostileValue,
  formula: fc.option(hostileString.map((s) => `=${s}`), { freq: 8 }),
  format: hostileFormat,
});
const merge = fc.record({ sheet: fc.integer({ min: 0, max: 1 }), top: fc.integer({ min: 0, max: 70 }), left: fc.integer({ min: 0, max: 20 }), h: fc.integer({ min: 1, max: 4 }), w: fc.integer({ min: 1, max: 3 }) });

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;
type Merge = typeof merge extends fc.Arbitrary<infer T> ? T : never;

function mutate(mutations: Mutation[], merges: Merge[]): { grid: WorkbookGrid; touched: Set<string> } {
  const grid = cloneWorkbook(BASE);
  const touched = new Set<string>();
  for (const m of mutations) {
    const sheet = grid.sheets[m.sheet];
    const row = Math.floor(m.rowFrac * SHAPES[m.sheet].rows);
    const col = Math.floor(m.colFrac * SHAPES[m.sheet].cols);
    for (const g of [sheet.values, sheet.formulas, sheet.numberFormats] as unknown[][][]) {
      while (g.length <= row) g.push([]);
      while (g[row].length <= col) g[row].push(null);
    }
    sheet.values[row][col] = m.value;
    sheet.formulas[row][col] = m.formula;
    sheet.numberFormats[row][col] = m.format;
    touched.add(qualifiedAddress(sheet.name, row, col));
  }
  for (const m of merges) {
    const sheet = grid.sheets[m.sheet];
    const area = { top: m.top, left: m.left, bottom: m.top + m.h - 1, right: m.left + m.w - 1 };
    const overlaps = sheet.merges.some((x) => x.top <= area.bottom && area.top <= x.bottom && x.left <= area.right && area.left <= x.right);
    if (!overlaps && (m.h > 1 || m.w > 1)) sheet.merges.push(area);
  }
  return { grid, touched };
}

/** What a cell holds after Excel takes the assigned value as typing (the fake models Excel's rules). */
function typedIntoExcel(value: string): { value: CellValue; formula: string | null } {
  const sheet = new FakeSheet('check');
  sheet.assign(0, 0, excelInputValue(value));
  return { value: sheet.value(0, 0), formula: sheet.formula(0, 0) };
}

function expectLiteral(value: string | number | boolean | null): void {
  if (typeof value !== 'string') return;
  const landed = typedIntoExcel(value);
  expect({ value, formula: landed.formula }).toEqual({ value, formula: null });
  expect(landed.value === value || (value === '' && landed.value === null)).toBe(true);
}

/** The cells a table reads as numbers: baselines, final targets, and each year's targets and actuals. */
function numericCells(grid: WorkbookGrid): { sheet: FilledSheet; row: number; col: number }[] {
  const { model } = validateWorkbook(grid);
  const table = model.indicatorTable;
  const sheetModel = model.indicatorSheet;
  if (!table || !sheetModel) return [];
  const cols = [table.columns.baseline, table.finalTargetCol ?? undefined, table.columns.target, table.columns.actual, ...table.years.filter((y) => y.kind === 'target' || y.kind === 'actual').map((y) => y.col)].filter(
    (c): c is number => c !== undefined,
  );
  const rows = [...new Set(model.indicators.flatMap((i) => [i.row, ...i.indicator.results.flatMap((r) => [r.cells.actual?.row, r.cells.target?.row])]).filter((r): r is number => r !== undefined))];
  return rows.flatMap((row) => cols.map((col) => ({ sheet: sheetModel, row, col })));
}

describe('reading, validating, grading and summarising hostile workbooks', () => {
  it('no exception escapes; every issue names its cell; every unreadable number is reported at its cell; every written text stays text', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 40, maxLength: 160, size: 'max' }), fc.array(merge, { maxLength: 3 }), fc.boolean(), (mutations, merges, overwrite) => {
        counter.add(mutations.length);
        const { grid, touched } = mutate(mutations, merges);

        const validation = validateWorkbook(grid);
        for (const issue of validation.issues) {
          expect(issue.message.ja.length * issue.message.en.length).toBeGreaterThan(0);
          if (NOT_CELL_LEVEL.has(issue.code)) continue;
          expect({ code: issue.code, sheet: issue.sheet, cell: issue.cell }).toEqual({ code: issue.code, sheet: expect.any(String), cell: expect.stringMatching(/^[A-Z]+\d+$/) });
          expect(issue.address).toBe(qualifiedAddress(issue.sheet!, ...rowCol(issue.cell!)));
        }
        const reported = new Set(validation.issues.map((i) => i.address));
        for (const { sheet, row, col } of numericCells(grid)) {
          const address = qualifiedAddress(sheet.name, row, col);
          if (!touched.has(address) || sheet.isMergedContinuation(row, col)) continue;
          if (parseCellValue(sheet.ownValue(row, col), sheet.numberFormat(row, col)).kind === 'invalid') expect({ address, reported: reported.has(address) }).toEqual({ address, reported: true });
        }

        for (const run of [() => gradeWorkbook(grid, { overwrite }).changes, () => summariseWorkbook(grid).changes]) {
          let changes;
          try {
            changes = run();
          } catch (e) {
            // a workbook without any year to grade is a usage error with its own sentence
            expect(e).toBeInstanceOf(UsageError);
            continue;
          }
          for (const w of changes.writes) if (!w.formula) expectLiteral(w.value);
          for (const s of changes.sheets) for (const c of s.cells) expectLiteral(c.value);
        }
      }),
      fcOptions(700),
    );
  });

  it('tried at least 50,000 generated cells (counted, not assumed)', () => {
    expect(counter.count).toBeGreaterThanOrEqual(50_000);
  });
});

function rowCol(cell: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(cell)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}
