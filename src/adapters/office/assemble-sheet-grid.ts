import { parseCellAddress } from '../../core/workbook/cell-address';
import type { CellRange, CellValue, SheetGrid } from '../../core/workbook/cell-grid';
import { sameRowAs, sharedNullRow } from '../../core/workbook/null-row';
import { poolTexts, textPool } from '../../core/workbook/text-pool';

/** What the reader brought back for one sheet; rows and columns are absolute and 0-based. */
export interface LoadedSheet {
  name: string;
  hidden: boolean;
  used: CellRange;
  /** Row blocks of the used range with their `formulas` (a constant where a cell has no formula). */
  blocks: { range: CellRange; formulas: unknown[][] }[];
  /** Formula cells' computed values and formats, numbers' formats. */
  details: { kind: 'formula' | 'number'; range: CellRange; values?: unknown[][]; numberFormat: unknown[][] }[];
  /** RangeAreas addresses of merged areas ("Sheet1!A1:B2, Sheet1!C3:C9"); a merge may be listed twice. */
  mergeAddresses: string[];
}

function cellValue(v: unknown): CellValue {
  if (v === '' || v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return String(v);
}

/** "General" is Excel's name for no format; the grid says null. */
function formatCode(v: unknown): string | null {
  return typeof v === 'string' && v !== '' && v !== 'General' ? v : null;
}

/** The engine's grid: [0][0] is A1, so rows above and columns left of the used range are padded. */
export function assembleSheetGrid(sheet: LoadedSheet): SheetGrid {
  const { used } = sheet;
  const width = used.right + 1;
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 0; r <= used.bottom; r++) {
    const inside = r >= used.top;
    values.push(inside ? new Array<CellValue>(width).fill(null) : []);
    formulas.push(inside ? new Array<string | null>(width).fill(null) : []);
    numberFormats.push(inside ? new Array<string | null>(width).fill(null) : []);
  }
  for (const block of sheet.blocks) {
    block.formulas.forEach((row, i) =>
      row.forEach((v, j) => {
        const r = block.range.top + i;
        const c = block.range.left + j;
        // Office returns the constant for a cell without a formula: only "=…" is a formula.
        if (typeof v === 'string' && v.startsWith('=')) formulas[r][c] = v;
        else values[r][c] = cellValue(v);
      }),
    );
  }
  for (const detail of sheet.details) {
    detail.numberFormat.forEach((row, i) =>
      row.forEach((f, j) => {
        const r = detail.range.top + i;
        const c = detail.range.left + j;
        numberFormats[r][c] = formatCode(f);
        if (!detail.values) return;
        const value = cellValue(detail.values[i]?.[j]);
        values[r][c] = value;
        // Text typed with a leading apostrophe ("'=abc") shows in `formulas` as "=abc" but is no formula: its value is its own text.
        if (value === formulas[r][c]) formulas[r][c] = null;
      }),
    );
  }
  for (let r = used.top; r <= used.bottom; r++) {
    formulas[r] = sharedNullRow(formulas[r]) ?? formulas[r];
    numberFormats[r] = sharedNullRow(numberFormats[r]) ?? sameRowAs(numberFormats[r], numberFormats[r - 1]) ?? numberFormats[r];
  }
  // Excel answers a string per cell: the texts the cells repeat are kept once
  poolTexts(values, textPool());
  return {
    name: sheet.name,
    values,
    formulas,
    numberFormats,
    merges: parseMergedAreas(sheet.mergeAddresses),
    hidden: sheet.hidden || undefined,
  };
}

/** Splits "A!B2:C3, 'x, y'!D4:D9" at the commas outside sheet-name quotes. */
function splitAreas(address: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function parseMergedAreas(addresses: readonly string[]): CellRange[] {
  const seen = new Map<string, CellRange>();
  for (const address of addresses) {
    for (const area of splitAreas(address)) {
      const local = area.slice(area.lastIndexOf('!') + 1);
      const [from, to = from] = local.split(':');
      const a = parseCellAddress(from);
      const b = parseCellAddress(to);
      if (!a || !b) continue;
      const range = {
        top: Math.min(a.row, b.row),
        left: Math.min(a.col, b.col),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.col, b.col),
      };
      seen.set(`${range.top},${range.left},${range.bottom},${range.right}`, range);
    }
  }
  return [...seen.values()].sort((x, y) => x.top - y.top || x.left - y.left);
}
