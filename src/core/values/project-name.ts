import { normalizeText } from './normalize-text';
import { remembered } from './remembered';

// Kanji written two ways in the same register's history (強靭/強靱, ヶ/ケ): one form for comparing.
const VARIANTS: ReadonlyArray<[RegExp, string]> = [
  [/靭/gu, '靱'],
  [/[ヶヵケ]/gu, 'ケ'],
  [/[〜~]/gu, ''],
];

/**
 * A project name as compared: full-width folded, without 「(仮称)」, spaces, reference marks and the
 * punctuation around words (brackets, 「・」), the usual kanji variants unified. What the brackets
 * hold stays: 「むつ湾広域連携事業（環境）」 and 「…（産業・観光）」 are two projects.
 */
export const projectNameKey = remembered((name: string): string => {
  let key = normalizeText(name).replace(/[(]仮称[)]/gu, '');
  for (const [pattern, to] of VARIANTS) key = key.replace(pattern, to);
  return key.replace(/[\s※*・、。,.「」『』()[\]【】〈〉<>]/gu, '');
});

/** Whether two names are one project's: the same text needs no key (a register's 50,000 names would each be folded). */
export function sameProjectName(a: string, b: string): boolean {
  return a === b || projectNameKey(a) === projectNameKey(b);
}

function bigrams(key: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...key];
  if (chars.length === 1) grams.set(key, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i] + chars[i + 1];
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** A name ready to compare many times: its key and its character pairs, counted. */
export interface NameProfile {
  key: string;
  grams: Map<string, number>;
  size: number;
}

export function nameProfile(name: string): NameProfile {
  const key = projectNameKey(name);
  const grams = bigrams(key);
  let size = 0;
  for (const n of grams.values()) size += n;
  return { key, grams, size };
}

/**
 * How alike two names are, 0 to 1: the Dice coefficient of their character pairs, on the keys above
 * (「企業誘致関係機関連携事業」 and 「企業説明会関係機関連携事業」 share 8 pairs of 11 and 12: 0.70).
 */
export function profileSimilarity(a: NameProfile, b: NameProfile): number {
  if (a.key === b.key) return 1;
  if (a.size + b.size === 0) return 0;
  const [small, large] = a.grams.size <= b.grams.size ? [a.grams, b.grams] : [b.grams, a.grams];
  let shared = 0;
  for (const [g, n] of small) shared += Math.min(n, large.get(g) ?? 0);
  return (2 * shared) / (a.size + b.size);
}

export function nameSimilarity(a: string, b: string): number {
  return profileSimilarity(nameProfile(a), nameProfile(b));
}
