/** A1-style addresses for messages and writes; rows and columns are 0-based inside the engine. */

export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "指標!F12"; sheet names with spaces or symbols are quoted as Excel does. */
export function qualifiedAddress(sheet: string, row: number, col: number): string {
  const needsQuotes = /[^\p{L}\p{N}_]/u.test(sheet);
  const name = needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet;
  return `${name}!${cellAddress(row, col)}`;
}

/** "F12" → { row: 11, col: 5 }; undefined when it is not an address. */
export function parseCellAddress(address: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}
