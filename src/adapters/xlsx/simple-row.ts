import { columnAt } from './cell-ref';
import { LONGEST_MEMOISED, type TextRangeMemo } from './text-range-memo';
import { AMPERSAND, DOUBLE_QUOTE, EQUALS, GT, LEFT_TO_SCANNER, LT, MORE_TEXT, resolveReferences, SLASH } from './xml-scanner';

/** What a cell of a simple row holds. */
export const enum SimpleContent {
  None,
  /** <v>text</v> */
  Value,
  /** <is><t>text</t></is> */
  Inline,
}

/**
 * A worksheet row as Excel writes most of them, read from its text (see readSimpleRow), reused row after row.
 * Attributes are given as the reader takes them, cut from the text only when it keeps them: a 100,000-row sheet
 * has millions.
 */
export class SimpleRow {
  /**
   * `values: false` for a reader of where cells stand only (a writer): styles, types, contents and texts are left
   * as they were. `withFormulas: false` (a column move, which moves formulas from their events): a row with a
   * formula is not simple. With `inlineMemo`, a short inline text with no reference in it is given as its reading
   * (see `memoised`).
   */
  constructor(
    readonly values = true,
    readonly withFormulas = values,
    readonly inlineMemo?: TextRangeMemo,
  ) {}

  /** The row's r as a number (NaN without one). */
  r = NaN;
  /** Whether the row's tag has a spans attribute. */
  spans = false;
  /** Where its start tag ends, where its end tag starts (its start tag's end when self-closing). */
  openEnd = 0;
  closeStart = 0;
  selfClosing = false;
  count = 0;
  /** Where each cell's element starts, where its start tag ends, and where it ends. */
  readonly starts: number[] = [];
  readonly openEnds: number[] = [];
  readonly ends: number[] = [];
  /** Each cell's column from its r (-1 without one) and where its r and s stand (-1 without one). */
  readonly cols: number[] = [];
  readonly refFrom: number[] = [];
  readonly refTo: number[] = [];
  readonly styleFrom: number[] = [];
  readonly styleTo: number[] = [];
  /** Each cell's s as a number (0 without one), its t as written, what it holds and its text (its references resolved). */
  readonly styles: number[] = [];
  readonly types: (string | undefined)[] = [];
  readonly contents: SimpleContent[] = [];
  readonly texts: string[] = [];
  /** Whether the cell's text is the inline memo's reading of it rather than the text. */
  readonly memoised: boolean[] = [];
  /**
   * Each cell's formula text (null without <f>; '' for a shared formula's <f …/>), whether it is shared, its si,
   * whether it has a ref (a shared formula's first cell), and where its <f> element starts and ends.
   */
  readonly formulas: (string | null)[] = [];
  readonly formulaShared: boolean[] = [];
  readonly formulaSi: (string | undefined)[] = [];
  readonly formulaRef: boolean[] = [];
  readonly formulaStart: number[] = [];
  readonly formulaEnd: number[] = [];

  /** Cell n's r as written. */
  ref(s: string, n: number): string | undefined {
    return this.refFrom[n] < 0 ? undefined : s.slice(this.refFrom[n], this.refTo[n]);
  }

  /** Cell n's s as written. */
  style(s: string, n: number): string | undefined {
    return this.styleFrom[n] < 0 ? undefined : s.slice(this.styleFrom[n], this.styleTo[n]);
  }
}

/**
 * A handler of a sheet's events that also takes rows already read (a column move hands on the rows it moved
 * whole, as moved): `takes` says whether it would read a row now, `take` is given the row's text (from offset
 * `base` of the whole) and where its parts stand in it (see SimpleRow; a taker reads no more than r, the
 * offsets, the columns, and the tags' attributes from the text).
 */
export interface SimpleRowTaker {
  takes(): boolean;
  take(s: string, base: number, row: SimpleRow): void;
}

const SPACE = 0x20;

