import { columnLetters } from '../../core/workbook/cell-address';
import { encodeCellString, escapeXmlAttr, escapeXmlText } from './xml-text';

export type WrittenValue = string | number | null;

const LETTERS: string[] = [];

/** Column letters, remembered: a large sheet asks for the same few columns a million times. */
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

function numberText(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`Cannot write ${n} into a cell.`);
  return Object.is(n, -0) ? '0' : String(n);
}

/**
 * A <c> element for a value we write. Strings go inline (sharedStrings.xml stays
 * untouched) and are always text: "=..." never becomes a formula.
 */
export function cellXml(
  prefix: string,
  row: number,
  col: number,
  style: number,
  value: WrittenValue,
  extraAttrs?: Record<string, string>,
): string {
  let attrs = ` r="${letters(col)}${row + 1}"`;
  if (style) attrs += ` s="${style}"`;
  if (extraAttrs) for (const [k, v] of Object.entries(extraAttrs)) attrs += ` ${k}="${escapeXmlAttr(v)}"`;
  const c = `${prefix}c`;
  if (value === null || value === '') return `<${c}${attrs}/>`;
  if (typeof value === 'number') return `<${c}${attrs}><${prefix}v>${numberText(value)}</${prefix}v></${c}>`;
  const text = encodeCellString(value);
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<${c}${attrs} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXmlText(text)}</${prefix}t></${prefix}is></${c}>`;
}
