import type { CellValue } from '../core/workbook/cell-grid';

/** The first section of a format that applies to `value` ("pos;neg;zero;text"), and whether it shows the sign itself. */
function section(format: string, value: number): { code: string; signed: boolean } {
  const sections: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    if (ch === '\\' && !quoted && i + 1 < format.length) {
      current += ch + format[++i];
      continue;
    }
    if (ch === ';' && !quoted) {
      sections.push(current);
      current = '';
    } else current += ch;
  }
  sections.push(current);
  if (value < 0 && sections.length >= 2) return { code: sections[1], signed: true };
  if (value === 0 && sections.length >= 3) return { code: sections[2], signed: true };
  return { code: sections[0], signed: false };
}

/** "E+" / "E-" of a scientific format, once a digit placeholder has been seen. */
function isExponentPart(ch: string, placeholders: string): boolean {
  if (!placeholders) return false;
  if (ch === 'E' || ch === 'e') return true;
  return (ch === '+' || ch === '-') && /[Ee]$/.test(placeholders);
}

/** The literal text of a format code (quoted strings, escaped characters) before and after its number placeholders. */
function literals(code: string): { prefix: string; suffix: string; placeholders: string } {
  let prefix = '';
  let suffix = '';
  let placeholders = '';
  const add = (text: string) => {
    if (placeholders) suffix += text;
    else prefix += text;
  };
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') {
      const end = code.indexOf('"', i + 1);
      add(code.slice(i + 1, end < 0 ? code.length : end));
      i = end < 0 ? code.length : end;
    } else if (ch === '\\') {
      add(code[++i] ?? '');
    } else if (ch === '[') {
      // [Red], [$-411], [>=100]: colours, locales and conditions are not text
      const end = code.indexOf(']', i);
      const locale = /^\[\$([^-\]]*)/.exec(code.slice(i));
      if (locale?.[1]) add(locale[1]);
      i = end < 0 ? code.length : end;
    } else if (ch === '_' || ch === '*') {
      i++; // padding and fill characters take space, not text
    } else if ('0#?.,%'.includes(ch) || isExponentPart(ch, placeholders)) {
      if (suffix && '0#?'.includes(ch)) break;
      placeholders += ch;
    } else {
      add(ch);
    }
  }
  return { prefix, suffix, placeholders };
}

function general(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) {
    // 1.23457E+12, as Excel's General shows a number too long for its column
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa.replace(/\.?0+$/, '')}E${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(11)));
}

const DATE_CODE = /(^|[^A-Za-z])(y{2,4}|m{1,2}\/d|d{1,2}\/m|e|g{1,3}e)|[hs]:|:[ms]/i;

function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return !/[0#?]/.test(bare) && DATE_CODE.test(bare);
}

/** Excel's serial day number (1900 system) as 2024/04/01, with the time when the format shows one. */
function dateText(serial: number, code: string): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return general(serial);
  const pad = (n: number) => String(n).padStart(2, '0');
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  const hasDate = /[ydeg]/i.test(bare) || /m{1,2}[/.-]d|d[/.-]m/i.test(bare);
  const hasTime = /h/i.test(bare);
  const date = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}`;
  const time = `${d.getUTCHours()}:${pad(d.getUTCMinutes())}${/s/i.test(bare) ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return [hasDate ? date : '', hasTime ? time : ''].filter(Boolean).join(' ') || date;
}

/**
 * A cell's value as the grid shows it: the text Excel would display for the common number formats
 * (General, 0.0%, #,##0, 0.00, literal units such as #,##0"千円", dates), other values as they are.
 */
export function cellText(value: CellValue, numberFormat: string | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const format = numberFormat?.trim() ?? '';
  if (format === '' || /^general$/i.test(format) || format === '@') return general(value);
  const { code, signed } = section(format, value);
  if (isDateFormat(code)) return dateText(value, code);
  const { prefix, suffix, placeholders } = literals(code);
  if (!placeholders) return `${prefix}${suffix}` || general(value);
  if (/E/i.test(placeholders)) {
    const decimals = /\.(0+)/.exec(placeholders)?.[1].length ?? 0;
    return `${prefix}${value
      .toExponential(decimals)
      .toUpperCase()
      .replace(/E([+-])(\d)$/, 'E$10$2')}${suffix}`;
  }
  const percent = placeholders.includes('%');
  const decimals = /\.([0#?]*)/.exec(placeholders)?.[1].replace(/[^0]/g, '').length ?? 0;
  const maxDecimals = /\.([0#?]*)/.exec(placeholders)?.[1].length ?? 0;
  // "#,##0," scales by a thousand for each trailing comma
  const scaleCommas = /,+$/.exec(placeholders.replace(/%/g, ''))?.[0].length ?? 0;
  const grouping = /[0#?],[0#?]/.test(placeholders);
  let n = (Math.abs(value) * (percent ? 100 : 1)) / 1000 ** scaleCommas;
  if (!Number.isFinite(n)) return general(value);
  n = Number(n.toFixed(maxDecimals));
  let digits = n.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: maxDecimals, useGrouping: grouping });
  if (/^[#?]/.test(placeholders) && !/0/.test(placeholders.split('.')[0]) && digits.startsWith('0') && n < 1) digits = digits.slice(1);
  const sign = value < 0 && !signed && n !== 0 ? '-' : '';
  return `${sign}${prefix}${digits}${percent ? '%' : ''}${suffix.replace(/%/g, '')}`;
}
