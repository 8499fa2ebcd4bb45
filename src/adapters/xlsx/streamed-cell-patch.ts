import { CellEdits, cellFinder, type FoundCells, type SheetPatches, type StyleSource } from './patch-worksheet';
import { readSimpleRow, SimpleRow, type SimpleRowTaker } from './simple-row';
import { PieceText, TextSplicer, type TextEdits } from './text-splice';
import type { Utf8Sink } from './utf8-text';
import { localName, type XmlHandler } from './xml-events';
import { LEFT_TO_SCANNER, type WholeElement } from './xml-scanner';

/**
 * A worksheet's cells written as its text streams past (as read, or as a column move makes it, with
 * offsets in the moved text): each row, once closed, gets its new cells and goes to UTF-8 at once, so a
 * large sheet is never held whole, as text or in pieces. The text before the rows (its <dimension> grows with what is
 * written) and after them (where the grade colours go) waits for the end.
 */
export class StreamedCellPatch {
  /** Given the sheet's events, each after `emit` has had the text up to its end. */
  readonly handler: XmlHandler;
  /** Given rows already read (moved whole), each after `emit` has had its text. */
  readonly rows: SimpleRowTaker;
  private readonly found: () => FoundCells;
  private edits: CellEdits | undefined;
  /** The text emitted and not yet written, from offset `from` on. */
  private pieces: string[] = [];
  private from = 0;
  /** The text before the first row, once a row is written; `headEnd` just past <sheetData>. */
  private head: string | undefined;
  private headEnd = -1;

  constructor(
    private readonly part: string,
    private readonly patches: SheetPatches,
    private readonly styles: () => StyleSource,
    private readonly sink: Utf8Sink,
    wholeRows: boolean,
  ) {
    const finder = cellFinder(patches);
    this.found = finder.found;
    let depth = 0;
    let inRows = false;
    // the cells written lose their formulas, and shared formulas' other cells get their own text (see CellEdits)
    const simple = new SimpleRow(false, true);
    // a row of the rows as Excel writes them is found and written from its text (see readSimpleRow)
    this.rows = {
      takes: () => depth === 2 && inRows,
      take: (s, base, row) => {
        finder.simpleRow(s, 0, base, row);
        this.writeRowsTo(base + s.length);
      },
    };
    const whole: WholeElement = {
      name: 'row',
      read: (s, lt, base) => {
        if (!this.rows.takes()) return LEFT_TO_SCANNER;
        const end = readSimpleRow(s, lt, simple);
        if (end < 0) return end;
        finder.simpleRow(s, lt, base, simple);
        this.writeRowsTo(base + end);
        return end;
      },
    };
    this.handler = {
      ...(wholeRows ? { whole } : {}),
      open: (name, attrs, selfClosing, end, start) => {
        finder.handler.open!(name, attrs, selfClosing, end, start);
        if (depth++ === 1 && localName(name) === 'sheetData' && this.headEnd < 0) {
          this.headEnd = end;
          inRows = !selfClosing;
        }
      },
      close: (name, end, start) => {
        finder.handler.close!(name, end, start);
        const d = --depth;
        if (d === 1 && inRows && localName(name) === 'sheetData') inRows = false;
        else if (d === 2 && inRows) this.writeRowsTo(end);
      },
      text: (text) => finder.handler.text!(text),
    };
  }

  /** The next piece of the sheet's text. */
  emit(piece: string): void {
    this.pieces.push(piece);
  }

  /**
   * Writes the rest of the cells once the whole text is emitted. Returns the text before the rows (to go
   * in front of the bytes, with sink.finish) and what follows the cells, both still to be written.
   */
  finish(): { head: string; tail: string; removedFormula: boolean; root?: string } {
    const found = this.found();
    const edits = (this.edits ??= new CellEdits(this.part, found, this.patches, this.styles));
    const sd = found.sheetData!;
    const head = this.head ?? '';
    const headOut = new TextSplicer(head);
    const restFrom = this.from;
    const restOut = new TextSplicer(this.take(sd.end), restFrom);
    // a <dimension> written after the cells (out of the schema's order, but read) is edited where it stands
    const tailOut = new TextSplicer(this.take(Infinity), sd.end);
    const at = (start: number) => (start < head.length ? headOut : start < sd.end ? restOut : tailOut);
    const out: TextEdits = {
      slice: (start, end) => at(start).slice(start, end),
      replace: (start, end, text) => at(start).replace(start, end, text),
    };
    edits.newRows(found.newRows, out);
    edits.children(found.children, out);
    edits.dimension(found.dimension, out);
    for (const piece of restOut.toParts()) this.sink.write(piece);
    return { head: headOut.toString(), tail: tailOut.toString(), removedFormula: edits.removedFormula, root: found.root };
  }

  /** The rows up to `end` get their cells and are written; what the finder found for them is let go. */
  private writeRowsTo(end: number): void {
    const found = this.found();
    const edits = (this.edits ??= new CellEdits(this.part, found, this.patches, this.styles));
    if (this.head === undefined) this.head = this.take(this.headEnd).slice(0);
    const base = this.from;
    const out = new TextSplicer(this.take(end), base);
    for (const row of found.foundRows) edits.row(row, out);
    found.foundRows.length = 0;
    edits.newRows(
      takeOut(found.newRows, (r) => r.at < end),
      out,
    );
    edits.children(
      takeOut(found.children, (c) => c.start < end),
      out,
    );
    for (const piece of out.toParts()) this.sink.write(piece);
  }

  /** The text emitted from `from` up to `end` (all of it for Infinity), taken out of the buffer. */
  private take(end: number): PieceText {
    const out: string[] = [];
    let at = this.from;
    let i = 0;
    for (; i < this.pieces.length && at + this.pieces[i].length <= end; i++) {
      out.push(this.pieces[i]);
      at += this.pieces[i].length;
    }
    if (at < end && i < this.pieces.length) {
      const piece = this.pieces[i];
      out.push(piece.slice(0, end - at));
      this.pieces[i] = piece.slice(end - at);
      at = end;
    }
    if (at < end && end !== Infinity) throw new Error('Internal error: a row was closed before its text came.');
    this.pieces.splice(0, i);
    this.from = at;
    return new PieceText(out);
  }
}

/** The entries of `list` that `taken` picks, taken out of it. */
function takeOut<T>(list: T[], taken: (x: T) => boolean): T[] {
  const out = list.filter(taken);
  if (out.length > 0) {
    const kept = list.filter((x) => !taken(x));
    list.length = 0;
    list.push(...kept);
  }
  return out;
}
