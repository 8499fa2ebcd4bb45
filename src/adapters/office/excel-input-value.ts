/**
 * What to assign to `range.values` so the cell ends up holding exactly this value. Excel parses
 * assigned text the way it parses typing: "=…" becomes a formula, "-", "1,234", "10%" or "4/1" may
 * turn into formulas, numbers or dates. A leading apostrophe keeps such text as text (it is not
 * part of the value), and an empty string clears the cell (null would leave it unchanged).
 */
export function excelInputValue(value: string | number | boolean | null): string | number | boolean {
  if (value === null) return '';
  if (typeof value !== 'string') return value;
  return needsTextPrefix(value) ? `'${value}` : value;
}

const FORMULA_START = /^[=+\-@']/;
const NUMBER_LIKE = /^[\s(]*[-+]?[$¥￥]?\s*[\d,]*\.?\d+(e[-+]?\d+)?\s*%?[\s)]*$/i;
const DATE_OR_TIME_LIKE =
  /^\s*(\d{1,4}\s*[/\-.年月]\s*\d{1,2}(\s*[/\-.月日]\s*\d{1,4})?\s*日?|\d{1,2}\s*:\s*\d{1,2}(\s*:\s*\d{1,2})?\s*(am|pm)?)\s*$/i;
const LOGICAL = /^\s*(true|false)\s*$/i;

function needsTextPrefix(text: string): boolean {
  // Japanese Excel reads full-width digits ("１２３") as numbers too.
  const plain = text.normalize('NFKC');
  return FORMULA_START.test(plain) || NUMBER_LIKE.test(plain) || DATE_OR_TIME_LIKE.test(plain) || LOGICAL.test(plain);
}
