import type { CellPosition } from '../model';
import type { FilledSheet } from './filled-sheet';
import type { WorkbookModel } from './read-workbook';

/** The sheets the model's indicators were read from (the indicator table's, each evaluation sheet), by name. */
export function indicatorSheets(model: WorkbookModel): ReadonlyMap<string, FilledSheet> {
  return new Map([model.indicatorSheet, ...model.reportSheets.map((r) => r.sheet)].flatMap((s) => (s ? [[s.grid.name, s]] : [])));
}

/**
 * The text a cell shows, as the staff typed it (「43,698千円」, 「1回以上/年度」); a plain number
 * with the table's unit beside it (43698 and 千円 → 「43,698千円」).
 */
export function shownText(sheets: ReadonlyMap<string, FilledSheet>, at: CellPosition | null, unit: string | null): string | null {
  if (!at) return null;
  const value = sheets.get(at.sheet)?.value(at.row, at.col) ?? null;
  if (value === null || value === '') return null;
  if (typeof value === 'number') return `${value.toLocaleString('en-US', { maximumFractionDigits: 6 })}${unit ?? ''}`;
  return String(value);
}
