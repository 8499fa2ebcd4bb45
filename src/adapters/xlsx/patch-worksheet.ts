import type { CellRange } from '../../core/workbook/cell-grid';
import { columnOfRef, formatRange, parseRange } from './cell-ref';
import { cellXml, type WrittenValue } from './cell-xml';
import { formulaShifter } from './shift-formula';
import { simpleTagAttributes, type SimpleRow } from './simple-row';
import type { TextEdits } from './text-splice';
import { localName, prefixOf, type XmlHandler } from './xml-events';
import { escapeXmlText } from './xml-text';
import { openSelfClosingTag, setTagAttribute } from './xml-tag';
import { corrupt } from './xlsx-file-error';

export interface CellPatch {
  value: WrittenValue;
  numberFormat?: string;
  formula?: string;
}

/** row → col → patch, 0-based. */
export type SheetPatches = Map<number, Map<number, CellPatch>>;

/** Whether a patch puts a formula in (only a restore's do). */
export function putsFormula(patches: SheetPatches): boolean {
  for (const row of patches.values()) for (const patch of row.values()) if (patch.formula !== undefined) return true;
  return false;
}

export interface StyleSource {
  xfWithNumberFormat(base: number, code: string): number;
}

interface FoundCell {
  col: number;
  start: number;
  end: number;
  attrs: Record<string, string>;
  hadFormula: boolean;
}

export interface FoundRow {
  row: number;
  name: string;
  start: number;
  openEnd: number;
  closeStart: number;
  selfClosing: boolean;
  attrs: Record<string, string>;
  targetCols: number[];
  nextTarget: number;
  cells: FoundCell[];
  insertions: { col: number; at: number }[];
}

export interface SharedChild {
  si: string;
  row: number;
  col: number;
  start: number;
  end: number;
}

/** Attributes that describe the old value or formula, not the cell's look. */
const DROPPED_CELL_ATTRS = new Set(['r', 's', 't', 'cm', 'vm']);

type SheetDataTags = { name: string; start: number; openEnd: number; closeStart: number; end: number; selfClosing: boolean };

/** Where the written cells, their rows and what they touch stand in a worksheet's XML. */
export interface FoundCells {
  /** The root element's name as written (its prefix is the document's). */
  root?: string;
  dimension?: { start: number; end: number; ref?: string };
  colStyles: { min: number; max: number; style: number }[];
  sheetData?: SheetDataTags;
  newRows: { row: number; at: number }[];
  foundRows: FoundRow[];
  masters: Map<string, { row: number; col: number; text: string }>;
  children: SharedChild[];
}

/**
 * Where the written cells, their rows and what they touch stand, as a handler of the sheet's events: from
 * the scanner, or from a column move the events of the sheet as moved (offsets in the moved text), so one
 * pass over a large sheet both moves columns and finds the cells (see StreamedCellPatch).
 */
