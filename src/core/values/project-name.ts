import { normalizeText } from './normalize-text';

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
export function projectNameKey(name: string): string {
  let key = normalizeText(name).replace(/[(]仮称[)]/gu, '');
  for (const [pattern, to] of VARIANTS) key = key.replace(pattern, to);
  return key.replace(/[\s※*・、。,.「」『』()[\]【】〈〉<>]/gu, '');
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

/**
 * How alike two names are, 0 to 1: the Dice coefficient of their character pairs, on the keys above
 * (「企業誘致関係機関連携事業」 and 「企業説明会関係機関連携事業」 share 8 pairs of 11 and 12: 0.70).
 */
export function nameSimilarity(a: string, b: string): number {
  const ka = projectNameKey(a);
  const kb = projectNameKey(b);
  if (ka === kb) return 1;
  const ga = bigrams(ka);
  const gb = bigrams(kb);
  let shared = 0;
  let total = 0;
  for (const [g, n] of ga) {
    shared += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * shared) / total;
}
