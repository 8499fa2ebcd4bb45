/**
 * The engine's view of a workbook: plain grids of cell values, shaped like
 * Office.js `range.values` / `range.formulas` / `range.numberFormat`, so the
 * Office adapter and the .xlsx adapter hand the core the same thing.
 */

/** A cell's value as Excel reports it: dates are serial numbers, errors are their text ("#DIV/0!"). */
export type CellValue = string | number | boolean | null;

/** 0-based, inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** values[r][c] is the cell at row r, column c (0-based; [0][0] is A1). Rows may be ragged. */
  values: CellValue[][];
  /** Same shape as values where present; the formula text ("=SUM(A1:A3)") or null. */
  formulas: (string | null)[][];
  /** Same shape as values where present; the number format code ("0.0%") or null for General. */
  numberFormats: (string | null)[][];
  merges: CellRange[];
  /** Hidden or very hidden in Excel. */
  hidden?: boolean;
}

/** The most cells a command reads (the .xlsx file and the live workbook alike): beyond it the engine's memory is at risk. */
export const MAX_WORKBOOK_CELLS = 5_000_000;

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /** The file asks Excel to recalculate on opening (.xlsx calcPr fullCalcOnLoad); a live workbook calculates anyway. */
  fullCalcOnLoad?: boolean;
}

/** Presentation the engine asks for; each adapter maps it to its own styling API. */
export interface CellStyle {
  numberFormat?: string;
  bold?: boolean;
  /** RGB hex without '#', e.g. "DDEBF7". */
  fill?: string;
  fontColor?: string;
  border?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap?: boolean;
}

/** One cell the engine changes in an existing sheet. Every other cell stays as it was. */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  /** Booleans only come back through a restore: the engine itself writes text and numbers. */
  value: string | number | boolean | null;
  /** When set, the cell's number format is changed; its font, fill and borders stay. */
  numberFormat?: string;
  /** Only a restore writes formulas: the one the cell held ("=SUM(A1:A3)"); value is its last result. */
  formula?: string;
}

/**
 * A cell that must still hold this value when the changes are written. Between reading and
 * writing, someone may have inserted rows or typed (co-authoring in Excel on the web).
 */
export interface ExpectedCell {
  sheet: string;
  row: number;
  col: number;
  value: CellValue;
}

/**
 * The cells a write expects, cell i asked for by its parts: a grade expects five cells a row (500,000 at
 * 100,000 rows), which as objects would fill the pane's heap until its write (see ExpectedCellColumns).
 */
export interface ExpectedCells extends Iterable<ExpectedCell> {
  readonly length: number;
  sheet(i: number): string;
  row(i: number): number;
  col(i: number): number;
  value(i: number): CellValue;
  /** Cell i as an object of its own. */
  at(i: number): ExpectedCell;
  /** The sheets the cells are on, each once. */
  sheetNames(): readonly string[];
  /** These cells, then `more`, as a new list (which may share this one's storage: nothing is added to this one after). */
  concat(more: Iterable<ExpectedCell>): ExpectedCells;
  /** The same cells with each column moved as `moved` says (the columns after an insert). */
  copy(moved: (sheet: string, col: number) => number): ExpectedCells;
}

export interface OutputCell {
  row: number;
  col: number;
  value: string | number | boolean | null;
  style?: CellStyle;
}

export interface ListValidation {
  range: CellRange;
  /** Allowed values; shown as a drop-down. */
  list: string[];
}

/** A sheet the engine owns (評価集計, the template's sheets): replaced whole when it already exists. */
export interface SheetOutput {
  name: string;
  cells: OutputCell[];
  merges: CellRange[];
  /** Column widths in characters, by column index; missing = default. */
  columnWidths: number[];
  validations: ListValidation[];
  /** Rows frozen at the top (the header). */
  frozenRows?: number;
  /** Sheets the add-in keeps for itself (e.g. restore data) are hidden. */
  hidden?: boolean;
  /** How it prints: A4 portrait, fit to the page width, `area` only, `titleRows` repeated on every page. */
  print?: PrintSetup;
  /** Row heights in points, by row index; missing = Excel's default (wrapped text that a file reader may not fit itself). */
  rowHeights?: number[];
  /** Native charts over the sheet's own cells; a rerun replaces the charts of the same names. */
  charts?: SheetChart[];
}

/** A series drawn from one column of the sheet's cells. */
export interface ChartSeries {
  name: string;
  values: CellRange;
  /** RGB hex without '#'. */
  color: string;
}

/**
 * Counts as stacked columns on the left axis and shares (fractions) as lines on a right axis in
 * percent, one point per category row: the shape of the conference material's trend chart.
 */
export interface SheetChart {
  /** Names the chart in the workbook, so a rerun finds and replaces it. */
  name: string;
  title: string;
  /** The cells it covers, top-left to bottom-right. */
  anchor: CellRange;
  /** One column of category labels, a cell per point. */
  categories: CellRange;
  columns: ChartSeries[];
  /** The count axis' top: room above the columns, so the share line and its labels clear them. */
  columnAxisMax: number;
  lines: ChartSeries[];
}

export interface PrintSetup {
  area: CellRange;
  /** 0-based rows repeated at the top of every printed page (the table's header). */
  titleRows?: { top: number; bottom: number };
}

/** Cells that hold grade labels: a live workbook colours each label and offers them as a drop-down. */
export interface GradeCells {
  sheet: string;
  range: CellRange;
  /** The policy's labels, best first, the not-graded label last. */
  labels: string[];
}

/**
 * Empty columns put into a staff sheet: the cells at `col` and to its right move `count` columns
 * right, and every reference to them (formulas, names, merges, rules) moves with them, as Excel's
 * Insert does. A restore takes the same columns out again.
 */
export interface ColumnInsert {
  sheet: string;
  /** 0-based: where the first new column goes, before the insert. */
  col: number;
  count: number;
  /** Merged headers ending just left of `col` that take the new columns in (the year's 「2024年度」 over its group). */
  widen?: CellRange[];
  /**
   * What column `col` held from the top down to the header row before the insert: where these
   * values stand afterwards tells a restore whether the insert landed (a write cut short may stop before it).
   */
  before?: CellValue[];
}

export interface WorkbookChanges {
  /**
   * Applied first, after `expected` is checked: `expected` is in the columns as read, `writes`,
   * `grades` and `sheets` in the columns after the insert.
   */
  insertColumns?: ColumnInsert[];
  /** Applied last, after `writes`: a restore taking out the columns its run put in. */
  deleteColumns?: ColumnInsert[];
  writes: CellWrite[];
  sheets: SheetOutput[];
  /** Presentation for the grade cells; an adapter that cannot style live cells ignores it. */
  grades?: GradeCells[];
  /** Checked just before writing: when any differs, nothing is written (WorkbookChangedError). */
  expected?: ExpectedCells;
  /** Engine-owned sheets to remove: a restore undoing the run that created them. */
  deleteSheets?: string[];
  /**
   * For a file: ask Excel to recalculate on opening (true: a formula may read a written cell), or
   * stop asking (false: a restore taking that back). Unset leaves the file's setting as it is.
   */
  recalculate?: boolean;
}
