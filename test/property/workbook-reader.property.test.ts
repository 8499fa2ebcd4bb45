import fc from 'fast-check';
import { DEFAULT_POLICY } from '../../src/core/grading/default-policies';
import { parseGrade } from '../../src/core/values/parse-grade';
import type { WorkbookModel } from '../../src/core/sheets/read-workbook';
import { resultCell } from '../../src/core/model';
import { parseCellValue } from '../../src/core/values/parse-cell-value';
import { parseCellAddress, qualifiedAddress } from '../../src/core/workbook/cell-address';
import type { CellValue, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { excelInputValue } from '../../src/adapters/office/excel-input-value';
import { gradeWorkbook } from '../../src/use-cases/grade-workbook';
import { UsageError } from '../../src/use-cases/resolve-year';
import { summariseWorkbook } from '../../src/use-cases/summarise-workbook';
import { validateWorkbook } from '../../src/use-cases/validate-workbook';
import { FakeSheet } from '../helpers/fake-excel';
import { sampleGrid } from '../helpers/memory-workbook-port';
import { cloneWorkbook } from '../helpers/sheet-grid';
import { check, CellCounter, fcOptions, hostileFormat, hostileString, hostileValue } from './hostile-cells';

// Hundreds of generated workbooks, each validated, graded and summarised: longer than jest's 5 s default.
jest.setTimeout(180_000);

const counter = new CellCounter();
let checked = { unreadable: 0, graded: 0 };
afterAll(() =>
  console.log(
    `sheet reader, validation, grading and summary: ${counter.count.toLocaleString('en-US')} generated cells; ` +
      `${checked.unreadable.toLocaleString('en-US')} unreadable cells checked for their issue, ${checked.graded} grade/summary outputs checked for formula-like text`,
  ),
);

const BASE = sampleGrid();
const SHAPES = BASE.sheets.map((s) => ({ rows: s.values.length, cols: Math.max(...s.values.map((r) => r.length)) }));
/** Issues that concern a whole workbook or sheet rather than one cell. */
const NOT_CELL_LEVEL = new Set(['TABLE_NOT_FOUND', 'COLUMN_MISSING']);
const show = (v: unknown) => JSON.stringify(v);

const mutation = fc.record({
  sheet: fc.integer({ min: 0, max: BASE.sheets.length - 1 }),
  // Where in the sheet, in thousandths of its size (a little beyond it too). Not fc.double: its
  // values crowd near 0 and the bounds, which put nearly every cell in row 1 or past the table.
  rowPermille: fc.integer({ min: 0, max: 1050 }),
  colPermille: fc.integer({ min: 0, max: 1100 }),
  value: hostileValue,
  formula: fc.option(
    hostileString.map((s) => `=${s}`),
    { freq: 8 },
  ),
  format: hostileFormat,
});
const merge = fc.record({
  sheet: fc.integer({ min: 0, max: 1 }),
  top: fc.integer({ min: 0, max: 70 }),
  left: fc.integer({ min: 0, max: 20 }),
  h: fc.integer({ min: 1, max: 4 }),
  w: fc.integer({ min: 1, max: 3 }),
});

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;
type Merge = typeof merge extends fc.Arbitrary<infer T> ? T : never;

/** The sample workbook with hostile values, formulas and formats in random cells, and random merges. */
function mutate(mutations: Mutation[], merges: Merge[]): { grid: WorkbookGrid; touched: Set<string> } {
  const grid = cloneWorkbook(BASE);
  const touched = new Set<string>();
  for (const m of mutations) {
    const sheet = grid.sheets[m.sheet];
    const row = Math.floor((m.rowPermille * SHAPES[m.sheet].rows) / 1000);
    const col = Math.floor((m.colPermille * SHAPES[m.sheet].cols) / 1000);
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

/** A written value, typed into Excel through the Office adapter (the fake applies Excel's typing rules), stays that literal. */
function checkLiteral(value: CellValue, where: string): void {
  if (typeof value !== 'string') return;
  const sheet = new FakeSheet('check');
  sheet.assign(0, 0, excelInputValue(value));
  const landed = sheet.value(0, 0);
  const at = () => `${where}: ${show(value)} landed as ${show(landed)} with formula ${show(sheet.formula(0, 0))}`;
  check(sheet.formula(0, 0) === null, at);
  check(landed === value || (value === '' && landed === null), at);
}

/** Cells the reader had to read as a number or a grade, with what it made of them. */
function readCells(model: WorkbookModel): { sheet: string; row: number; col: number; unreadable: boolean; merged: boolean }[] {
  const out = [];
  const indicators = model.indicatorSheet;
  const table = model.indicatorTable;
  if (indicators && table) {
    const numeric = [table.columns.baseline, table.finalTargetCol ?? undefined].filter((c): c is number => c !== undefined);
    for (const { row, indicator } of model.indicators) {
      const cells = numeric.map((col) => ({ row, col, grade: false }));
      for (const r of indicator.results) {
        for (const c of [resultCell(r, 'target'), resultCell(r, 'actual')]) if (c) cells.push({ row: c.row, col: c.col, grade: false });
        const grade = resultCell(r, 'grade');
        if (grade) cells.push({ row: grade.row, col: grade.col, grade: true });
      }
      for (const { row, col, grade } of cells) {
        const value = indicators.ownValue(row, col);
        const unreadable = grade
          ? parseGrade(value, DEFAULT_POLICY).kind === 'invalid'
          : parseCellValue(value, indicators.numberFormat(row, col)).kind === 'invalid';
        out.push({ sheet: indicators.name, row, col, unreadable, merged: indicators.isMergedContinuation(row, col) });
      }
    }
  }
  const projects = model.projectSheet;
  if (projects) {
    const budgetCols = (model.projectTable?.years ?? []).filter((y) => y.kind === 'budget').map((y) => y.col);
    for (const p of model.projects) {
      for (const col of budgetCols) {
        const parsed = parseCellValue(projects.ownValue(p.row, col), projects.numberFormat(p.row, col));
        out.push({
          sheet: projects.name,
          row: p.row,
          col,
          unreadable: parsed.kind === 'invalid',
          merged: projects.isMergedContinuation(p.row, col),
        });
      }
    }
  }
  return out;
}

describe('reading, validating, grading and summarising hostile workbooks', () => {
  it('no exception escapes; every issue names its cell; every unreadable number or grade is reported at its cell; every written text stays text', () => {
    let graded = 0;
    let unreadable = 0;
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 60, maxLength: 200, size: 'max' }),
        fc.array(merge, { maxLength: 3 }),
        fc.boolean(),
        (mutations, merges, overwrite) => {
          counter.add(mutations.length);
          const { grid, touched } = mutate(mutations, merges);

          const validation = validateWorkbook(grid);
          for (const issue of validation.issues) {
            const at = () => `issue ${show(issue)}`;
            check(issue.message.ja !== '' && issue.message.en !== '', at);
            if (NOT_CELL_LEVEL.has(issue.code)) continue;
            const cell = issue.cell === null ? undefined : parseCellAddress(issue.cell);
            check(issue.sheet !== null && cell !== undefined, at);
            check(issue.address === qualifiedAddress(issue.sheet!, cell!.row, cell!.col), at);
          }
          const reported = new Set(validation.issues.map((i) => i.address));
          for (const c of readCells(validation.model)) {
            const address = qualifiedAddress(c.sheet, c.row, c.col);
            if (!c.unreadable || !touched.has(address) || c.merged) continue;
            unreadable++;
            check(reported.has(address), () => `${address} could not be read but has no issue`);
          }

          for (const [what, run] of [
            ['grade', () => gradeWorkbook(grid, { overwrite }).changes],
            [
              'summary',
              () => {
                // No silent summary: over the year's errors no sheet, unless a draft is asked for (checked as written).
                const plain = summariseWorkbook(grid);
                check(
                  (plain.changes === null) === plain.yearErrors.length > 0,
                  () => `summary wrote ${plain.changes ? 'a sheet' : 'nothing'} over ${plain.yearErrors.length} errors`,
                );
                return summariseWorkbook(grid, { draft: true }).changes!;
              },
            ],
          ] as const) {
            let changes;
            try {
              changes = run();
            } catch (e) {
              // a workbook left without any year to grade is a usage error with its own sentence
              check(e instanceof UsageError, () => `${what} threw ${String(e)}`);
              continue;
            }
            graded++;
            for (const w of changes.writes) if (!w.formula) checkLiteral(w.value, `${what} ${w.sheet}!${w.row},${w.col}`);
            for (const s of changes.sheets) for (const c of s.cells) checkLiteral(c.value, `${what} ${s.name}!${c.row},${c.col}`);
          }
        },
      ),
      fcOptions(600),
    );
    // Guards against a generator that misses the tables: the checks above must have had work to do.
    expect({ unreadable: unreadable > 5_000, graded: graded > 600 }).toEqual({ unreadable: true, graded: true });
    checked = { unreadable, graded };
  });

  it('tried at least 50,000 generated cells (counted, not assumed)', () => {
    expect(counter.count).toBeGreaterThanOrEqual(50_000);
  });
});
