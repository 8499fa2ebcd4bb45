/**
 * The string as a copy of its own. In V8 a piece cut from a parsed chunk is a view that keeps the
 * whole chunk (64K characters) alive: one 「301件 (2019年度実績)」 kept in a grid would keep much of
 * the sheet's decoded text in memory. Prepending a character and cutting it off again yields a fresh
 * string; pieces under 13 characters are copies already.
 */
export function ownString(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}
