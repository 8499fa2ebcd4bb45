import type { CellRange, CellValue } from '../../core/workbook/cell-grid';
import { columnOfRef, MAX_COLS, MAX_ROWS, parseRange } from './cell-ref';
import { fitted } from '../../core/model/fitted-array';
import { sameRowAs, sharedNullRow } from '../../core/workbook/null-row';
import { textPool } from '../../core/workbook/text-pool';
import { ownString } from './own-string';
import { RichTextCollector } from './rich-text';
import { formulaShifter } from './shift-formula';
import { readSimpleRow, SimpleContent, SimpleRow } from './simple-row';
import { TextRangeMemo } from './text-range-memo';
import { localName, XmlStream, type XmlHandler } from './xml-events';
import { LEFT_TO_SCANNER, type WholeElement } from './xml-scanner';
import { decodeOoxmlEscapes } from './xml-text';
import type { XlsxPackage } from './xlsx-package';
import { corrupt, XlsxFileError } from './xlsx-file-error';

export interface WorksheetReadContext {
  sharedStrings: readonly string[];
  formatsByXf: (string | null)[];
  date1904: boolean;
  /**
   * Shared by all sheets of the workbook: cells still allowed before the file counts as
   * too large, and grid slots (cells plus the empty rows and nulls that pad up to them),
   * so one stray cell at row 1,048,576 cannot make us build a million rows unasked.
   */
  budget: CellBudget;
  /** Called as each piece of a sheet's text is read (a thread reading sheets says it is alive). */
  onPiece?: () => void;
  /** One string for each text the cells repeat (see textPool); each sheet has its own without it. */
  pool?: (text: string) => string;
}

export interface CellBudget {
  remaining: number;
  slots: number;
  max: number;
}

/** A workbook's cells and grid slots, from the most allowed: slots are twice the cells. */
export function cellBudget(max: number): CellBudget {
  return { remaining: max, slots: 2 * max, max };
}

/** Takes `cells` and `slots` from the budget; past it, the workbook is refused as too large. */
export function spendBudget(budget: CellBudget, cells: number, slots: number): void {
  budget.remaining -= cells;
  budget.slots -= slots;
  if (budget.remaining < 0 || budget.slots < 0) {
    throw new XlsxFileError('too-large', `The workbook has more than ${budget.max.toLocaleString('en-US')} cells.`);
  }
}

export interface WorksheetCells {
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: (string | null)[][];
  merges: CellRange[];
}

