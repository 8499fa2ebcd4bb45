import { columnLetters } from '../../core/workbook/cell-address';
import { MAX_COLS, MAX_ROWS } from './cell-ref';

/** One end of a reference; a column range has no row, a row range no column. */
interface RefPart {
  colAbs: boolean;
  col?: number;
  rowAbs: boolean;
  row?: number;
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

function compile(formula: string): Segment[] {
  const out: Segment[] = [];
  let literal = '';
  let i = 0;
  const push = (...refs: (RefPart | string)[]) => {
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