export function cellFinder(patches: SheetPatches): {
  handler: XmlHandler;
  /** A row of sheetData read whole from s[lt], the text from offset `base` on: found as its events would be. */
  simpleRow(s: string, lt: number, base: number, simple: SimpleRow): void;
  found: () => FoundCells;
} {
  const targetRows = [...patches.keys()].sort((a, b) => a - b);
  let nextRow = 0;
  let depth = 0;
  let dimension: { start: number; end: number; ref?: string } | undefined;
  const colStyles: { min: number; max: number; style: number }[] = [];
  let sheetData: SheetDataTags | undefined;
  let root: string | undefined;
  let inSheetData = false;
  const newRows: { row: number; at: number }[] = [];
  const foundRows: FoundRow[] = [];
  let row = -1;
  let col = -1;
  let currentRow: FoundRow | undefined;
  let currentCell: FoundCell | undefined;
  const masters = new Map<string, { row: number; col: number; text: string }>();
  let masterText: { si: string; text: string } | undefined;
  const children: SharedChild[] = [];
  let openChild: SharedChild | undefined;

  const handler: XmlHandler = {
    open(name, attrs, selfClosing, end, start) {
      const d = depth++;
      const local = localName(name);
      if (d === 0) root = name;
      if (d === 1) {
        if (local === 'dimension') dimension = { start, end: selfClosing ? end : -1, ref: attrs.ref };
        else if (local === 'sheetData') {
          sheetData = { name, start, openEnd: end, closeStart: end, end, selfClosing };
          inSheetData = !selfClosing;
          if (selfClosing) while (nextRow < targetRows.length) newRows.push({ row: targetRows[nextRow++], at: start });
        }
        return;
      }
      if (d === 2 && local === 'col') {
        const style = Number(attrs.style ?? 0);
        if (style) colStyles.push({ min: Number(attrs.min) - 1, max: Number(attrs.max) - 1, style });
        return;
      }
      if (!inSheetData) return;
      if (d === 2 && local === 'row') {
        const r = attrs.r === undefined ? NaN : Number(attrs.r);
        row = r >= 1 ? r - 1 : row + 1;
        col = -1;
        while (nextRow < targetRows.length && targetRows[nextRow] < row) newRows.push({ row: targetRows[nextRow++], at: start });
        currentRow = undefined;
        if (targetRows[nextRow] === row) {
          nextRow++;
          currentRow = {
            row,
            name,
            start,
            openEnd: end,
            closeStart: end,
            selfClosing,
            attrs,
            targetCols: [...patches.get(row)!.keys()].sort((a, b) => a - b),
            nextTarget: 0,
            cells: [],
            insertions: [],
          };
          foundRows.push(currentRow);
        }
      } else if (d === 3 && local === 'c') {
        const c = attrs.r === undefined ? -1 : columnOfRef(attrs.r);
        col = c >= 0 ? c : col + 1;
        if (!currentRow) return;
        const targets = currentRow.targetCols;
        while (currentRow.nextTarget < targets.length && targets[currentRow.nextTarget] < col) {
          currentRow.insertions.push({ col: targets[currentRow.nextTarget++], at: start });
        }
        if (targets[currentRow.nextTarget] === col) {
          currentRow.nextTarget++;
          currentCell = { col, start, end, attrs, hadFormula: false };
        }
      } else if (d === 4 && local === 'f') {
        const si = attrs.si;
        const shared = attrs.t === 'shared' && si !== undefined;
        if (currentCell) {
          currentCell.hadFormula = true;
          if (shared && attrs.ref !== undefined) masterText = { si, text: '' };
        } else if (shared && attrs.ref === undefined && masters.has(si)) {
          openChild = { si, row, col, start, end };
          children.push(openChild);
        }
      }
    },
    close(name, end, start) {
      const d = --depth;
      if (d === 1 && dimension && dimension.end < 0 && localName(name) === 'dimension') dimension.end = end;
      if (d === 1 && inSheetData && sheetData && localName(name) === 'sheetData') {
        sheetData.closeStart = start;
        sheetData.end = end;
        inSheetData = false;
        while (nextRow < targetRows.length) newRows.push({ row: targetRows[nextRow++], at: sheetData.closeStart });
        return;
      }
      if (!inSheetData) return;
      if (d === 4 && masterText && localName(name) === 'f') {
        masters.set(masterText.si, { row, col, text: masterText.text });
        masterText = undefined;
      } else if (d === 4 && openChild) {
        openChild.end = end;
        openChild = undefined;
      } else if (d === 3 && currentCell) {
        currentCell.end = end;
        currentRow!.cells.push(currentCell);
        currentCell = undefined;
      } else if (d === 2 && currentRow) {
        if (!currentRow.selfClosing) currentRow.closeStart = start;
        const targets = currentRow.targetCols;
        while (currentRow.nextTarget < targets.length)
          currentRow.insertions.push({ col: targets[currentRow.nextTarget++], at: currentRow.closeStart });
        currentRow = undefined;
      }
    },
    text(text) {
      if (masterText) masterText.text += text;
    },
  };
  /** Cell i's formula, as the events of its <f> would be found: a master in a written cell, a child of one elsewhere. */
  const simpleFormula = (simple: SimpleRow, i: number, base: number, written: FoundCell | undefined) => {
    const text = simple.withFormulas ? simple.formulas[i] : null;
    if (text === null) return;
    const si = simple.formulaSi[i];
    const shared = simple.formulaShared[i] && si !== undefined;
    if (written) {
      written.hadFormula = true;
      if (shared && simple.formulaRef[i]) masters.set(si, { row, col, text });
    } else if (shared && !simple.formulaRef[i] && masters.has(si)) {
      children.push({ si, row, col, start: base + simple.formulaStart[i], end: base + simple.formulaEnd[i] });
    }
  };
  const simpleRow = (s: string, lt: number, base: number, simple: SimpleRow) => {
    const start = base + lt;
    row = simple.r >= 1 ? simple.r - 1 : row + 1;
    col = -1;
    while (nextRow < targetRows.length && targetRows[nextRow] < row) newRows.push({ row: targetRows[nextRow++], at: start });
    if (targetRows[nextRow] !== row) {
      for (let i = 0; i < simple.count; i++) {
        col = simple.cols[i] >= 0 ? simple.cols[i] : col + 1;
        simpleFormula(simple, i, base, undefined);
      }
      return;
    }
    nextRow++;
    const found: FoundRow = {
      row,
      name: 'row',
      start,
      openEnd: base + simple.openEnd,
      closeStart: base + simple.closeStart,
      selfClosing: simple.selfClosing,
      attrs: simpleTagAttributes(s, lt + 4),
      targetCols: [...patches.get(row)!.keys()].sort((a, b) => a - b),
      nextTarget: 0,
      cells: [],
      insertions: [],
    };
    foundRows.push(found);
    const targets = found.targetCols;
    for (let i = 0; i < simple.count; i++) {
      col = simple.cols[i] >= 0 ? simple.cols[i] : col + 1;
      const cellStart = base + simple.starts[i];
      while (found.nextTarget < targets.length && targets[found.nextTarget] < col)
        found.insertions.push({ col: targets[found.nextTarget++], at: cellStart });
      let written: FoundCell | undefined;
      if (targets[found.nextTarget] === col) {
        found.nextTarget++;
        written = {
          col,
          start: cellStart,
          end: base + simple.ends[i],
          attrs: simpleTagAttributes(s, simple.starts[i] + 2),
          hadFormula: false,
        };
        found.cells.push(written);
      }
      simpleFormula(simple, i, base, written);
    }
    while (found.nextTarget < targets.length) found.insertions.push({ col: targets[found.nextTarget++], at: found.closeStart });
  };
  return { handler, simpleRow, found: () => ({ root, dimension, colStyles, sheetData, newRows, foundRows, masters, children }) };
}

