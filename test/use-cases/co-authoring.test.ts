import { createOfficeWorkbookPort } from '../../src/adapters/office/office-workbook-port';
import { INDICATOR_SHEET } from '../../src/core/layout/standard-workbook';
import type { WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { WorkbookChangedError } from '../../src/core/workbook/expected-cells';
import { createWorkbookActions } from '../../src/use-cases/workbook-session';
import { fakeToGrid } from '../helpers/fake-excel';
import { MemoryWorkbookPort, sampleGrid } from '../helpers/memory-workbook-port';
import { cloneWorkbook } from '../helpers/sheet-grid';
import { liveWorkbook } from '../adapters/office/office-test-workbooks';

/** Someone inserts a blank row above row 6 of 成果指標, between Shinchoku's read and its write. */
function insertRowAbove(grid: WorkbookGrid, row: number): void {
  const sheet = grid.sheets.find((s) => s.name === INDICATOR_SHEET)!;
  for (const g of [sheet.values, sheet.formulas, sheet.numberFormats] as unknown[][][]) g.splice(row, 0, []);
  sheet.merges = sheet.merges.map((m) => (m.top >= row ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
}

async function refused(work: Promise<unknown>): Promise<WorkbookChangedError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WorkbookChangedError);
  return error as WorkbookChangedError;
}

describe('co-authoring: rows moved between reading and writing', () => {
  it('grade writes nothing when someone inserted a row, and says which cells moved', async () => {
    const port = new MemoryWorkbookPort(sampleGrid());
    let edited: WorkbookGrid | undefined;
    port.beforeWrite = (grid) => {
      insertRowAbove(grid, 5);
      edited = cloneWorkbook(grid);
    };
    const error = await refused(createWorkbookActions(port).grade({ year: 2024 }));
    expect(port.grid).toEqual(edited);
    expect(port.writes).toEqual([]);
    expect(error.changed.length).toBeGreaterThan(0);
    expect(error.changed.every((c) => c.sheet === INDICATOR_SHEET && c.row >= 5)).toBe(true);
    expect(error.text.ja).toMatch(/^読み込んだ後にブックが変更されました（成果指標!/);
    expect(error.text.ja).toContain('何も書き込んでいません');
  });

  it('grade writes nothing when someone typed into a cell it was about to fill', async () => {
    const port = new MemoryWorkbookPort(sampleGrid());
    const first = (await createWorkbookActions(new MemoryWorkbookPort(sampleGrid())).grade({ year: 2024 })).changed[0];
    port.beforeWrite = (grid) => {
      grid.sheets.find((s) => s.name === first.sheet)!.values[first.row][first.col] = 'B';
    };
    const error = await refused(createWorkbookActions(port).grade({ year: 2024 }));
    expect(error.changed).toEqual([expect.objectContaining({ address: first.address, value: null, actual: 'B' })]);
    expect(port.writes).toEqual([]);
  });

  it('a restore checks the same way: a row inserted since it read stops it', async () => {
    const port = new MemoryWorkbookPort(sampleGrid());
    const actions = createWorkbookActions(port);
    await actions.grade({ year: 2024 });
    const graded = cloneWorkbook(port.grid);
    port.beforeWrite = (grid) => insertRowAbove(grid, 5);
    await refused(actions.restore());
    port.beforeWrite = undefined;
    insertRowAbove(graded, 5);
    expect(port.grid).toEqual(graded);
  });

  it('in (fake) Excel: the cells said to have changed are the ones the check of a grid finds, in the same order', async () => {
    const port = new MemoryWorkbookPort(sampleGrid());
    port.beforeWrite = (grid) => insertRowAbove(grid, 5);
    const inGrid = await refused(createWorkbookActions(port).grade({ year: 2024 }));
    const live = liveWorkbook(sampleGrid());
    try {
      const office = createOfficeWorkbookPort();
      const write = office.write.bind(office);
      const actions = createWorkbookActions({
        ...office,
        write: async (changes) => {
          live.fake.sheet(INDICATOR_SHEET).insertRows(5);
          return write(changes);
        },
      });
      const inExcel = await refused(actions.grade({ year: 2024 }));
      // Excel answers a blank cell with "", a grid with null: the same to the check
      const said = (e: WorkbookChangedError) => e.changed.map((c) => [c.address, c.value, c.actual === '' ? null : c.actual]);
      expect(inGrid.changed.length).toBeGreaterThan(10);
      expect(said(inExcel)).toEqual(said(inGrid));
      expect(inExcel.text).toEqual(inGrid.text);
    } finally {
      live.uninstall();
    }
  });

  it('in (fake) Excel: the check reads the rows again before any write, and writes nothing', async () => {
    const live = liveWorkbook(sampleGrid());
    try {
      const port = createOfficeWorkbookPort();
      const actions = createWorkbookActions({
        ...port,
        write: async (changes) => {
          live.fake.sheet(INDICATOR_SHEET).insertRows(5);
          return port.write(changes);
        },
      });
      const before = live.fake.operations.length;
      await refused(actions.grade({ year: 2024 }));
      // only reads happened after the insert: no value, format or sheet was touched
      expect(live.fake.operations.slice(before)).toEqual([]);
      const unchanged = fakeToGrid(live.fake);
      await createWorkbookActions(port).grade({ year: 2024 });
      expect(fakeToGrid(live.fake)).not.toEqual(unchanged);
    } finally {
      live.uninstall();
    }
  });
});
