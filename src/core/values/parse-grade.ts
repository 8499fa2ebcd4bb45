import type { CellValue } from '../workbook/cell-grid';
import type { GradingPolicy } from '../model';
import { isDashOnly, normalizeText } from './normalize-text';

/** Cyrillic and Greek capitals that look like Latin grade letters (typed via other keyboards or pasted). */
const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Д: 'D',
  Е: 'E',
  Ѕ: 'S',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
};

export type GradeParse = { kind: 'empty' } | { kind: 'grade'; label: string; lookalike: boolean } | { kind: 'invalid'; raw: string };

/**
 * A grade as staff type it: "A", "Ａ", "a", "A_順調", "A：順調", "順調", a Cyrillic "А", any dash for
 * the not-graded label. Labels come from the policy, so S–D or ◎○△× read the same way.
 */
export function parseGrade(raw: CellValue, policy: GradingPolicy): GradeParse {
  if (raw === null) return { kind: 'empty' };
  const original = String(raw).trim();
  if (original === '') return { kind: 'empty' };
  let lookalike = false;
  const swapped = [...original]
    .map((ch) => {
      const latin = LOOKALIKES[ch];
      if (latin) lookalike = true;
      return latin ?? ch;
    })
    .join('');
  const text = normalizeText(swapped);
  const labels = policy.levels.map((l) => l.label);
  if (isDashOnly(text) || text === policy.notGraded.label) return { kind: 'grade', label: policy.notGraded.label, lookalike: false };
  const exact = labels.find((l) => l === text || l.toUpperCase() === text.toUpperCase());
  if (exact) return { kind: 'grade', label: exact, lookalike };
  // "A_順調", "A:順調", "A 順調"
  const lead = /^(\S+?)\s*[_:：\s]\s*(.+)$/u.exec(text);
  if (lead) {
    const label = labels.find((l) => l.toUpperCase() === lead[1].toUpperCase());
    const level = policy.levels.find((l) => l.label === label);
    if (level && (lead[2] === level.name.ja || lead[2].toLowerCase() === level.name.en.toLowerCase())) {
      return { kind: 'grade', label: level.label, lookalike };
    }
  }
  const byName = policy.levels.find((l) => l.name.ja === text);
  if (byName) return { kind: 'grade', label: byName.label, lookalike };
  return { kind: 'invalid', raw: original };
}
