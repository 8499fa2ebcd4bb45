import { normalizeText } from './normalize-text';

/** 令和 n = 2018 + n; 平成 n = 1988 + n (older baselines are dated in 平成). */
const ERA_OFFSET: Record<string, number> = { R: 2018, 令和: 2018, H: 1988, 平成: 1988 };

export type FiscalYearParse = { ok: true; year: number } | { ok: false };

/**
 * A fiscal year in any of the notations staff use: 2024, 2024年度, R6, R6年度, 令和6年度, 令和元年度,
 * FY2024, and full-width forms of all of them. Anything else is not a year: no guessing.
 */
export function parseFiscalYear(raw: unknown): FiscalYearParse {
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 1989 && raw <= 2100 ? { ok: true, year: raw } : { ok: false };
  }
  const text = normalizeText(raw).replace(/\s/g, '');
  if (!text) return { ok: false };
  const western = /^(?:FY)?(\d{4})(?:年度?)?$/i.exec(text);
  if (western) {
    const year = Number(western[1]);
    return year >= 1989 && year <= 2100 ? { ok: true, year } : { ok: false };
  }
  const era = /^(R|H|令和|平成)(\d{1,2}|元)(?:年度?)?$/i.exec(text);
  if (era) {
    const n = era[2] === '元' ? 1 : Number(era[2]);
    const offset = ERA_OFFSET[era[1].toUpperCase()] ?? ERA_OFFSET[era[1]];
    if (n >= 1 && n <= 99) return { ok: true, year: offset + n };
  }
  return { ok: false };
}

/**
 * Finds a fiscal year written inside a longer text ("2024年度実績値", "R6実績値", "目標値（2024年度）",
 * "21件 (2019年度見込)") and says where it stands, so headers and survey points can be read.
 */
export function findFiscalYear(raw: unknown): { year: number; index: number; length: number } | undefined {
  const text = normalizeText(raw);
  const re = /(?:FY)?(?<!\d)(\d{4})(?!\d)(?:年度|年)?|(R|H|令和|平成)\s?(\d{1,2}|元)(?!\d)(?:年度|年)?/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const parsed = parseFiscalYear(m[0].replace(/\s/g, ''));
    if (parsed.ok) return { year: parsed.year, index: m.index, length: m[0].length };
  }
  return undefined;
}

/** A fiscal year in 和暦: 2024 → 令和6年度, 2019 → 令和元年度; a year before 令和 stays 2018年度. */
/** A fiscal year as Japanese documents write it, 和暦 first: 「令和6年度（2024年度）」 (before 令和, the Western year alone). */
export function fiscalYearJa(year: number): string {
  return year >= 2019 ? `${reiwaYear(year)}（${year}年度）` : `${year}年度`;
}

/** A moment as a Japanese sentence gives it: 「令和8年12月1日 19:00」. */
export function dateTimeJa(d: Date): string {
  const y = d.getFullYear();
  const era = y >= 2019 ? `令和${y - ERA_OFFSET.令和 === 1 ? '元' : y - ERA_OFFSET.令和}年` : `${y}年`;
  return `${era}${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

export function reiwaYear(year: number): string {
  if (year < 2019) return `${year}年度`;
  const n = year - ERA_OFFSET.令和;
  return `令和${n === 1 ? '元' : n}年度`;
}
