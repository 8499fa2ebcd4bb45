import type { CellValue, SheetGrid } from '../workbook/cell-grid';

function token(v: CellValue): string {
  if (v === null || v === '') return '';
  return `${typeof v}:${String(v)}`;
}

/**
 * A short hash of a sheet's values, blank rows and cells at the edges ignored, so the sheet as
 * written and as read back (from a file or from Excel) agree unless a value was changed.
 */
export function sheetFingerprint(sheet: Pick<SheetGrid, 'values'>): string {
  const rows = sheet.values.map((row) => {
    const tokens = row.map(token);
    while (tokens.length > 0 && tokens[tokens.length - 1] === '') tokens.pop();
    return tokens;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  const text = JSON.stringify(rows);
  // FNV-1a, twice with different offsets: 64 bits, no dependency, same in Node and the browser.
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193 + 2);
  }
  return `${(a >>> 0).toString(16).padStart(8, '0')}${(b >>> 0).toString(16).padStart(8, '0')}`;
}
