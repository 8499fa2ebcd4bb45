import { normalizeText } from './normalize-text';
import { normalizeUnit } from './units';

/** One municipality's share of an actual: 「平内町：2名」, 「青森市588」. */
export interface BreakdownPart {
  town: string;
  value: number;
  unit: string | null;
}

/** An actual broken down by municipality, as staff write it beside the figure. */
export interface Breakdown {
  parts: BreakdownPart[];
  /** 「うち連携町村14人：…」: the parts are some of the total, not all of it. */
  partial: boolean;
}

// a place name ending in 市, 町 or 村 (外ヶ浜町, 青森市), then its figure; 連携町村 and 市町村 are groups, not places
const PART = /([^\s\d、，,・：:；;（）()「」]{1,6}?[市町村])\s*[：:]?\s*(\d[\d,]*(?:\.\d+)?)\s*([^\d\s、，,・：:；;（）()]*)/gu;
const GROUP = /連携|市町村|関係|全|各/u;

/**
 * The breakdown by municipality written in a cell (「597人（青森市588・平内町2・外ヶ浜町4・蓬田村3）」,
 * 「青森市：588名、平内町：2名、今別町：4人、蓬田村：3人」); null when the text names fewer than two.
 */
export function parseBreakdown(raw: unknown): Breakdown | null {
  const text = normalizeText(raw);
  const parts: BreakdownPart[] = [];
  for (const m of text.matchAll(PART)) {
    if (GROUP.test(m[1])) continue;
    parts.push({ town: m[1], value: Number(m[2].replace(/,/g, '')), unit: m[3] ? normalizeUnit(m[3]) : null });
  }
  return parts.length >= 2 ? { parts, partial: /うち/u.test(text) } : null;
}
