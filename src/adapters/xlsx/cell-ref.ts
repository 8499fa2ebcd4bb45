import type { CellRange } from '../../core/workbook/cell-grid';
import { cellAddress } from '../../core/workbook/cell-address';

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

/** 0-based column of an A1 reference ("AB12" → 27), -1 without letters. Hot path: no regex. */
export function columnOfRef(ref: string): number {
  return columnAt(ref, 0, ref.length);
}

/** columnOfRef of the reference text[from, to), read where it stands. */
export function columnAt(text: string, from: number, to: number): number {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break;
  }
  return col - 1;
}

/** 0-based row of an A1 reference, -1 without digits. */
export function rowOfRef(ref: string): number {
  let row = 0;
  let seen = false;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      row = row * 10 + (c - 48);
      seen = true;
    }
  }
  return seen ? row - 1 : -1;
}

export function parseRange(ref: string): CellRange | undefined {
  const [a, b = a] = ref.trim().split(':');
  const top = rowOfRef(a);
  const left = columnOfRef(a);
  const bottom = rowOfRef(b);
  const right = columnOfRef(b);
  if (top < 0 || left < 0 || bottom < 0 || right < 0) return undefined;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

export function formatRange(r: CellRange): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

export function assertCellInSheet(row: number, col: number, what: string): void {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0 || row >= MAX_ROWS || col >= MAX_COLS) {
    throw new RangeError(`${what}: cell (${row}, ${col}) is outside the sheet.`);
  }
}
