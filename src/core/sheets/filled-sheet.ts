import type { CellValue, SheetGrid } from '../workbook/cell-grid';
import { normalizeText } from '../values/normalize-text';

/**
 * A sheet seen the way a person reads it: a merged cell's value shows in every cell it covers
 * (a 役割 merged down 17 rows belongs to all 17 projects). Only reading uses this view; writes
 * always go to the real cells.
 */
export class FilledSheet {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeOrigin = new Map<number, { row: number; col: number }>();

  constructor(readonly grid: SheetGrid) {
    this.name = grid.name;
    this.rowCount = grid.values.length;
    this.colCount = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    for (const m of grid.merges) {
      // Guard against absurd merges (whole columns) so the map stays small.
      const cells = (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (cells > 100_000) continue;
      for (let r = m.top; r <= m.bottom; r++) {
        for (let c = m.left; c <= m.right; c++) {
          if (r !== m.top || c !== m.left) this.mergeOrigin.set(this.key(r, c), { row: m.top, col: m.left });
        }
      }
    }
  }

  private key(row: number, col: number): number {
    return row * 16_384 + col;
  }

  /** The value as shown (merged areas filled). */
  value(row: number, col: number): CellValue {
    const origin = this.mergeOrigin.get(this.key(row, col));
    if (origin) return this.grid.values[origin.row]?.[origin.col] ?? null;
    return this.grid.values[row]?.[col] ?? null;
  }

  /** The value stored in the cell itself (null inside a merged area). */
  ownValue(row: number, col: number): CellValue {
    return this.grid.values[row]?.[col] ?? null;
  }

  formula(row: number, col: number): string | null {
    return this.grid.formulas[row]?.[col] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    const origin = this.mergeOrigin.get(this.key(row, col));
    if (origin) return this.grid.numberFormats[origin.row]?.[origin.col] ?? null;
    return this.grid.numberFormats[row]?.[col] ?? null;
  }

  text(row: number, col: number): string {
    return normalizeText(this.value(row, col));
  }

  isMergedContinuation(row: number, col: number): boolean {
    return this.mergeOrigin.has(this.key(row, col));
  }

  rowIsBlank(row: number): boolean {
    const values = this.grid.values[row];
    return !values || values.every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
  }
}
