/** The two languages every sentence has: Japanese, the users' language, and English. */
export type Language = 'ja' | 'en';

/** Office's display language ("ja-JP", "en-US", …) → Japanese for ja and its regions, English otherwise. */
export function languageOf(displayLanguage: string | undefined | null): Language {
  return /^ja(?:[-_]|$)/i.test(displayLanguage ?? '') ? 'ja' : 'en';
}
