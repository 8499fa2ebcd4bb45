import { buildSampleSheets } from '../../src/sample/build-sample-workbook';
import type { CellWrite, SheetOutput, WorkbookChanges, WorkbookGrid } from '../../src/core/workbook/cell-grid';
import { sheetOutputToGrid } from '../../src/core/workbook/sheet-output-to-grid';
import type { WorkbookPort } from '../../src/use-cases/workbook-port';
import { assertUnchanged } from '../../src/core/workbook/expected-cells';
import { cloneWorkbook, moveColumnsInPlace, writeCells } from './sheet-grid';

/**
 * A live workbook held in memory: what the Office.js adapter does, over plain grids. Reads hand out
 * a copy; writes change the grid as Excel would (the value replaces the cell and its formula, the
 * number format is set when given; an owned sheet is replaced whole) and are recorded, as are
 * selections and activations.
 */
export class MemoryWorkbookPort implements WorkbookPort {
  readonly writes: CellWrite[] = [];
  readonly sheetsWritten: SheetOutput[] = [];
  readonly selections: Array<{ sheet: string; row: number; col: number }> = [];
  readonly activations: string[] = [];
  reads = 0;
  /** Runs between a command's read and its write: another person editing (co-authoring tests). */
  beforeWrite?: (grid: WorkbookGrid) => void;

  constructor(public grid: WorkbookGrid) {}

  async read(): Promise<WorkbookGrid> {
    this.reads++;
    return cloneWorkbook(this.grid);
  }

  async write(changes: WorkbookChanges): Promise<void> {
    this.beforeWrite?.(this.grid);
    assertUnchanged(changes.expected, () => this.grid);
    for (const output of changes.sheets) {
      const grid = sheetOutputToGrid(output);
      const at = this.grid.sheets.findIndex((s) => s.name === output.name);
      if (at >= 0) this.grid.sheets[at] = grid;
      else this.grid.sheets.push(grid);
      this.sheetsWritten.push(output);
    }
    for (const w of changes.writes) this.sheet(w.sheet); // an unknown sheet throws, as a real host would
    for (const insert of changes.insertColumns ?? []) moveColumnsInPlace(this.grid, insert, 1);
    writeCells(this.grid, changes.writes);
    for (const gone of changes.deleteColumns ?? []) moveColumnsInPlace(this.grid, gone, -1);
    this.writes.push(...changes.writes);
    for (const name of changes.deleteSheets ?? []) this.grid.sheets = this.grid.sheets.filter((s) => s.name !== name);
  }

  async select(sheet: string, row: number, col: number): Promise<void> {
    this.sheet(sheet);
    this.selections.push({ sheet, row, col });
  }

  async activate(sheet: string): Promise<void> {
    this.sheet(sheet);
    this.activations.push(sheet);
  }

  private sheet(name: string) {
    const sheet = this.grid.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`The workbook has no sheet "${name}".`);
    return sheet;
  }
}

/** The sample workbook (the Aomori seeds) as a fresh grid. */
export function sampleGrid(): WorkbookGrid {
  return { sheets: buildSampleSheets().map(sheetOutputToGrid) };
}
