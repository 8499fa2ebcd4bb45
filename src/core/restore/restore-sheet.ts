import '../model/zod-config';
import { z } from 'zod';
import { message } from '../messages/catalogue';
import { RestorePointSchema, SavedCellSchema, SavedSheetSchema, type RestorePoint, type CellPosition } from '../model';
import type { CellValue, ExpectedCell, OutputCell, SheetGrid, SheetOutput, WorkbookGrid } from '../workbook/cell-grid';
import { jsonLength } from './json-length';

/** The hidden sheet that keeps what Shinchoku overwrote, so Restore works after the file is reopened. */
export const RESTORE_SHEET_NAME = '進捗_元に戻す';

/** Identifies the sheet as ours and its layout version (cell B1). */
const FORMAT_MARKER = '{"shinchoku":"restore","version":1}';

/** Runs kept; older ones are dropped so the workbook does not grow without end. */
const MAX_RESTORE_POINTS = 10;

/**
 * And no more text than this across the runs, each weighed as the JSON of its point: a 100,000-row grade weighs
 * 20.5 million characters (its rows in the log hold 7 million), so beside a run of that size no older one is kept.
 */
const MAX_RESTORE_TEXT = 20_000_000;

/**
 * The newest runs within both limits, oldest first; the newest run is always kept. `weigh` gives a run's
 * length as the JSON of its point (pointLength; a run being recorded is weighed without being made into objects).
 */
export function keptRestorePoints<T>(points: readonly T[], weigh: (point: T) => number): T[] {
  const kept: T[] = [];
  let text = 0;
  for (let i = points.length - 1; i >= 0 && kept.length < MAX_RESTORE_POINTS; i--) {
    if (kept.length > 0) {
      // the newest run's text counts once an older one is weighed: a run alone is not measured
      if (kept.length === 1) text += weigh(kept[0]);
      text += weigh(points[i]);
      if (text > MAX_RESTORE_TEXT) break;
    }
    kept.unshift(points[i]);
  }
  return kept;
}

/** Under Excel's 32,767 characters per cell. */
const PIECE = 30_000;

/** Saved cells per row: a 100,000-row grade is a thousand rows here, far from Excel's row limit. */
const CELLS_PER_RECORD = 200;

/**
 * One record per row, as JSON: the run's header, then its cells ["c", sheet, [[row, col, value,
 * formula, numberFormat, written], …]] (up to CELLS_PER_RECORD of one sheet) and sheets ["s", …].
 * JSON text starts with { or [, which Excel never reads as a number, date or formula; a record too
 * long for one cell continues in the next columns, each piece after the first marked with "|".
 */
function pieces(json: string): string[] {
  const out: string[] = [];
  for (let start = 0; start < json.length;) {
    let end = Math.min(start + PIECE, json.length);
    // Never split a surrogate pair.
    if (end < json.length && /[\uD800-\uDBFF]/.test(json[end - 1])) end--;
    out.push((start === 0 ? '' : '|') + json.slice(start, end));
    start = end;
  }
  return out;
}

const {
  sheet: SheetName,
  row: Row,
  col: Col,
  value: Value,
  formula: Formula,
  numberFormat: NumberFormat,
  written: Written,
} = SavedCellSchema.shape;
const CellsTuple = z.tuple([z.literal('c'), SheetName, z.array(z.tuple([Row, Col, Value, Formula, NumberFormat, Written]))]);
const SheetTuple = z.tuple([z.literal('s'), SavedSheetSchema]);
const RunHeader = RestorePointSchema.omit({ cells: true, sheets: true });

/** A saved cell as its record holds it. */
export type SavedCellTuple = [
  row: number,
  col: number,
  value: CellValue,
  formula: string | null,
  numberFormat: string | null,
  written: CellValue,
];

/**
 * The records of a run's cells, each sheet's in the order it was first written, CELLS_PER_RECORD to a record.
 * The cells are asked for by index, so a run being recorded (200,000 cells at 100,000 rows) never holds them
 * all as objects: a record's cells are made, written and let go.
 */
export function cellRecords(count: number, sheetOf: (i: number) => string, cellOf: (i: number) => SavedCellTuple): string[] {
  const bySheet = new Map<string, number[]>();
  for (let i = 0; i < count; i++) {
    const sheet = sheetOf(i);
    const list = bySheet.get(sheet);
    if (list) list.push(i);
    else bySheet.set(sheet, [i]);
  }
  const out: string[] = [];
  for (const [sheet, list] of bySheet) {
    for (let i = 0; i < list.length; i += CELLS_PER_RECORD) {
      out.push(JSON.stringify(['c', sheet, list.slice(i, i + CELLS_PER_RECORD).map(cellOf)]));
    }
  }
  return out;
}

