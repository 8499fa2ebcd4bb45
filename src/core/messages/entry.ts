/** A value a sentence prints: a count, a year, a name. */
export type Param = string | number;

/** One sentence in both languages; Japanese is the users' language, English the second. */
export interface Entry<P = void> {
  ja: (p: P) => string;
  en: (p: P) => string;
}

/** The parameters an entry's sentences take: nothing for a fixed sentence. */
export type EntryParams<E> = E extends { ja: (...args: infer A) => string } ? (A extends [] ? void : A[0]) : never;

/** A call's parameter list: none for a fixed sentence, else exactly the named parameters. */
export type ParamArgs<P> = [P] extends [void] ? [] : [params: P];

/** Types an entry's parameters by name, so a misspelt or missing parameter does not compile. */
export function entry<P>(e: Entry<P>): Entry<P> {
  return e;
}

export type LocalizedText = { ja: string; en: string };

/** The sentence `code` of a table of entries in both languages, from exactly its parameters. */
export function sentence<T extends Record<string, Entry<never>>, C extends keyof T>(
  table: T,
  code: C,
  ...params: ParamArgs<EntryParams<T[C]>>
): LocalizedText {
  // Entry<never> takes any parameters' entry; the signature above has matched them to `code`.
  const chosen: Entry<never> = table[code];
  const p = params[0] as never;
  return { ja: chosen.ja(p), en: chosen.en(p) };
}