/** `lit` at s[i]: the offset past it, MORE_TEXT when the text ends inside it, else LEFT_TO_SCANNER. */
function literalAt(s: string, i: number, lit: string): number {
  if (s.startsWith(lit, i)) return i + lit.length;
  return i + lit.length > s.length && lit.startsWith(s.slice(i)) ? MORE_TEXT : LEFT_TO_SCANNER;
}

const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isNameChar = (c: number) => isLetter(c) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e;

/** Where each attribute of the tag last read stands: name from, name to, value from, value to. */
const found = new Int32Array(4 * 64);
let foundCount = 0;

/** Whether the attribute name s[from, to) was found before in the tag, at k < count. */
function seen(s: string, from: number, to: number, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const at = found[4 * k];
    if (found[4 * k + 1] - at !== to - from) continue;
    let i = 0;
    while (i < to - from && s.charCodeAt(at + i) === s.charCodeAt(from + i)) i++;
    if (i === to - from) return true;
  }
  return false;
}

/**
 * A tag's attributes from s[i] (just past its name), each as ` name="value"`: a name of letters, digits and
 * ':_-.' starting with a letter, a value with no '<', '&', tab or line end, no name twice, at most 64. Returns
 * the offset of its '>' or of the '/' of its '/>', MORE_TEXT or LEFT_TO_SCANNER; `found` holds where they are.
 */
function attributes(s: string, i: number): number {
  let count = 0;
  for (;;) {
    if (i >= s.length) return MORE_TEXT;
    const c = s.charCodeAt(i);
    if (c === GT || c === SLASH) {
      foundCount = count;
      if (c === GT) return i;
      return i + 1 >= s.length ? MORE_TEXT : s.charCodeAt(i + 1) === GT ? i : LEFT_TO_SCANNER;
    }
    if (c !== SPACE || count === 64) return LEFT_TO_SCANNER;
    const from = ++i;
    if (i >= s.length) return MORE_TEXT;
    if (!isLetter(s.charCodeAt(i))) return LEFT_TO_SCANNER;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    if (i + 1 >= s.length) return MORE_TEXT;
    if (s.charCodeAt(i) !== EQUALS || s.charCodeAt(i + 1) !== DOUBLE_QUOTE) return LEFT_TO_SCANNER;
    const to = i;
    const open = i + 2;
    for (i = open; i < s.length; i++) {
      const v = s.charCodeAt(i);
      if (v === DOUBLE_QUOTE) break;
      if (v === LT || v === AMPERSAND || v === 0x09 || v === 0x0a || v === 0x0d) return LEFT_TO_SCANNER;
    }
    if (i >= s.length) return MORE_TEXT;
    if (seen(s, from, to, count)) return LEFT_TO_SCANNER;
    found[4 * count] = from;
    found[4 * count + 1] = to;
    found[4 * count + 2] = open;
    found[4 * count + 3] = i;
    count++;
    i++;
  }
}

/** Whether the text textEnd last read has a reference in it. */
let referenced = false;

/** Text from s[i] up to the next '<': none of '>' or CR in it (the scanner says what they mean there). */
function textEnd(s: string, i: number): number {
  referenced = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LT) return i;
    if (c === AMPERSAND) referenced = true;
    else if (c === GT || c === 0x0d) return LEFT_TO_SCANNER;
  }
  return MORE_TEXT;
}

/** The text textEnd read, its references resolved; undefined for a reference XML does not know (the scanner says so). */
function textOf(s: string, from: number, to: number): string | undefined {
  const raw = s.slice(from, to);
  if (!referenced) return raw;
  try {
    return resolveReferences(raw);
  } catch {
    return undefined;
  }
}

/** Where the attribute `name` of the tag last read is among `found`, or -1. */
function attributeNamed(s: string, name: string): number {
  for (let k = 0; k < foundCount; k++) {
    const at = found[4 * k];
    if (found[4 * k + 1] - at === name.length && s.startsWith(name, at)) return k;
  }
  return -1;
}

