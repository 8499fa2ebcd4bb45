import type { CellRange } from '../../core/workbook/cell-grid';
import { cellAddress } from '../../core/workbook/cell-address';
import { ColumnInsertRefusedError, type InsertBlocker } from '../../core/workbook/column-insert';
import { columnOfRef, formatRange, parseRange, rowOfRef } from './cell-ref';
import { moveColumnsInFormula } from './shift-formula';
import { movedColumn, movedSpan, type ColumnMove } from '../../core/workbook/move-grid-columns';
import { readSimpleRow, SimpleRow, type SimpleRowTaker } from './simple-row';
import { TextSplicer, type TextEdits } from './text-splice';
import { localName, parseXml, type XmlHandler } from './xml-events';
import { LEFT_TO_SCANNER } from './xml-scanner';
import { escapeXmlText } from './xml-text';
import { setTagAttribute } from './xml-tag';

/** Elements of the moved sheet that hold something the mover does not rewrite: it refuses instead. */
const BLOCKERS: Record<string, InsertBlocker> = {
  tablePart: 'table',
  legacyDrawing: 'comments',
  drawing: 'drawing',
  extLst: 'extension',
  colBreaks: 'page-breaks',
};

/** Elements whose text is a formula. */
const FORMULA_TEXT = new Set(['f', 'formula', 'formula1', 'formula2', 'definedName']);

/** A range after the move; undefined when every column of it is taken out. */
function movedRange(r: CellRange, move: ColumnMove): CellRange | undefined {
  const span = movedSpan(r.left, r.right, move);
  return span && { ...r, ...span };
}

function movedRef(ref: string, move: ColumnMove): string | undefined {
  const r = parseRange(ref);
  if (!r) return ref;
  const moved = movedRange(r, move);
  if (!moved) return undefined;
  // keep a one-cell ref written as a range ("A1:A1") as it was written
  return ref.includes(':') ? `${cellAddress(moved.top, moved.left)}:${cellAddress(moved.bottom, moved.right)}` : formatRange(moved);
}

/** "A1 C3:D9": each range moved, those taken out dropped; undefined when none is left. */
function movedSqref(sqref: string, move: ColumnMove): string | undefined {
  const out = sqref
    .split(/\s+/)
    .filter(Boolean)
    .map((ref) => movedRef(ref, move))
    .filter((ref): ref is string => ref !== undefined);
  return out.length > 0 ? out.join(' ') : undefined;
}

const straddles = (r: CellRange, at: number) => r.left < at && r.right >= at;

/** The attributes a re-parse of the edited tag would give: set ones in place, new ones last, null ones gone. */
function withAttributes(attrs: Record<string, string>, patch: Record<string, string | null>): Record<string, string> {
  const out = { ...attrs };
  for (const name in patch) {
    const value = patch[name];
    if (value === null) delete out[name];
    else out[name] = value;
  }
  return out;
}

/**
 * The worksheet XML with columns put in or taken out, as Excel's Insert and Delete do it: cells,
 * column widths, merges, rule and validation ranges, selections, hyperlinks, the autofilter and
 * every formula move; a merge in `widen` (columns as before the insert) takes the new columns in.
 * `moved` says whether this is the sheet whose columns move; on any other sheet only references to
 * it move. Throws ColumnInsertRefusedError, before anything changes, on what it cannot move.
 * `next` is given the events of the moved XML as it is made, with their offsets in it (see cellFinder); a
 * delete's lists (see CONTAINERS) are edited at their end, so within them, and for a list taken out whole,
 * the offsets are not yet those of the moved text.
 */
export function moveColumnsInWorksheet(
  xml: string,
  part: string,
  sheetName: string,
  move: ColumnMove,
  options: MoveOptions,
): { xml: string | string[]; hasFormulas: boolean } {
  const splicer = new TextSplicer(xml);
  const mover = columnMover(splicer, sheetName, move, options);
  parseXml(xml, mover.handler, part);
  // the source when nothing moved; else the new text in pieces: joined, a large sheet's would be a second copy of it
  return { xml: splicer.isEmpty ? xml : splicer.toParts(), hasFormulas: mover.hasFormulas() };
}

export interface MoveOptions {
  moved: boolean;
  widen?: readonly CellRange[];
  next?: XmlHandler;
  /** How `next` takes the rows moved whole; without it, a streamed sheet's rows are all handed on as events. */
  nextRows?: SimpleRowTaker;
  /** False: every row through the scanner's events, the reference the rows moved whole are held to. */
  wholeRows?: boolean;
}

