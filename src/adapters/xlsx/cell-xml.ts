import { columnLetters } from '../../core/workbook/cell-address';
import { encodeCellString, escapeXmlAttr, escapeXmlText } from './xml-text';

export type WrittenValue = string | number | boolean | null;

const LETTERS: string[] = [];

/** Column letters, remembered: a large sheet asks for the same few columns a million times. */
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot write ${n} into a cell.`);
  return Object.is(n, -0) ? '0' : String(n);
}

/** A restored formula ("=SUM(A1:A3)") with its last result, which Excel shows until it recalculates. */
function formulaCellXml(out: string[], prefix: string, c: string, formula: string, value: WrittenValue): void {
  const f = [`<${prefix}f>`, escapeXmlText(formula.replace(/^=/, '')), `</${prefix}f>`];
  if (value === null) out.push('>', ...f);
  else if (typeof value === 'number') out.push('>', ...f, `<${prefix}v>`, numberText(value), `</${prefix}v>`);
  else if (typeof value === 'boolean') out.push(' t="b">', ...f, `<${prefix}v>`, value ? '1' : '0', `</${prefix}v>`);
  else out.push(' t="str">', ...f, `<${prefix}v>`, escapeXmlText(encodeCellString(value)), `</${prefix}v>`);
  out.push(`</${c}>`);
}

/**
 * A <c> element for a value we write. Strings go inline (sharedStrings.xml stays
 * untouched) and are always text: "=..." never becomes a formula. Only `formula` (a restore
 * putting a formula back) writes one.
 */
export function cellXml(
  prefix: string,
  row: number,
  col: number,
  style: number,
  value: WrittenValue,
  extraAttrs?: Record<string, string>,
  formula?: string,
): string {
  const c = `${prefix}c`;
  // Joined once, not added up: V8 keeps a + b as a tree of the pieces (five times the memory of the
  // text), and a patch holds its new cells by the hundred thousand until the sheet is encoded.
  const out = ['<', c, ' r="', letters(col), String(row + 1), '"'];
  if (style) out.push(' s="', String(style), '"');
  if (extraAttrs) for (const k in extraAttrs) out.push(' ', k, '="', escapeXmlAttr(extraAttrs[k]), '"');
  if (formula) formulaCellXml(out, prefix, c, formula, value);
  else if (value === null || value === '') out.push('/>');
  else if (typeof value === 'number') out.push(`><${prefix}v>`, numberText(value), `</${prefix}v></${c}>`);
  else if (typeof value === 'boolean') out.push(` t="b"><${prefix}v>`, value ? '1' : '0', `</${prefix}v></${c}>`);
  else {
    const text = encodeCellString(value);
    const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
    out.push(` t="inlineStr"><${prefix}is><${prefix}t${space}>`, escapeXmlText(text), `</${prefix}t></${prefix}is></${c}>`);
  }
  return out.join('');
}
