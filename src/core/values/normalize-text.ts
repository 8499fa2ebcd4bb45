import { remembered } from './remembered';

/**
 * Text as staff type it: full-width digits and letters, ideographic spaces, line breaks
 * inside cells. NFKC folds the full-width forms; dashes and look-alike letters are handled
 * where their meaning is decided (numbers, grades), not here.
 */
export function normalizeText(raw: unknown): string {
  if (raw === null || raw === undefined) return '';
  const text = String(raw);
  if (OWN_NORMAL_FORM.test(text)) return text;
  return text.length > REMEMBERED_TEXT_LENGTH ? normalForm(text) : normalOf(text);
}

/**
 * Most cells are already in normal form: printable ASCII, kana, the unified kanji and the common Japanese
 * punctuation (、。「」『』【】・々〇ー), single spaces between. None of these characters changes under NFKC or
 * combines with its neighbour, so such a text is returned without normalising or remembering it.
 */
const NORMAL_CHAR = '[\\x21-\\x7e\\u3001\\u3002\\u3005\\u3007\\u300c-\\u3011\\u3041-\\u3096\\u309d\\u309e\\u30a1-\\u30fe\\u4e00-\\u9fff]';
const OWN_NORMAL_FORM = new RegExp(`^(?:${NORMAL_CHAR}+(?: ${NORMAL_CHAR}+)*)?$`);
/** Texts remembered by the readers of values are at most this long: notes and sentences seldom repeat, and are not kept. */
export const REMEMBERED_TEXT_LENGTH = 64;

function normalForm(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** Texts already normalised: a workbook's cells are read by several checks, and repeat. */
const normalOf = remembered(normalForm, 1 << 16);

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
