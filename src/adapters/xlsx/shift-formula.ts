import { columnLetters } from '../../core/workbook/cell-address';
import { MAX_COLS, MAX_ROWS } from './cell-ref';
import { movedColumn, movedSpan, type ColumnMove } from '../../core/workbook/move-grid-columns';

/** One end of a reference; a column range has no row, a row range no column. */
interface RefPart {
  colAbs: boolean;
  col?: number;
  rowAbs: boolean;
  row?: number;
  /** The sheet it names ('成果指標'!N5 → 成果指標); undefined when unqualified; null for another workbook or a 3-D reference. */
  sheet?: string | null;
}
type Segment = string | RefPart;

const CELL = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_.(![])/y;
const COLUMNS = /(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_.(![])/y;
const ROWS = /(\$?)(\d{1,7}):(\$?)(\d{1,7})(?![A-Za-z0-9_.(![])/y;

function isNameChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95 ||
    code === 46 ||
    code === 92 ||
    code > 127
  );
}

function column(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Skips a "string" or 'sheet name' (quote doubled inside), or a [structured reference]. */
function skipQuoted(s: string, i: number): number {
  const q = s[i];
  if (q === '[') {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      if (s[j] === '[') depth++;
      else if (s[j] === ']' && --depth === 0) return j + 1;
    }
    return s.length;
  }
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === q) {
      if (s[j + 1] === q) j++;
      else return j + 1;
    }
  }
  return s.length;
}

const QUOTED_SHEET = /'((?:[^']|'')+)'!$/;
const PLAIN_SHEET = /([^\s!'"(),;:=+\-*/^&<>{}[\]]+)!$/;

/**
 * The sheet a reference is qualified with, from the text just before it: 'Sheet name'! or Sheet!,
 * the second end of a range taking the first's. null for [1]Sheet! (another workbook) and
 * Sheet1:Sheet3! (3-D): never one sheet of this workbook.
 */
function qualifier(before: string, previous: Segment | undefined): string | null | undefined {
  if (before === ':' && previous !== undefined && typeof previous !== 'string') return previous.sheet;
  if (!before.endsWith('!')) return undefined;
  const quoted = QUOTED_SHEET.exec(before);
  if (quoted) return /[[\]:]/.test(quoted[1]) ? null : quoted[1].replace(/''/g, "'");
  const plain = PLAIN_SHEET.exec(before);
  if (!plain) return undefined;
  const lead = before[plain.index - 1];
  return lead === ']' || lead === ':' ? null : plain[1];
}

function compile(formula: string): Segment[] {
  const out: Segment[] = [];
  let literal = '';
  let i = 0;
  const push = (...refs: (RefPart | string)[]) => {
    const sheet = qualifier(literal, out[out.length - 1]);
    for (const ref of refs) if (typeof ref !== 'string' && sheet !== undefined) ref.sheet = sheet;
    if (literal) out.push(literal);
    literal = '';
    out.push(...refs);
  };
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'" || ch === '[') {
      const j = skipQuoted(formula, i);
      literal += formula.slice(i, j);
      i = j;
      continue;
    }
    const code = formula.charCodeAt(i);
    if (!isNameChar(code) && ch !== '$') {
      literal += ch;
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    COLUMNS.lastIndex = CELL.lastIndex = ROWS.lastIndex = i;
    if ((m = CELL.exec(formula))) {
      push({ colAbs: m[1] === '$', col: column(m[2]), rowAbs: m[3] === '$', row: Number(m[4]) - 1 });
      i = CELL.lastIndex;
    } else if ((m = COLUMNS.exec(formula))) {
      push({ colAbs: m[1] === '$', col: column(m[2]), rowAbs: true }, ':', { colAbs: m[3] === '$', col: column(m[4]), rowAbs: true });
      i = COLUMNS.lastIndex;
    } else if ((m = ROWS.exec(formula))) {
      push({ colAbs: true, rowAbs: m[1] === '$', row: Number(m[2]) - 1 }, ':', {
        colAbs: true,
        rowAbs: m[3] === '$',
        row: Number(m[4]) - 1,
      });
      i = ROWS.lastIndex;
    } else {
      // A name, function or number: consume it whole so no reference is found inside it.
      let j = i + 1;
      while (j < formula.length && isNameChar(formula.charCodeAt(j))) j++;
      literal += formula.slice(i, j);
      i = j;
    }
  }
  if (literal) out.push(literal);
  return out;
}

function render(part: RefPart, dRow: number, dCol: number): string {
  let text = '';
  if (part.col !== undefined) {
    const col = part.colAbs ? part.col : part.col + dCol;
    if (col < 0 || col >= MAX_COLS) return '#REF!';
    text += (part.colAbs ? '$' : '') + columnLetters(col);
  }
  if (part.row !== undefined) {
    const row = part.rowAbs ? part.row : part.row + dRow;
    if (row < 0 || row >= MAX_ROWS) return '#REF!';
    text += (part.rowAbs ? '$' : '') + String(row + 1);
  }
  return text;
}

/**
 * Prepares a formula (without "=") to be moved: returns a function giving its text
 * when moved by (dRow, dCol), relative references shifted as Excel fills a shared formula.
 */
export function formulaShifter(formula: string): (dRow: number, dCol: number) => string {
  const segments = compile(formula);
  return (dRow, dCol) => {
    if (dRow === 0 && dCol === 0) return formula;
    let out = '';
    for (const seg of segments) out += typeof seg === 'string' ? seg : render(seg, dRow, dCol);
    return out;
  };
}

export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  return formulaShifter(formula)(dRow, dCol);
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function columnText(part: RefPart, col: number): string {
  return (part.colAbs ? '$' : '') + columnLetters(col) + (part.row !== undefined ? (part.rowAbs ? '$' : '') + String(part.row + 1) : '');
}

/**
 * A formula (without "=") as Excel rewrites it when columns of `move.sheet` are put in or taken
 * out: references to that sheet (unqualified ones when the formula is on it) at or right of the
 * change move; a range across it grows or shrinks; a cell taken out becomes #REF!.
 */
export function moveColumnsInFormula(formula: string, move: ColumnMove, formulaSheet: string): string {
  const segments = compile(formula);
  const ours = (p: RefPart) => p.col !== undefined && p.sheet !== null && sameSheet(p.sheet ?? formulaSheet, move.sheet);
  if (!segments.some((seg) => typeof seg !== 'string' && ours(seg))) return formula;
  let out = '';
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (typeof seg === 'string') {
      out += seg;
      continue;
    }
    const end = segments[i + 2];
    if (segments[i + 1] === ':' && end !== undefined && typeof end !== 'string') {
      // a range: each end moves; an end taken out closes in on what is left
      if (!ours(seg) || !ours(end)) {
        out += render(seg, 0, 0) + ':' + render(end, 0, 0);
      } else {
        const span = movedSpan(seg.col!, end.col!, move);
        out += span ? `${columnText(seg, span.left)}:${columnText(end, span.right)}` : '#REF!';
      }
      i += 2;
      continue;
    }
    if (!ours(seg)) {
      out += render(seg, 0, 0);
      continue;
    }
    const col = movedColumn(seg.col!, move);
    out += col === undefined ? '#REF!' : columnText(seg, col);
  }
  return out;
}