const enum TextTarget {
  None,
  Value,
  Formula,
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Files spell newer functions "_xlfn.XLOOKUP"; Excel (and Office.js) show "XLOOKUP". */
function withoutFunctionPrefixes(formula: string): string {
  return formula.indexOf('_xl') < 0 ? formula : formula.replace(/_xl(?:fn|ws)\./g, '');
}

/** t="d" cells hold ISO 8601 text; the grid wants the serial number Excel would show. */
function isoDateToSerial(text: string, date1904: boolean): CellValue {
  const zoned = /[zZ]$|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T');
  const ms = Date.parse(zoned ? text : `${text}Z`);
  if (Number.isNaN(ms)) return text;
  return (ms - SERIAL_EPOCH_MS) / 86400000 - (date1904 ? 1462 : 0);
}

/** Streaming handler for one worksheet: builds the grids cell by cell, never the DOM. */
class WorksheetReader implements XmlHandler, WorksheetCells {
  values: CellValue[][] = [];
  formulas: (string | null)[][] = [];
  numberFormats: (string | null)[][] = [];
  /** The formats of the row read last: the next row of the same formats shares its array. */
  private lastFormats: (string | null)[] | undefined;
  private readonly pool: (text: string) => string;
  merges: CellRange[] = [];

  private inSheetData = false;
  private row = -1;
  private col = -1;
  private inCell = false;
  private cellType: string | undefined;
  private cellStyle = 0;
  private target = TextTarget.None;
  private hasValue = false;
  private valueText = '';
  private hasFormula = false;
  private formulaText = '';
  private formulaShared = false;
  private formulaSi: string | undefined;
  private inInline = false;
  private hasInline = false;
  /** The inline text as the cell's value, when a simple row read it through the memo (owned and pooled). */
  private inlineValue: string | undefined;
  private readonly rich = new RichTextCollector();
  private readonly masters = new Map<string, { row: number; col: number; shift: (dRow: number, dCol: number) => string }>();
  private readonly simple: SimpleRow;
  /** Rows are read from their text when they are simple; a reader given `wholeRows: false` reads each from its events. */
  readonly whole: WholeElement | undefined;

  constructor(
    private readonly ctx: WorksheetReadContext,
    private readonly part: string,
    wholeRows: boolean,
  ) {
    this.whole = wholeRows ? { name: 'row', read: (s, lt) => this.readRow(s, lt) } : undefined;
    const pool = (this.pool = ctx.pool ?? textPool());
    this.simple = new SimpleRow(true, true, new TextRangeMemo((text) => pool(ownString(decodeOoxmlEscapes(text)))));
  }

  open(name: string, attrs: Record<string, string>): void {
    const local = name.indexOf(':') < 0 ? name : localName(name);
    if (this.inCell) {
      if (local === 'v') {
        this.target = TextTarget.Value;
        this.hasValue = true;
      } else if (local === 'f') {
        this.target = TextTarget.Formula;
        this.hasFormula = true;
        this.formulaShared = attrs.t === 'shared';
        this.formulaSi = attrs.si;
      } else if (local === 'is') {
        this.inInline = true;
        this.hasInline = true;
        this.rich.reset();
      } else if (this.inInline) this.rich.open(local);
      return;
    }
    if (local === 'c') {
      if (!this.inSheetData) return;
      const ref = attrs.r;
      if (!this.startCell(ref === undefined ? -1 : columnOfRef(ref), attrs.s === undefined ? 0 : Number(attrs.s) || 0, attrs.t))
        throw this.outside(ref);
    } else if (local === 'row') {
      if (this.inSheetData) this.startRow(attrs.r === undefined ? NaN : Number(attrs.r));
    } else if (local === 'sheetData') {
      this.inSheetData = true;
    } else if (local === 'mergeCell') {
      const range = attrs.ref === undefined ? undefined : parseRange(attrs.ref);
      if (range) this.merges.push(range);
    }
  }

  /** A row numbered `r` (1-based, as written; NaN without one). */
  private startRow(r: number): void {
    // A row number that is not a whole number ("1.5") counts as missing, like "0" or "x".
    const row = (this.row = Number.isInteger(r) && r >= 1 ? r - 1 : this.row + 1);
    this.col = -1;
    // a row read before (its number written twice) may hold a shared row of nulls: its cells get one of their own
    if (row < this.formulas.length) {
      this.formulas[row] = [...this.formulas[row]];
      this.numberFormats[row] = [...this.numberFormats[row]];
    }
  }

  /** A cell in column `col` (-1: the one after the last); false when that is outside the sheet. */
  private startCell(col: number, style: number, type: string | undefined): boolean {
    this.col = col >= 0 ? col : this.col + 1;
    this.inCell = true;
    this.cellType = type;
    this.cellStyle = style;
    this.hasValue = this.hasFormula = this.hasInline = this.formulaShared = false;
    this.valueText = this.formulaText = '';
    this.formulaSi = this.inlineValue = undefined;
    // Past XFD or row 1,048,576 no Excel file goes; such a grid would only make every later step slow.
    return this.col < MAX_COLS && this.row < MAX_ROWS;
  }

  private outside(ref: string | undefined): XlsxFileError {
    return corrupt(`${this.part} has a cell outside the sheet (${ref ?? `row ${this.row + 1}`}).`);
  }

  /** A row of sheetData as Excel writes most, read from its text: the same steps as its events (see readSimpleRow). */
  private readRow(s: string, lt: number): number {
    if (!this.inSheetData || this.inCell) return LEFT_TO_SCANNER;
    const row = this.simple;
    const end = readSimpleRow(s, lt, row);
    if (end < 0) return end;
    this.startRow(row.r);
    for (let i = 0; i < row.count; i++) {
      if (!this.startCell(row.cols[i], row.styles[i], row.types[i])) throw this.outside(row.ref(s, i));
      const formula = row.formulas[i];
      if (formula !== null) {
        this.hasFormula = true;
        this.formulaText = formula;
        this.formulaShared = row.formulaShared[i];
        this.formulaSi = row.formulaSi[i];
      }
      const content = row.contents[i];
      const text = row.texts[i];
      if (content === SimpleContent.Value) {
        this.hasValue = true;
        this.valueText = text;
      } else if (content === SimpleContent.Inline && row.memoised[i]) {
        this.hasInline = true;
        this.inlineValue = text;
      } else if (content === SimpleContent.Inline) {
        this.hasInline = true;
        this.rich.reset();
        this.rich.open('t');
        if (text !== '') this.rich.text(text);
        this.rich.close('t');
      }
      this.inCell = false;
      this.finishCell();
    }
    this.finishRow();
    return end;
  }

  close(name: string): void {
    const local = name.indexOf(':') < 0 ? name : localName(name);
    if (this.inCell) {
      if (local === 'c') {
        this.inCell = false;
        this.finishCell();
      } else if (local === 'v' || local === 'f') this.target = TextTarget.None;
      else if (local === 'is') this.inInline = false;
      else if (this.inInline) this.rich.close(local);
    } else if (local === 'row' && this.inSheetData) this.finishRow();
    else if (local === 'sheetData') this.inSheetData = false;
  }

  /**
   * The row's arrays cut to their length: grown a cell at a time, V8 leaves room for more (41 slots for
   * 18 cells), which a grid of 100,000 rows would keep (a sixth of its memory). A row of no formulas (or no
   * formats) is the shared row of nulls; a row of the same formats as the row before is that row.
   */
  private finishRow(): void {
    const row = this.row;
    if (row < 0 || row >= this.values.length) return;
    this.values[row] = fitted(this.values[row]);
    this.formulas[row] = sharedNullRow(this.formulas[row]) ?? fitted(this.formulas[row]);
    const formats = this.numberFormats[row];
    this.numberFormats[row] = sharedNullRow(formats) ?? sameRowAs(formats, this.lastFormats) ?? fitted(formats);
    this.lastFormats = this.numberFormats[row];
  }

  text(text: string): void {
    if (this.target === TextTarget.Value) this.valueText += text;
    else if (this.target === TextTarget.Formula) this.formulaText += text;
    else if (this.inInline) this.rich.text(text);
  }

  private cellValue(): CellValue {
    const text = this.valueText;
    switch (this.cellType) {
      case 's': {
        if (!this.hasValue || text === '') return null;
        return this.ctx.sharedStrings[Number(text)] ?? null;
      }
      case 'inlineStr':
        if (this.hasInline) return this.inlineValue ?? this.rich.value();
        return this.hasValue ? decodeOoxmlEscapes(text) : null;
      case 'str':
        return this.hasValue ? decodeOoxmlEscapes(text) : null;
      case 'b':
        return this.hasValue ? text.trim() === '1' || text.trim() === 'true' : null;
      case 'e':
        return this.hasValue && text !== '' ? text : null;
      case 'd':
        return this.hasValue && text !== '' ? isoDateToSerial(text.trim(), this.ctx.date1904) : null;
      default: {
        if (!this.hasValue || text === '') return null;
        const n = Number(text);
        return Number.isNaN(n) ? text : n;
      }
    }
  }

  private cellFormula(): string | null {
    if (!this.hasFormula) return null;
    const text = this.formulaText;
    const si = this.formulaSi;
    if (text !== '') {
      const formula = withoutFunctionPrefixes(text);
      if (this.formulaShared && si !== undefined) this.masters.set(si, { row: this.row, col: this.col, shift: formulaShifter(formula) });
      return `=${formula}`;
    }
    if (!this.formulaShared || si === undefined) return null;
    const master = this.masters.get(si);
    return master ? `=${master.shift(this.row - master.row, this.col - master.col)}` : '=#REF!';
  }

  private finishCell(): void {
    // Empty text ("" shared, inline or cached) is a blank cell, as Office.js hands it to the engine.
    const text = this.cellValue();
    // a shared string is the table's own, an inline one read through the memo is pooled; any other text is cut
    // from the sheet's chunks, and pooled
    const owned = this.cellType === 's' || text === this.inlineValue;
    const value = text === '' ? null : typeof text === 'string' && !owned ? this.pool(ownString(text)) : text;
    const parsedFormula = this.cellFormula();
    const formula = parsedFormula === null ? null : ownString(parsedFormula);
    const format = this.ctx.formatsByXf[this.cellStyle] ?? null;
    if (value === null && formula === null && format === null) return;
    const { row, col } = this;
    const rowLength = row < this.values.length ? this.values[row].length : 0;
    spendBudget(this.ctx.budget, 1, Math.max(0, row + 1 - this.values.length) + Math.max(1, col + 1 - rowLength));
    while (this.values.length <= row) {
      this.values.push([]);
      this.formulas.push([]);
      this.numberFormats.push([]);
    }
    const values = this.values[row];
    const formulas = this.formulas[row];
    const formats = this.numberFormats[row];
    while (values.length < col) {
      values.push(null);
      formulas.push(null);
      formats.push(null);
    }
    values[col] = value;
    formulas[col] = formula;
    formats[col] = format;
  }
}

export function readWorksheet(pkg: XlsxPackage, part: string, ctx: WorksheetReadContext): WorksheetCells {
  return readWorksheetText((onText) => pkg.streamText(part, onText), part, ctx);
}

/**
 * A worksheet's cells from its text as `feed` hands it on. `wholeRows: false` reads every row from the
 * scanner's events, the reference the rows read whole are held to (test/property/simple-rows).
 */
export function readWorksheetText(
  feed: (onText: (chunk: string) => void) => void,
  part: string,
  ctx: WorksheetReadContext,
  wholeRows = true,
): WorksheetCells {
  const reader = new WorksheetReader(ctx, part, wholeRows);
  const stream = new XmlStream(reader, part);
  feed((chunk) => {
    stream.write(chunk);
    ctx.onPiece?.();
  });
  stream.end();
  const { values, formulas, numberFormats, merges } = reader;
  return { values, formulas, numberFormats, merges };
}