/** Where the one-letter attribute (r, s or t) of the tag last read is among `found`, or -1. */
function attribute(s: string, letter: number): number {
  for (let k = 0; k < foundCount; k++) {
    const at = found[4 * k];
    if (found[4 * k + 1] === at + 1 && s.charCodeAt(at) === letter) return k;
  }
  return -1;
}

/**
 * The number an attribute's value says, as Number() reads it: a short run of digits is read in place, anything
 * else cut out first. Without the attribute, `absent`.
 */
function numberAttribute(s: string, k: number, absent: number): number {
  if (k < 0) return absent;
  const from = found[4 * k + 2];
  const to = found[4 * k + 3];
  if (to - from > 9) return Number(s.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return Number(s.slice(from, to));
    n = n * 10 + c;
  }
  return n;
}

/** The cell types Excel writes, as constants: the reader compares them, and a cut would be a new string each time. */
const TYPES = ['s', 'n', 'b', 'e', 'str', 'inlineStr', 'd'];

function typeAttribute(s: string, k: number): string | undefined {
  if (k < 0) return undefined;
  const from = found[4 * k + 2];
  const length = found[4 * k + 3] - from;
  for (const type of TYPES) if (type.length === length && s.startsWith(type, from)) return type;
  return s.slice(from, from + length);
}

const R = 0x72;
const S = 0x73;
const T = 0x74;

/**
 * The attributes of the simple tag whose name ends at s[at], as the scanner gives them (names in their order;
 * no value of a simple tag needs decoding).
 */
export function simpleTagAttributes(s: string, at: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  attributes(s, at);
  for (let k = 0; k < foundCount; k++) attrs[s.slice(found[4 * k], found[4 * k + 1])] = s.slice(found[4 * k + 2], found[4 * k + 3]);
  return attrs;
}

/**
 * The <row> at s[lt], when it is one of the rows Excel writes: attributes as ` name="value"`, and cells
 * `<c …/>` or `<c …>…</c>` holding nothing, a `<v>text</v>` or an `<is><t>text</t></is>` (the <t> may say
 * xml:space="preserve"), after a `<f …>text</f>` or `<f …/>` unless the row says `withFormulas: false`; no space between tags, no
 * '>' or CR in a text, no reference in an attribute. Such a row is well-formed (a text's references are resolved
 * here), and its events say no more than `row` gets. Returns the offset past the row; MORE_TEXT when the text ends
 * first; LEFT_TO_SCANNER for any other row (rich text, a space, a comment), which the scanner reads as it reads
 * everything.
 */
export function readSimpleRow(s: string, lt: number, row: SimpleRow): number {
  let i = attributes(s, lt + 4);
  if (i < 0) return i;
  row.r = numberAttribute(s, attribute(s, R), NaN);
  row.spans = attributeNamed(s, 'spans') >= 0;
  row.count = 0;
  if (s.charCodeAt(i) === SLASH) {
    row.selfClosing = true;
    row.openEnd = row.closeStart = i + 2;
    return i + 2;
  }
  row.selfClosing = false;
  row.openEnd = ++i;
  for (;;) {
    const end = literalAt(s, i, '</row>');
    if (end !== LEFT_TO_SCANNER) {
      row.closeStart = i;
      return end;
    }
    const start = i;
    i = literalAt(s, i, '<c');
    if (i < 0) return i;
    i = attributes(s, i);
    if (i < 0) return i;
    const n = row.count;
    row.starts[n] = start;
    const r = attribute(s, R);
    row.refFrom[n] = r < 0 ? -1 : found[4 * r + 2];
    row.refTo[n] = r < 0 ? -1 : found[4 * r + 3];
    row.cols[n] = r < 0 ? -1 : columnAt(s, found[4 * r + 2], found[4 * r + 3]);
    const style = attribute(s, S);
    row.styleFrom[n] = style < 0 ? -1 : found[4 * style + 2];
    row.styleTo[n] = style < 0 ? -1 : found[4 * style + 3];
    if (row.values) {
      row.styles[n] = numberAttribute(s, style, 0) || 0;
      row.types[n] = typeAttribute(s, attribute(s, T));
      row.contents[n] = SimpleContent.None;
      row.texts[n] = '';
      row.memoised[n] = false;
    }
    if (row.withFormulas) row.formulas[n] = null;
    if (s.charCodeAt(i) === SLASH) row.openEnds[n] = i += 2;
    else {
      row.openEnds[n] = i + 1;
      i = cellContent(s, i + 1, row, n);
      if (i < 0) return i;
      i = literalAt(s, i, '</c>');
      if (i < 0) return i;
    }
    row.ends[n] = i;
    row.count = n + 1;
  }
}