/**
 * The written cells' new XML as edits at the offsets `found` gives, a row at a time or all at once (the
 * range written, for <dimension>, grows as rows are done). Each method edits only the text it names.
 */
export class CellEdits {
  /** A written cell held a formula. */
  removedFormula = false;
  private written: CellRange | undefined;
  private readonly sheetData: SheetDataTags;
  private readonly shifters = new Map<string, (dRow: number, dCol: number) => string>();

  constructor(
    part: string,
    private readonly found: FoundCells,
    private readonly patches: SheetPatches,
    private readonly styles: () => StyleSource,
  ) {
    if (!found.sheetData) throw corrupt(`${part} has no <sheetData>.`);
    this.sheetData = found.sheetData;
  }

  /** A found row: its written cells, the cells put into it, and its own tag where that changes. */
  row(fr: FoundRow, out: TextEdits): void {
    const p = prefixOf(fr.name);
    for (const cell of fr.cells) {
      const patch = this.patches.get(fr.row)!.get(cell.col)!;
      const keep: Record<string, string> = {};
      for (const name in cell.attrs) if (!DROPPED_CELL_ATTRS.has(name)) keep[name] = cell.attrs[name];
      const base = Number(cell.attrs.s ?? 0) || 0;
      out.replace(cell.start, cell.end, cellXml(p, fr.row, cell.col, this.styleFor(base, patch), patch.value, keep, patch.formula));
      if (cell.hadFormula) this.removedFormula = true;
      this.grow(fr.row, cell.col);
    }
    const byPosition = new Map<number, number[]>();
    for (const ins of fr.insertions) byPosition.set(ins.at, [...(byPosition.get(ins.at) ?? []), ins.col]);
    let added = '';
    for (const [at, cols] of byPosition) {
      const cells = this.newCells(fr.row, cols, fr.attrs, p);
      if (!cells) continue;
      if (fr.selfClosing) added += cells;
      else out.replace(at, at, cells);
    }
    // the row's own tag changes only for a wider span or cells put into a self-closing row
    const spans = fr.attrs.spans;
    const wider = !!spans && fr.insertions.length > 0;
    if (!wider && !(fr.selfClosing && added)) return;
    const was = out.slice(fr.start, fr.openEnd);
    let tag = was;
    if (wider) {
      const [lo, hi] = spans.split(':').map(Number);
      const cols = fr.insertions.map((i) => i.col + 1);
      tag = setTagAttribute(tag, 'spans', `${Math.min(lo, ...cols)}:${Math.max(hi, ...cols)}`);
    }
    if (fr.selfClosing && added) out.replace(fr.start, fr.openEnd, `${openSelfClosingTag(tag)}${added}</${fr.name}>`);
    else if (tag !== was) out.replace(fr.start, fr.openEnd, tag);
  }

