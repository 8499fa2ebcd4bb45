import type { CellValue, SheetGrid } from '../workbook/cell-grid';

function token(v: CellValue): string {
  if (v === null || v === '') return '';
  return `${typeof v}:${String(v)}`;
}

/** A character JSON.stringify writes other than as itself: the text is then given to it. */
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

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
    if (ESCAPED.test(text)) return this.add(JSON.stringify(text));
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
  const rows = sheet.values;
  let last = rows.length;
  while (last > 0 && filledLength(rows[last - 1]) === 0) last--;
  const hash = new Fnv64();
  hash.add('[');
  for (let r = 0; r < last; r++) {
    if (r > 0) hash.add(',');
    if (!(r in rows)) {
      hash.add('null');
      continue;
    }
    const row = rows[r];
    hash.add('[');
    const end = filledLength(row);
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