/** What a cell holds, from s[i] just past its start tag; returns the offset of its end tag. */
function cellContent(s: string, i: number, row: SimpleRow, n: number): number {
  if (i + 2 >= s.length) return MORE_TEXT;
  if (s.startsWith('<f', i)) {
    if (!row.withFormulas) return LEFT_TO_SCANNER;
    i = formula(s, i + 2, row, n);
    if (i < 0) return i;
    if (i + 2 >= s.length) return MORE_TEXT;
  }
  if (s.charCodeAt(i) !== LT || s.charCodeAt(i + 1) === SLASH) return i;
  let close = '</v>';
  if (s.startsWith('<v>', i)) {
    if (row.values) row.contents[n] = SimpleContent.Value;
    i += 3;
  } else {
    i = literalAt(s, i, '<is><t');
    if (i < 0) return i;
    // only what Excel writes: an attribute here could be anything to a handler (a column move reads sqref)
    const preserve = literalAt(s, i, ' xml:space="preserve"');
    if (preserve === MORE_TEXT) return MORE_TEXT;
    i = literalAt(s, preserve < 0 ? i : preserve, '>');
    if (i < 0) return i;
    if (row.values) row.contents[n] = SimpleContent.Inline;
    close = '</t></is>';
  }
  const end = textEnd(s, i);
  if (end < 0) return end;
  const memo = row.inlineMemo;
  if (memo && row.contents[n] === SimpleContent.Inline && !referenced && end - i <= LONGEST_MEMOISED) {
    row.texts[n] = memo.get(s, i, end);
    row.memoised[n] = true;
    return literalAt(s, end, close);
  }
  // a writer reads no text, but a reference XML does not know is the scanner's to refuse
  const text = row.values || referenced ? textOf(s, i, end) : '';
  if (text === undefined) return LEFT_TO_SCANNER;
  if (row.values) {
    row.texts[n] = text;
    row.memoised[n] = false;
  }
  return literalAt(s, end, close);
}

/** A cell's <f …>text</f> or <f …/>, from s[i] just past "<f"; returns the offset past it. */
function formula(s: string, i: number, row: SimpleRow, n: number): number {
  row.formulaStart[n] = i - 2;
  i = attributes(s, i);
  if (i < 0) return i;
  row.formulaRef[n] = attributeNamed(s, 'ref') >= 0;
  const type = attribute(s, T);
  row.formulaShared[n] = type >= 0 && found[4 * type + 3] - found[4 * type + 2] === 6 && s.startsWith('shared', found[4 * type + 2]);
  const si = attributeNamed(s, 'si');
  row.formulaSi[n] = si < 0 ? undefined : s.slice(found[4 * si + 2], found[4 * si + 3]);
  if (s.charCodeAt(i) === SLASH) {
    row.formulas[n] = '';
    return (row.formulaEnd[n] = i + 2);
  }
  const end = textEnd(s, i + 1);
  if (end < 0) return end;
  const text = textOf(s, i + 1, end);
  if (text === undefined) return LEFT_TO_SCANNER;
  row.formulas[n] = text;
  return (row.formulaEnd[n] = literalAt(s, end, '</f>'));
}
