/** A character JSON.stringify writes other than as itself (quotes, backslashes, control characters, surrogates). */
export const JSON_ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/**
 * The length of JSON.stringify(value), without the text: a grade run's restore point at 100,000 rows is 20.5
 * million characters of JSON (41 MB, its sheet name being Japanese), and each run weighed against the log's
 * limit was made into that text only to be measured.
 */
export function jsonLength(value: unknown): number {
  switch (typeof value) {
    case 'string':
      // a text to escape is given to JSON itself; the others are as long as they are, with their quotes
      return JSON_ESCAPED.test(value) ? JSON.stringify(value).length : value.length + 2;
    case 'number':
      return Number.isFinite(value) ? String(value).length : 4;
    case 'boolean':
      return value ? 4 : 5;
    case 'object':
      if (value === null) return 4;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return JSON.stringify(value).length;
      return Array.isArray(value) ? arrayLength(value) : objectLength(value as Record<string, unknown>);
    default:
      // undefined, a function or a symbol: written as nothing (a caller in an array writes null)
      return 0;
  }
}

/** Omitted from an object, null in an array. */
const unwritten = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

function arrayLength(items: readonly unknown[]): number {
  let length = 2 + Math.max(items.length - 1, 0);
  for (let i = 0; i < items.length; i++) length += unwritten(items[i]) ? 4 : jsonLength(items[i]);
  return length;
}

function objectLength(object: Record<string, unknown>): number {
  let length = 2;
  let entries = 0;
  for (const key of Object.keys(object)) {
    const v = object[key];
    if (unwritten(v)) continue;
    length += jsonLength(key) + 1 + jsonLength(v);
    entries++;
  }
  return length + Math.max(entries - 1, 0);
}
