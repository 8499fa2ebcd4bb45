/**
 * Text as staff type it: full-width digits and letters, ideographic spaces, line breaks
 * inside cells. NFKC folds the full-width forms; dashes and look-alike letters are handled
 * where their meaning is decided (numbers, grades), not here.
 */
export function normalizeText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  const text = String(raw);
  // printable ASCII without spaces (numbers, codes) is its own normal form
  if (PLAIN_ASCII.test(text)) return text;
  if (text.length > REMEMBERED_TEXT_LENGTH) return normalForm(text);
  let normal = normalTexts.get(text);
  if (normal === undefined) {
    if (normalTexts.size >= NORMAL_TEXTS_LIMIT) normalTexts.clear();
    normal = normalForm(text);
    normalTexts.set(text, normal);
  }
  return normal;
}

const normalForm = (text: string) => text.normalize('NFKC').replace(/\s+/gu, ' ').trim();

const PLAIN_ASCII = /^[\x21-\x7e]*$/;
/** Texts remembered by the readers of values are at most this long: notes and sentences seldom repeat, and are not kept. */
export const REMEMBERED_TEXT_LENGTH = 64;
/** Texts already normalised: a workbook's cells are read by several checks, and repeat. Forgotten past the limit. */
const normalTexts = new Map<string, string>();
const NORMAL_TEXTS_LIMIT = 1 << 16;

/** For header matching: no spaces at all, no reference marks, ASCII lower-case. */
export function headerKey(raw: unknown): string {
  return normalizeText(raw)
    .replace(/[\s※*＊]/gu, '')
    .toLowerCase();
}

/** Every dash staff use for "no value"; ー (the katakana prolonged mark) is a common slip for a dash. */
export const DASHES = ['-', '‐', '‑', '–', '—', '―', '−', '－', 'ー', '_', '＿', '─', '━'];
const DASH_ONLY = new RegExp(`^[${DASHES.map((d) => (d === '-' ? '\\-' : d)).join('')}\\s]+$`, 'u');

export function isDashOnly(text: string): boolean {
  return text.length > 0 && DASH_ONLY.test(text);
}