/**
 * The handler of moveColumnsInWorksheet, for a text read whole or streamed: it reads the tags it edits
 * from `edits` and puts its edits there, in the order of the text (only a delete's merge count comes last).
 */
export function columnMover(
  edits: TextEdits,
  sheetName: string,
  move: ColumnMove,
  options: MoveOptions,
): { handler: XmlHandler; hasFormulas(): boolean } {
  const refuse = (blocker: InsertBlocker): never => {
    throw new ColumnInsertRefusedError(move.sheet, blocker);
  };
  const widen = options.widen ?? [];
  const next = options.next;
  // how much longer the moved text is than the source up to the last edit: edits come in document order
  let shift = 0;
  /** A delete's container being read (see CONTAINERS): its edits wait for its end. */
  let container: Container | undefined;
  const edit = (start: number, end: number, text: string) => {
    if (container) return void container.edits.push({ start, end, text });
    edits.replace(start, end, text);
    shift += text.length - (end - start);
  };
  /** Hands `next` whole elements put in at `at` (source offset), each a self-closing tag with its attributes. */
  const insertTags = (at: number, name: string, tags: { text: string; attrs: Record<string, string> }[]) => {
    let out = at + shift;
    edit(at, at, tags.map((t) => t.text).join(''));
    for (const t of tags) {
      next?.open?.(name, t.attrs, true, out + t.text.length, out);
      next?.close?.(name, out + t.text.length, out);
      out += t.text.length;
    }
  };
  let hasFormulas = false;
  let formula: { start: number; text: string; acrossColumns: boolean } | undefined;
  let dropped: { name: string; start: number } | undefined;
  let cell: { name: string; row: number; col: number; style?: string } | undefined;
  // the moved text's offsets of a self-closing tag, for its close; a copy of a <col> to put after it
  let selfClosed: { start: number; end: number } | undefined;
  let gone = false;
  let colCopy: { text: string; attrs: Record<string, string> } | undefined;
  /** An element taken out: a self-closing one at once, another with its content once it closes. */
  const removeElement = (name: string, selfClosing: boolean, end: number, start: number) => {
    if (container && localName(name) === container.child) container.removed++;
    if (!selfClosing) dropped = { name, start };
    else {
      edit(start, end, '');
      gone = true;
    }
  };

  const cellsAt = new CellPlaces(move);

  const handler: XmlHandler = {
    open(name, attrs, selfClosing, end, start) {
      const local = localName(name);
      if (dropped) {
        // a formula taken out with its cell leaves the calculation chain pointing at the cell that moves in
        if (local === 'f') hasFormulas = true;
        return;
      }
      // every attribute this element changes, set in one edit
      const patch: Record<string, string | null> = {};
      if (FORMULA_TEXT.has(local) && !selfClosing) formula = { start: end, text: '', acrossColumns: false };
      if (local === 'f') {
        hasFormulas = true;
        const ref = attrs.ref ? parseRange(attrs.ref) : undefined;
        // a shared formula filled across columns gives its cells by offset from the first: moving some of them breaks it
        const across = attrs.t === 'shared' && !!ref && ref.left !== ref.right;
        if (formula) formula.acrossColumns = across;
        if (options.moved && ref) {
          if (across || straddles(ref, move.at)) refuse('shared-formula');
          patch.ref = movedRef(attrs.ref, move) ?? null;
        }
      } else if (local === 'hyperlink' && attrs.location) {
        patch.location = moveColumnsInFormula(attrs.location, move, sheetName);
      }
      if (options.moved) {
        const blocker = BLOCKERS[local];
        if (blocker) refuse(blocker);
        if (container && local === container.child) container.children++;
        else if (move.delta < 0 && CONTAINERS.has(local) && !selfClosing) {
          container = {
            name: local,
            child: CONTAINERS.get(local)!,
            start,
            end,
            counted: attrs.count !== undefined,
            children: 0,
            removed: 0,
            edits: [],
          };
        }
        switch (local) {
          case 'c': {
            const own = attrs.r ? columnOfRef(attrs.r) : -1;
            const { was, col } = cellsAt.place(own);
            // a cell of a column taken out goes with it
            if (col === undefined) return removeElement(name, selfClosing, end, start);
            const row = own >= 0 ? rowOfRef(attrs.r) : cellsAt.row;
            if (cellsAt.withRef) patch.r = cellAddress(row, col);
            // the cell left of inserted columns lends them its style (see close)
            if (was === move.at - 1 && move.delta > 0 && attrs.s) cell = { name, row, col: was, style: attrs.s };
            break;
          }
          case 'row':
            cellsAt.startRow(attrs.r === undefined ? NaN : Number(attrs.r));
            // spans is an optional hint of the row's columns, stale after a move
            if (attrs.spans !== undefined) patch.spans = null;
            break;
          case 'hyperlink': {
            // a link of cells taken out goes with them, as Excel's Delete takes it (an external one's relationship stays, unused)
            const ref = attrs.ref ? movedRef(attrs.ref, move) : undefined;
            if (attrs.ref && ref === undefined) return removeElement(name, selfClosing, end, start);
            if (ref) patch.ref = ref;
            break;
          }
          case 'dimension':
          case 'sortState':
            if (attrs.ref) patch.ref = movedRef(attrs.ref, move) ?? cellAddress(0, 0);
            break;
          case 'autoFilter': {
            const r = attrs.ref ? parseRange(attrs.ref) : undefined;
            if (r && (straddles(r, move.at) || !movedRange(r, move))) refuse('filter');
            if (attrs.ref) patch.ref = movedRef(attrs.ref, move) ?? null;
            break;
          }
          case 'mergeCell': {
            const r = attrs.ref ? parseRange(attrs.ref) : undefined;
            if (!r) break;
            const wide = widen.some((w) => w.top === r.top && w.left === r.left && w.bottom === r.bottom && w.right === r.right);
            const moved = wide ? { ...r, right: r.right + move.delta } : movedRange(r, move);
            if (moved && (moved.left !== moved.right || moved.top !== moved.bottom)) patch.ref = formatRange(moved);
            else return removeElement(name, selfClosing, end, start);
            break;
          }
          case 'col': {
            const widths = movedColumnWidths(attrs, move);
            if (widths === undefined) break;
            if (widths.length === 0) return removeElement(name, selfClosing, end, start);
            Object.assign(patch, widths[0]);
            // the new columns' <col>, a self-closing copy, follows the element (see close)
            if (widths[1]) {
              const copy = setTagAttribute(setTagAttribute(edits.slice(start, end), 'min', widths[1].min), 'max', widths[1].max);
              colCopy = { text: selfClosing ? copy : copy.replace(/>$/, '/>'), attrs: withAttributes(attrs, widths[1]) };
            }
            break;
          }
          case 'selection':
            if (attrs.activeCell) patch.activeCell = movedRef(attrs.activeCell, move) ?? 'A1';
            if (attrs.sqref !== undefined) patch.sqref = movedSqref(attrs.sqref, move) ?? 'A1';
            break;
          case 'pane':
            if (attrs.topLeftCell) patch.topLeftCell = movedRef(attrs.topLeftCell, move) ?? 'A1';
            break;
          default:
            if (attrs.sqref !== undefined) {
              const sqref = movedSqref(attrs.sqref, move);
              // a rule or validation all of whose cells are taken out goes with them
              if (sqref === undefined) return removeElement(name, selfClosing, end, start);
              patch.sqref = sqref;
            }
        }
      }
      let tag: string | undefined;
      let was: string | undefined;
      for (const attr in patch) tag = setTagAttribute(tag ?? (was = edits.slice(start, end)), attr, patch[attr]);
      const out = start + shift;
      if (tag !== undefined && tag !== was) edit(start, end, tag);
      const length = tag === undefined ? end - start : tag.length;
      next?.open?.(name, tag === undefined ? attrs : withAttributes(attrs, patch), selfClosing, out + length, out);
      if (selfClosing) selfClosed = { start: out, end: out + length };
    },
    text(text) {
      if (formula) formula.text += text;
      else if (!dropped) next?.text?.(text);
    },
    close(name, end, closeStart) {
      if (dropped) {
        if (name === dropped.name) {
          edit(dropped.start, end, '');
          dropped = undefined;
        }
        return;
      }
      if (gone) {
        gone = false;
        return;
      }
      const local = localName(name);
      if (container && local === container.name) closeContainer(end);
      if (formula && FORMULA_TEXT.has(local)) {
        const moved = moveColumnsInFormula(formula.text, move, sheetName);
        if (moved !== formula.text) {
          if (formula.acrossColumns) refuse('shared-formula');
          edit(formula.start, closeStart, escapeXmlText(moved));
        }
        if (moved !== '') next?.text?.(moved);
        formula = undefined;
      }
      const outStart = selfClosed ? selfClosed.start : closeStart + shift;
      const outEnd = selfClosed ? selfClosed.end : end + shift;
      selfClosed = undefined;
      // a row is done: what a stream has of the text up to its end can go on
      if (local === 'row') edits.settle?.(end);
      next?.close?.(name, outEnd, outStart);
      if (colCopy && local === 'col') {
        insertTags(end, name, [colCopy]);
        colCopy = undefined;
      }
      if (cell && local === 'c') {
        // new columns are formatted like the column left of them, as Excel's Insert does
        const { row, style } = cell;
        if (style) {
          const fresh = Array.from({ length: move.delta }, (_, i) => {
            const r = cellAddress(row, move.at + i);
            return { text: `<${cell!.name} r="${r}" s="${style}"/>`, attrs: { r, s: style } };
          });
          insertTags(end, cell.name, fresh);
          cellsAt.putIn(move.at + move.delta - 1);
        }
        cell = undefined;
      }
    },
  };
  const simple = new SimpleRow(false);
  const movedRow = new SimpleRow(false);
  const nextRows = options.nextRows;
  /**
   * A row as Excel writes them, moved from its text as its events would move it, and handed on whole with
   * where its parts stand in the moved text (`nextRows`), when the next handler takes rows now.
   */
  const readRow = (s: string, lt: number, base: number): number => {
    if (!options.moved || dropped || formula || cell || colCopy) return LEFT_TO_SCANNER;
    if (next && !nextRows?.takes()) return LEFT_TO_SCANNER;
    const end = readSimpleRow(s, lt, simple);
    if (end < 0) return end;
    const out = base + lt + shift;
    const pieces: string[] = [];
    // the moved text is the source up to `at` with its edits: `length` long
    let at = lt;
    let length = 0;
    const movedAt = (source: number) => length + source - at;
    const put = (from: number, to: number, text: string) => {
      pieces.push(s.slice(at, from), text);
      edit(base + from, base + to, text);
      length += from - at + text.length;
      at = to;
    };
    if (simple.spans) put(lt, simple.openEnd, setTagAttribute(s.slice(lt, simple.openEnd), 'spans', null));
    cellsAt.startRow(simple.r);
    const row = movedRow;
    row.r = simple.r;
    row.selfClosing = simple.selfClosing;
    row.openEnd = movedAt(simple.openEnd);
    row.count = 0;
    const place = (start: number, end: number, col: number) => {
      row.starts[row.count] = start;
      row.ends[row.count] = end;
      row.cols[row.count++] = col;
    };
    for (let i = 0; i < simple.count; i++) {
      const own = simple.cols[i];
      const { was, col } = cellsAt.place(own);
      if (col === undefined) {
        put(simple.starts[i], simple.ends[i], '');
        continue;
      }
      const start = movedAt(simple.starts[i]);
      const r = own >= 0 ? rowOfRef(simple.ref(s, i)!) : cellsAt.row;
      if (cellsAt.withRef) {
        const tag = s.slice(simple.starts[i], simple.openEnds[i]);
        const moved = setTagAttribute(tag, 'r', cellAddress(r, col));
        if (moved !== tag) put(simple.starts[i], simple.openEnds[i], moved);
      }
      place(start, movedAt(simple.ends[i]), col);
      const style = simple.style(s, i);
      if (was === move.at - 1 && move.delta > 0 && style) {
        const fresh = Array.from({ length: move.delta }, (_, k) => `<c r="${cellAddress(r, move.at + k)}" s="${style}"/>`);
        let from = movedAt(simple.ends[i]);
        fresh.forEach((tag, k) => place(from, (from += tag.length), move.at + k));
        put(simple.ends[i], simple.ends[i], fresh.join(''));
        cellsAt.putIn(move.at + move.delta - 1);
      }
    }
    row.closeStart = simple.selfClosing ? row.openEnd : movedAt(simple.closeStart);
    edits.settle?.(base + end);
    if (nextRows) {
      pieces.push(s.slice(at, end));
      nextRows.take(pieces.join(''), out, row);
    }
    return end;
  };
  if (options.wholeRows !== false) handler.whole = { name: 'row', read: readRow };

  /**
   * A delete's container at its end: taken out whole when nothing is left in it, else its count set to what is
   * left and its edits made. What `next` was given inside it is off by the edits, which come after the cells.
   */
  function closeContainer(closeEnd: number): void {
    const c = container!;
    container = undefined;
    if (c.children > 0 && c.removed === c.children) return edit(c.start, closeEnd, '');
    if (c.removed > 0 && c.counted)
      edit(c.start, c.end, setTagAttribute(edits.slice(c.start, c.end), 'count', String(c.children - c.removed)));
    for (const e of c.edits) edit(e.start, e.end, e.text);
  }
  return { handler, hasFormulas: () => hasFormulas };
}

