import type { CellValue, OutputCell, SheetGrid } from '../workbook/cell-grid';
import { putValue } from '../workbook/sheet-output-to-grid';
import { JSON_ESCAPED } from './json-length';

function token(v: CellValue): string {
  if (v === null || v === '') return '';
  return `${typeof v}:${String(v)}`;
}

/** FNV-1a, twice with different offsets: 64 bits, no dependency, same in Node and the browser. */
class Fnv64 {
  private a = 0x811c9dc5;
  private b = 0x01000193 ^ 0x5bd1e995;

  add(text: string): void {
    let { a, b } = this;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x01000193 + 2);
    }
    this.a = a;
    this.b = b;
  }

  /** A JSON string, as JSON.stringify writes it. */
  addJsonString(text: string): void {
    if (JSON_ESCAPED.test(text)) return this.add(JSON.stringify(text));
    this.add('"');
    this.add(text);
    this.add('"');
  }

  hex(): string {
    return `${(this.a >>> 0).toString(16).padStart(8, '0')}${(this.b >>> 0).toString(16).padStart(8, '0')}`;
  }
}

/** How many of the row's cells count: those up to the last one with a value (a hole counts: JSON writes it as null). */
function filledLength(row: readonly CellValue[]): number {
  let end = row.length;
  while (end > 0 && token(row[end - 1]) === '') end--;
  return end;
}

/**
 * A short hash of a sheet's values, blank rows and cells at the edges ignored, so the sheet as
 * written and as read back (from a file or from Excel) agree unless a value was changed. It is the
 * hash of the JSON of the rows of `type:value` tokens, as restore logs hold it, taken piece by piece:
 * a large sheet's text is never built.
 */
export function sheetFingerprint(sheet: Pick<SheetGrid, 'values'>): string {
  return fingerprintRows(gridRows(sheet.values));
}

/** The grid's rows, undefined for a hole in a sparse array (JSON writes it as null). */
function* gridRows(rows: readonly CellValue[][]): Generator<readonly CellValue[] | undefined> {
  for (let r = 0; r < rows.length; r++) yield r in rows ? rows[r] : undefined;
}

/**
 * The fingerprint of a sheet the engine builds, as `sheetFingerprint` gives it for the sheet read back
 * (a later cell at the same place wins). Taken a row at a time: a box per project of a 50,000-project
 * register is 1,200,000 cells, and a grid of them was 37 MB made only to be hashed.
 */
export function outputFingerprint(cells: readonly OutputCell[]): string {
  return fingerprintRows(outputRows(cells));
}

/** The rows of the cells' values from row 0 on, a row without cells as []: one row's array at a time. */
function* outputRows(cells: readonly OutputCell[]): Generator<CellValue[]> {
  const sorted = inRowOrder(cells);
  let next = 0;
  for (let i = 0; i < sorted.length;) {
    const at = sorted[i].row;
    for (; next < at; next++) yield [];
    const row: CellValue[] = [];
    for (; i < sorted.length && sorted[i].row === at; i++) putValue(row, sorted[i]);
    yield row;
    next++;
  }
}

/** The cells by row, then column: as given when they already are (a builder's usual order), else sorted. */
function inRowOrder(cells: readonly OutputCell[]): readonly OutputCell[] {
  const ordered = cells.every((c, i) => i === 0 || c.row > cells[i - 1].row || (c.row === cells[i - 1].row && c.col >= cells[i - 1].col));
  // a stable sort: of two cells at one place, the later stays later and wins
  return ordered ? cells : [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
}

/**
 * The hash of the JSON of the rows' tokens, rows given in order (undefined: a hole). Blank rows are
 * held back, as counts, until a row with a value follows: those at the end are not part of it.
 */
function fingerprintRows(rows: Iterable<readonly CellValue[] | undefined>): string {
  const hash = new Fnv64();
  hash.add('[');
  let written = 0;
  // runs of blank rows not yet written: [its text, how many]
  const held: [string, number][] = [];
  const write = (text: string) => hash.add(written++ > 0 ? `,${text}` : text);
  for (const row of rows) {
    const end = row ? filledLength(row) : 0;
    if (!row || end === 0) {
      const text = row ? '[]' : 'null';
      const last = held[held.length - 1];
      if (last?.[0] === text) last[1]++;
      else held.push([text, 1]);
      continue;
    }
    for (const [text, count] of held.splice(0)) for (let n = 0; n < count; n++) write(text);
    write('[');
    for (let c = 0; c < end; c++) {
      if (c > 0) hash.add(',');
      if (c in row) hash.addJsonString(token(row[c]));
      else hash.add('null');
    }
    hash.add(']');
  }
  hash.add(']');
  return hash.hex();
}