  /** Rows that do not exist yet, at the places found; all of them at once when <sheetData/> is self-closing. */
  newRows(rows: readonly { row: number; at: number }[], out: TextEdits): void {
    const sd = this.sheetData;
    const rowPrefix = prefixOf(sd.name);
    const rowsByPosition = new Map<number, string>();
    for (const nr of rows) {
      const cols = [...this.patches.get(nr.row)!.keys()].sort((a, b) => a - b);
      const cells = this.newCells(nr.row, cols, undefined, rowPrefix);
      if (cells)
        rowsByPosition.set(nr.at, (rowsByPosition.get(nr.at) ?? '') + `<${rowPrefix}row r="${nr.row + 1}">${cells}</${rowPrefix}row>`);
    }
    if (sd.selfClosing) {
      const all = [...rowsByPosition.values()].join('');
      if (all) out.replace(sd.start, sd.end, `${openSelfClosingTag(out.slice(sd.start, sd.openEnd))}${all}</${sd.name}>`);
    } else {
      for (const [at, text] of rowsByPosition) out.replace(at, at, text);
    }
  }

  /** Children were only recorded for masters in written cells: they get their own formula text. */
  children(children: readonly SharedChild[], out: TextEdits): void {
    const p = prefixOf(this.sheetData.name);
    for (const child of children) {
      const master = this.found.masters.get(child.si)!;
      let shift = this.shifters.get(child.si);
      if (!shift) this.shifters.set(child.si, (shift = formulaShifter(master.text)));
      out.replace(child.start, child.end, `<${p}f>${escapeXmlText(shift(child.row - master.row, child.col - master.col))}</${p}f>`);
    }
  }

  /** <dimension> grown over the cells written, once every row is done (as found by then: it may follow the rows). */
  dimension(dimension: FoundCells['dimension'], out: TextEdits): void {
    const w = this.written;
    if (!dimension || dimension.end <= 0 || !w) return;
    const old = dimension.ref ? parseRange(dimension.ref) : undefined;
    const merged = old
      ? {
          top: Math.min(old.top, w.top),
          left: Math.min(old.left, w.left),
          bottom: Math.max(old.bottom, w.bottom),
          right: Math.max(old.right, w.right),
        }
      : w;
    const ref = formatRange(merged);
    if (ref === dimension.ref) return;
    const tag = out.slice(dimension.start, dimension.end);
    const tagEnd = tag.indexOf('>') + 1;
    out.replace(dimension.start, dimension.start + tagEnd, setTagAttribute(tag.slice(0, tagEnd), 'ref', ref));
  }

  private grow(r: number, c: number): void {
    const w = this.written;
    if (!w) this.written = { top: r, left: c, bottom: r, right: c };
    else {
      w.top = Math.min(w.top, r);
      w.left = Math.min(w.left, c);
      w.bottom = Math.max(w.bottom, r);
      w.right = Math.max(w.right, c);
    }
  }

  private styleFor(base: number, patch: CellPatch): number {
    return patch.numberFormat !== undefined ? this.styles().xfWithNumberFormat(base, patch.numberFormat) : base;
  }

  private defaultStyle(rowAttrs: Record<string, string> | undefined, c: number): number {
    if (rowAttrs?.customFormat === '1' || rowAttrs?.customFormat === 'true') return Number(rowAttrs.s ?? 0) || 0;
    return this.found.colStyles.find((cs) => c >= cs.min && c <= cs.max)?.style ?? 0;
  }

  /** XML for cells that do not exist yet; a null without a format change creates nothing. */
  private newCells(r: number, cols: number[], rowAttrs: Record<string, string> | undefined, prefix: string): string {
    const out: string[] = [];
    for (const c of cols) {
      const patch = this.patches.get(r)!.get(c)!;
      if ((patch.value === null || patch.value === '') && patch.numberFormat === undefined && !patch.formula) continue;
      out.push(cellXml(prefix, r, c, this.styleFor(this.defaultStyle(rowAttrs, c), patch), patch.value, undefined, patch.formula));
      this.grow(r, c);
    }
    return out.join('');
  }
}
