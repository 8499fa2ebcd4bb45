/** Code units of the string being copied, reused: most strings of a grid are short. */
const units: number[] = [];

/** Longer than this, a string is copied through a concatenation instead of its code units. */
const UNITS_MAX = 256;

/**
 * The string as a copy of its own. In V8 a piece cut from a parsed chunk is a view that keeps the
 * whole chunk (64K characters) alive: one 「301件 (2019年度実績)」 kept in a grid would keep much of
 * the sheet's decoded text in memory. Pieces under 13 characters are copies already; longer ones are
 * made again from their code units, a flat string. (Cutting a character off ` ${text}` copies too,
 * but leaves a view of the copy: 32 bytes more for every string, a tenth of a 100,000-row grid.)
 */
export function ownString(text: string): string {
  if (text.length < 13) return text;
  if (text.length > UNITS_MAX) return ` ${text}`.slice(1);
  units.length = text.length;
  for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
  return String.fromCharCode(...units);
}
