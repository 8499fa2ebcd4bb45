import { normalizeText } from './normalize-text';

/**
 * Units that name the same thing in different words or scales. 人 and 名 count the same people;
 * 千円 is 1,000 円. Everything else compares by its normalised text.
 */
const SAME_AS: Record<string, { base: string; factor: number }> = {
  名: { base: '人', factor: 1 },
  人: { base: '人', factor: 1 },
  円: { base: '円', factor: 1 },
  千円: { base: '円', factor: 1_000 },
  万円: { base: '円', factor: 10_000 },
  百万円: { base: '円', factor: 1_000_000 },
  億円: { base: '円', factor: 100_000_000 },
  件数: { base: '件', factor: 1 },
  回数: { base: '回', factor: 1 },
  か所: { base: '箇所', factor: 1 },
  ヶ所: { base: '箇所', factor: 1 },
  カ所: { base: '箇所', factor: 1 },
  ケ所: { base: '箇所', factor: 1 },
  トン: { base: 't', factor: 1 },
};

export function normalizeUnit(unit: string | null | undefined): string | null {
  const u = normalizeText(unit ?? '').replace(/\s/g, '');
  return u === '' ? null : u;
}

export function unitBase(unit: string): { base: string; factor: number } {
  return SAME_AS[unit] ?? { base: unit, factor: 1 };
}

/**
 * The factor that turns a value in `from` into `to` (千円 → 円: 1000), or undefined when the two
 * do not measure the same thing. A missing unit agrees with any unit: staff often keep the unit
 * in its own column and type bare numbers.
 */
export function conversionFactor(from: string | null, to: string | null): number | undefined {
  if (from === null || to === null) return 1;
  const a = unitBase(from);
  const b = unitBase(to);
  if (a.base !== b.base) return undefined;
  return a.factor / b.factor;
}
