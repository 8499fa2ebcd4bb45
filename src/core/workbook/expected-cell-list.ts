import type { CellValue, ExpectedCell, ExpectedCells } from './cell-grid';

/**
 * Expected cells held as columns: a sheet, a row and a column number per cell, and its value. A 100,000-row
 * grade expects 500,000 cells; as objects they held 30 MiB of the pane's heap until its write, as columns
 * 10 (4 of heap, 6 of typed arrays). A cell is made an object only when asked for one (`at`).
 */
export class ExpectedCellColumns implements ExpectedCells {
  private readonly names: string[] = [];
  private readonly byName = new Map<string, number>();
  private sheets = new Int32Array(16);
  private rows = new Int32Array(16);
  private cols = new Int32Array(16);
  private readonly values: CellValue[] = [];

  get length(): number {
    return this.values.length;
  }

  add(sheet: string, row: number, col: number, value: CellValue): void {
    const i = this.values.length;
    if (i === this.rows.length) {
      this.sheets = grown(this.sheets);
      this.rows = grown(this.rows);
      this.cols = grown(this.cols);
    }
    let s = this.byName.get(sheet);
    if (s === undefined) this.byName.set(sheet, (s = this.names.push(sheet) - 1));
    this.sheets[i] = s;
    this.rows[i] = row;
    this.cols[i] = col;
    this.values.push(value);
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

  concat(more: Iterable<ExpectedCell>): ExpectedCellColumns {
    const list = this.copy((_sheet, col) => col);
    for (const c of more) list.add(c.sheet, c.row, c.col, c.value);
    return list;
  }

  copy(moved: (sheet: string, col: number) => number): ExpectedCellColumns {
    const list = new ExpectedCellColumns();
    for (let i = 0; i < this.length; i++) list.add(this.sheet(i), this.rows[i], moved(this.sheet(i), this.cols[i]), this.values[i]);
    return list;
  }
}

/** The cells as an expected list (a command's few: a sheet's ownership cell, a restore's cells). */
export function expectedCells(cells: Iterable<ExpectedCell> = []): ExpectedCells {
  return new ExpectedCellColumns().concat(cells);
}

function grown(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}
