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
function formulaCellXml(prefix: string, c: string, attrs: string, formula: string, value: WrittenValue): string {
  const f = `<${prefix}f>${escapeXmlText(formula.replace(/^=/, ''))}</${prefix}f>`;
  if (value === null) return `<${c}${attrs}>${f}</${c}>`;
  if (typeof value === 'number') return `<${c}${attrs}>${f}<${prefix}v>${numberText(value)}</${prefix}v></${c}>`;
  if (typeof value === 'boolean') return `<${c}${attrs} t="b">${f}<${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  return `<${c}${attrs} t="str">${f}<${prefix}v>${escapeXmlText(encodeCellString(value))}</${prefix}v></${c}>`;
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
  let attrs = ` r="${letters(col)}${row + 1}"`;
  if (style) attrs += ` s="${style}"`;
  if (extraAttrs) for (const [k, v] of Object.entries(extraAttrs)) attrs += ` ${k}="${escapeXmlAttr(v)}"`;
  const c = `${prefix}c`;
  if (formula) return formulaCellXml(prefix, c, attrs, formula, value);
  if (value === null || value === '') return `<${c}${attrs}/>`;
  if (typeof value === 'number') return `<${c}${attrs}><${prefix}v>${numberText(value)}</${prefix}v></${c}>`;
  if (typeof value === 'boolean') return `<${c}${attrs} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  const text = encodeCellString(value);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<${c}${attrs} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXmlText(text)}</${prefix}t></${prefix}is></${c}>`;
}
