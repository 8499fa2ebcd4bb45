/** Escaping for text we write into XML parts, and Excel's own _xHHHH_ string escapes. */

const ILLEGAL_XML_CHARS = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function stripIllegalXmlChars(s: string): string {
  return s.replace(ILLEGAL_XML_CHARS, '');
}

export function escapeXmlText(s: string): string {
  return s.replace(/[&<>]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : '&gt;'));
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"\t\n\r]/g, (ch) => ATTR_ESCAPES[ch]);
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Excel writes characters XML cannot carry (and a literal "_x0041_") as _xHHHH_. */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Characters a cell may hold that XML 1.0 cannot carry (and CR, which XML turns into LF). */
const CELL_CHARS_TO_ESCAPE = /[\x00-\x08\x0B\x0C\r\x0E-\x1F\uFFFE\uFFFF]/g;
/** Half a surrogate pair: no UTF-8 file can hold it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Text for a cell string, escaped the way Excel writes it so every reader gets the same string
 * back: a literal "_xHHHH_" and the control characters XML cannot carry become _xHHHH_. Only a lone
 * surrogate, which no file can hold, becomes U+FFFD.
 */
export function encodeCellString(s: string): string {
  return s
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(OOXML_ESCAPE, '_x005F_x$1_')
    .replace(CELL_CHARS_TO_ESCAPE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}
