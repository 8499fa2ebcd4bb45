export type Params = Record<string, string | number>;
export type Template = (p: Params) => string;

/** One sentence in both languages; Japanese is the users' language, English the second. */
export interface Entry {
  ja: Template;
  en: Template;
}

export type LocalizedText = { ja: string; en: string };