/**
 * A <col min max> (1-based) after the move, as the attributes to set: right of the change it moves;
 * across it, it grows or shrinks; the new columns get a second <col>, as wide as the column just
 * left of them, as Excel's Insert does. Undefined when it stays, none when its columns are taken out.
 */
function movedColumnWidths(attrs: Record<string, string>, move: ColumnMove): { min: string; max: string }[] | undefined {
  const min = Number(attrs.min) - 1;
  const max = Number(attrs.max) - 1;
  if (!Number.isInteger(min) || !Number.isInteger(max)) return undefined;
  const range = movedRange({ top: 0, bottom: 0, left: min, right: max }, move);
  if (!range) return [];
  const widths = [{ min: String(range.left + 1), max: String(range.right + 1) }];
  if (move.delta > 0 && max === move.at - 1) widths.push({ min: String(move.at + 1), max: String(move.at + move.delta) });
  return widths;
}

/** Defined names (print areas, named ranges) pointing at the sheet follow its columns; workbook.xml's text otherwise stays. */
export function moveColumnsInDefinedNames(workbookXml: string, part: string, move: ColumnMove): string {
  // a defined name's references are qualified: no sheet is "its own"
  const moved = moveColumnsInWorksheet(workbookXml, part, '\u0000', move, { moved: false }).xml;
  return typeof moved === 'string' ? moved : moved.join('');
}