/** The keys a saved cell has as an object: the length of its JSON beyond its values' own. */
const SAVED_CELL_KEYS =
  jsonLength(Object.fromEntries(SavedCellSchema.keyof().options.map((key) => [key, 0]))) - SavedCellSchema.keyof().options.length;

/**
 * The length of a run's cells as the JSON of its point (objects of SavedCell's keys, commas between them),
 * measured from their records' tuples: jsonLength would list each object's keys (16 MB for 200,000 cells).
 */
export function savedCellsLength(count: number, sheetOf: (i: number) => string, cellOf: (i: number) => SavedCellTuple): number {
  let length = Math.max(count - 1, 0);
  for (let i = 0; i < count; i++) {
    length += SAVED_CELL_KEYS + jsonLength(sheetOf(i));
    for (const v of cellOf(i)) length += jsonLength(v);
  }
  return length;
}

/** A point's cells as their records hold them. */
function savedCellTuples(cells: RestorePoint['cells']) {
  return {
    sheetOf: (i: number) => cells[i].sheet,
    cellOf: (i: number): SavedCellTuple => {
      const c = cells[i];
      return [c.row, c.col, c.value, c.formula, c.numberFormat, c.written];
    },
  };
}

/** The length of a point's JSON (what the log's limit weighs). */
export function pointLength(point: RestorePoint): number {
  const { sheetOf, cellOf } = savedCellTuples(point.cells);
  return jsonLength({ ...point, cells: [] }) + savedCellsLength(point.cells.length, sheetOf, cellOf);
}

/** The records of a run read from the sheet (or kept by a restore): its header, its cells, its sheets. */
export function pointRecords(point: RestorePoint): string[] {
  const { cells, sheets, ...header } = point;
  const { sheetOf, cellOf } = savedCellTuples(cells);
  return runRecords(header, cellRecords(cells.length, sheetOf, cellOf), sheets);
}

/** A run's records: the header first, then its cells' records, then each sheet it replaced. */
export function runRecords(
  header: Omit<RestorePoint, 'cells' | 'sheets'>,
  cells: readonly string[],
  sheets: RestorePoint['sheets'],
): string[] {
  return [JSON.stringify(header), ...cells, ...sheets.map((s) => JSON.stringify(['s', s]))];
}

/** The restore sheet holding these runs (each given as its records), oldest first. */
export function buildRestoreSheet(runs: readonly (readonly string[])[]): SheetOutput {
  const note = message('RESTORE_SHEET_NOTE');
  const cells: OutputCell[] = [
    { row: 0, col: 0, value: `${note.ja} / ${note.en}` },
    { row: 0, col: 1, value: FORMAT_MARKER },
  ];
  let row = 1;
  for (const records of runs) {
    for (const record of records) {
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
  damaged: CellPosition | null;
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

/**
 * The cells that show the record is as it was read: its marker, its last record and the empty row
 * after it. Another person's run in between appends there or rewrites the rows, so checking these
 * just before the write keeps a read-modify-write from dropping that run's record.
 */
export function restoreLogGuard(grid: WorkbookGrid): ExpectedCell[] {
  const sheet = grid.sheets.find((s) => s.name === RESTORE_SHEET_NAME);
  if (!sheet) return [];
  let last = 0;
  for (let row = sheet.values.length - 1; row > 0; row--) {
    if (rowText(sheet, row) !== '') {
      last = row;
      break;
    }
  }
  const at = (row: number, col: number) => ({ sheet: sheet.name, row, col, value: sheet.values[row]?.[col] ?? null });
  return [at(0, 1), ...(last > 0 ? [at(last, 0)] : []), at(last + 1, 0)];
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
      // a record says what it is first: each is checked against its own shape only (a thousand cell records at 100,000 rows)
      if (json[0] === 'c') {
        const cells = CellsTuple.safeParse(json);
        if (!cells.success) return damaged;
        const [, sheet, list] = cells.data;
        for (const [r, c, value, formula, numberFormat, written] of list)
          current.cells.push({ sheet, row: r, col: c, value, formula, numberFormat, written });
      } else {
        const saved = SheetTuple.safeParse(json);
        if (!saved.success) return damaged;
        current.sheets.push(saved.data[1]);
      }
    } else {
      const header = RunHeader.safeParse(json);
      if (!header.success) return damaged;
      points.push({ ...header.data, cells: [], sheets: [] });
    }
  }
  return { points, damaged: null };
}
