import type { CellValue, ExpectedCell, ExpectedCells } from './cell-grid';

/**
 * Expected cells held as columns: a sheet, a row and a column number per cell, and its value. A 100,000-row
 * grade expects 500,000 cells; as objects they held 30 MiB of the pane's heap until its write, as columns
 * 10 (4 of heap, 6 of typed arrays). A cell is made an object only when asked for one (`at`).
 */
export class ExpectedCellColumns implements ExpectedCells {
  private readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private size = 0;
  private sheets = new Int32Array(16);
  private rows = new Int32Array(16);
  private cols = new Int32Array(16);
  private values: CellValue[] = new Array<CellValue>(16);
  /** A list made by concat appends into these columns: this one is only read from then on. */
  private extended = false;

  get length(): number {
    return this.size;
  }

  add(sheet: string, row: number, col: number, value: CellValue): void {
    if (this.extended) throw new Error('These expected cells were extended by concat: add to the list it returned.');
    const i = this.size++;
    if (i === this.rows.length) this.reserve(Math.max(16, 2 * i));
    let s = this.byName.get(sheet);
    if (s === undefined) this.byName.set(sheet, (s = this.names.push(sheet) - 1));
    this.sheets[i] = s;
    this.rows[i] = row;
    this.cols[i] = col;
    this.values[i] = value;
  }

  /** Room for `capacity` cells in every column. */
  private reserve(capacity: number): void {
    this.sheets = resized(this.sheets, capacity);
    this.rows = resized(this.rows, capacity);
    this.cols = resized(this.cols, capacity);
    const values = new Array<CellValue>(capacity);
    for (let i = 0; i < this.size; i++) values[i] = this.values[i];
    this.values = values;
  }

  sheet(i: number): string {
    return this.names[this.sheets[i]];
  }

  row(i: number): number {
    return this.rows[i];
  }

  col(i: number): number {
    return this.cols[i];
  }

  value(i: number): CellValue {
    return this.values[i];
  }

  at(i: number): ExpectedCell {
    return { sheet: this.sheet(i), row: this.rows[i], col: this.cols[i], value: this.values[i] };
  }

  *[Symbol.iterator](): Iterator<ExpectedCell> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  sheetNames(): readonly string[] {
    return [...this.names];
  }

  /**
   * These cells, then `more`. The list returned appends into these columns, past this one's length (what this one
   * holds does not change): the three cells a restore point adds do not copy a grade's 500,000 (10 MB). This list
   * is then only read; a second concat of it copies.
   */
  concat(more: Iterable<ExpectedCell>): ExpectedCellColumns {
    if (this.extended) return this.copy((_sheet, col) => col).concat(more);
    const list = this.withSheetNames();
    list.sheets = this.sheets;
    list.rows = this.rows;
    list.cols = this.cols;
    list.values = this.values;
    list.size = this.size;
    this.extended = true;
    for (const c of more) list.add(c.sheet, c.row, c.col, c.value);
    return list;
  }

  /**
   * The cells with their columns moved, into columns made at their size: added one at a time, a grade's
   * 500,000 cells grew them by doubling, and the copy left 12 MB of garbage on the heap.
   */
  copy(moved: (sheet: string, col: number) => number): ExpectedCellColumns {
    const list = this.withSheetNames();
    list.reserve(this.size);
    list.sheets.set(this.sheets.subarray(0, this.size));
    list.rows.set(this.rows.subarray(0, this.size));
    for (let i = 0; i < this.size; i++) {
      list.cols[i] = moved(this.sheet(i), this.cols[i]);
      list.values[i] = this.values[i];
    }
    list.size = this.size;
    return list;
  }

  /** An empty list that knows this one's sheets by the same numbers (a copy: the new list may add sheets). */
  private withSheetNames(): ExpectedCellColumns {
    const list = new ExpectedCellColumns();
    for (const name of this.names) list.byName.set(name, list.names.push(name) - 1);
    return list;
  }
}

/** The cells as an expected list (a command's few: a sheet's ownership cell, a restore's cells). */
export function expectedCells(cells: Iterable<ExpectedCell> = []): ExpectedCells {
  return new ExpectedCellColumns().concat(cells);
}

function resized(a: Int32Array, capacity: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(capacity);
  b.set(a.subarray(0, Math.min(a.length, capacity)));
  return b;
}