/**
 * The elements that hold a list a delete may empty, by the name of what they hold: the schema wants one at
 * least (Excel repairs a workbook with an empty <dataValidations>), and a count says how many.
 */
const CONTAINERS: ReadonlyMap<string, string> = new Map([
  ['mergeCells', 'mergeCell'],
  ['dataValidations', 'dataValidation'],
  ['cols', 'col'],
  ['hyperlinks', 'hyperlink'],
]);

interface Container {
  name: string;
  child: string;
  /** Where its start tag stands. */
  start: number;
  end: number;
  /** Whether it says how many it holds. */
  counted: boolean;
  children: number;
  removed: number;
  edits: { start: number; end: number; text: string }[];
}

/**
 * Where a moved sheet's cells stand: a cell without r (it may be left out) is the one after the cell before it,
 * in the source and in the moved text alike. When a move takes the cell before it away or moves them apart,
 * it is given its r.
 */
class CellPlaces {
  /** The row, 0-based. */
  row = -1;
  /** The last cell placed: its column, where it goes (undefined: taken out), whether its r must say so. */
  was = -1;
  col: number | undefined;
  withRef = false;
  /** The column of a next cell without r, in the source and in the moved text. */
  private next = 0;
  private movedNext = 0;

  constructor(private readonly move: ColumnMove) {}

  /** A row opens, with its r (NaN without one: the row after the one before). */
  startRow(r: number): void {
    this.row = r >= 1 ? r - 1 : this.row + 1;
    this.next = 0;
    this.movedNext = 0;
  }

  /** The next cell of the row, its column from its r (-1 without one). */
  place(own: number): this {
    this.was = own >= 0 ? own : this.next;
    this.next = this.was + 1;
    this.col = movedColumn(this.was, this.move);
    if (this.col === undefined) return this;
    this.withRef = own >= 0 ? this.col !== this.was : this.col !== this.movedNext;
    this.movedNext = this.col + 1;
    return this;
  }

  /** Cells put in after the last one placed, up to column `last`, each with its r. */
  putIn(last: number): void {
    this.movedNext = last + 1;
  }
}
