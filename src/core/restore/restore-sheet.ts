import '../model/zod-config';
import { z } from 'zod';
import { message } from '../messages/catalogue';
import { RestorePointSchema, SavedCellSchema, SavedSheetSchema, type RestorePoint, type SourceCell } from '../model';
import type { OutputCell, SheetGrid, SheetOutput, WorkbookGrid } from '../workbook/cell-grid';

/** The hidden sheet that keeps what Shinchoku overwrote, so Restore works after the file is reopened. */
export const RESTORE_SHEET_NAME = '進捗_元に戻す';

/** Identifies the sheet as ours and its layout version (cell B1). */
const FORMAT_MARKER = '{"shinchoku":"restore","version":1}';

/** Runs kept; older ones are dropped so the workbook does not grow without end. */
export const MAX_RESTORE_POINTS = 10;

/** Under Excel's 32,767 characters per cell. */
const PIECE = 30_000;

/**
 * One record per row, as JSON: the run's header, then its cells ["c", …] and sheets ["s", …].
 * JSON text starts with { or [, which Excel never reads as a number, date or formula; a record too
 * long for one cell continues in the next columns, each piece after the first marked with "|".
 */
function pieces(json: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < json.length; ) {
    let end = Math.min(start + PIECE, json.length);
    // Never split a surrogate pair.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    out.push((start === 0 ? '' : '|') + json.slice(start, end));
    start = end;
  }
  return out;
}

const CellTuple = z.tuple([z.literal('c'), SavedCellSchema.shape.sheet, SavedCellSchema.shape.row, SavedCellSchema.shape.col, SavedCellSchema.shape.value, SavedCellSchema.shape.formula, SavedCellSchema.shape.numberFormat, SavedCellSchema.shape.written]);
const SheetTuple = z.tuple([z.literal('s'), SavedSheetSchema]);
const RunHeader = RestorePointSchema.omit({ cells: true, sheets: true });

function records(point: RestorePoint): string[] {
  const { cells, sheets, ...header } = point;
  return [
    JSON.stringify(header),
    ...cells.map((c) => JSON.stringify(['c', c.sheet, c.row, c.col, c.value, c.formula, c.numberFormat, c.written])),
    ...sheets.map((s) => JSON.stringify(['s', s])),
  ];
}

/** The restore sheet holding these runs, oldest first. */
export function buildRestoreSheet(points: readonly RestorePoint[]): SheetOutput {
  const note = message('RESTORE_SHEET_NOTE');
  const cells: OutputCell[] = [
    { row: 0, col: 0, value: `${note.ja} / ${note.en}` },
    { row: 0, col: 1, value: FORMAT_MARKER },
  ];
  let row = 1;
  for (const point of points) {
    for (const record of records(point)) {
      pieces(record).forEach((text, col) => cells.push({ row, col, value: text }));
      row++;
    }
  }
  return { name: RESTORE_SHEET_NAME, cells, merges: [], columnWidths: [60], validations: [], hidden: true };
}

export interface RestoreLog {
  /** Oldest first. */
  points: RestorePoint[];
  /** The first row that could not be read, when the sheet is damaged. */
  damaged: SourceCell | null;
}

function rowText(sheet: SheetGrid, row: number): string {
  const values = sheet.values[row] ?? [];
  let text = '';
  for (let col = 0; col < values.length; col++) {
    const v = values[col];
    if (v === null || v === '') break;
    const s = String(v);
    text += col === 0 ? s : s.startsWith('|') ? s.slice(1) : s;
  }
  return text;
}

/** The runs recorded in the workbook; none when it has no restore sheet. */
export function readRestoreLog(grid: WorkbookGrid): RestoreLog {
  const sheet = grid.sheets.find((s) => s.name === RESTORE_SHEET_NAME);
  if (!sheet) return { points: [], damaged: null };
  if (sheet.values[0]?.[1] !== FORMAT_MARKER) return { points: [], damaged: { sheet: sheet.name, row: 0, col: 1 } };
  const points: RestorePoint[] = [];
  for (let row = 1; row < sheet.values.length; row++) {
    const text = rowText(sheet, row);
    if (text === '') continue;
    const damaged = { points, damaged: { sheet: sheet.name, row, col: 0 } };
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return damaged;
    }
    if (Array.isArray(json)) {
      const current = points[points.length - 1];
      if (!current) return damaged;
      const cell = CellTuple.safeParse(json);
      const saved = SheetTuple.safeParse(json);
      if (cell.success) {
        const [, sheetName, r, c, value, formula, numberFormat, written] = cell.data;
        current.cells.push({ sheet: sheetName, row: r, col: c, value, formula, numberFormat, written });
      } else if (saved.success) current.sheets.push(saved.data[1]);
      else return damaged;
    } else {
      const header = RunHeader.safeParse(json);
      if (!header.success) return damaged;
      points.push({ ...header.data, cells: [], sheets: [] });
    }
  }
  return { points, damaged: null };
}
