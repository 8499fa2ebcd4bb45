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

/** Text for a cell string: illegal characters dropped, CR and literal _xHHHH_ escaped so Excel reads back the same string. */
export function encodeCellString(s: string): string {
  return stripIllegalXmlChars(s)
    .replace(OOXML_ESCAPE, '_x005F_x$1_')
    .replace(/\r/g, '_x000D_');
}
