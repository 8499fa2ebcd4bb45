import type { CellValue } from '../workbook/cell-grid';
import { isDashOnly, normalizeText, REMEMBERED_TEXT_LENGTH } from './normalize-text';
import { remembered } from './remembered';
import { normalizeUnit } from './units';

export interface Quantity {
  value: number;
  unit: string | null;
  /** "11回以上/年度": at least this much. */
  atLeast: boolean;
  /** "以下": at most this much (a lower-is-better target). */
  atMost: boolean;
  /** "1回/年度": a target that applies to every year. */
  perYear: boolean;
  /** "21件 (2019年度見込)": the survey point written beside a baseline. */
  surveyPoint: string | null;
}

export type NotGradedReason = 'merged' | 'tallying' | 'biennial';
export type InvalidReason = 'not-a-number' | 'formula-error' | 'boolean';

export type ParsedValue =
  | { kind: 'quantity'; raw: CellValue; quantity: Quantity }
  /** "17人 (15人)": actual (target) in one cell. */
  | { kind: 'combined'; raw: CellValue; actual: Quantity; target: Quantity }
  /** Blank, or a dash of any kind. */
  | { kind: 'empty'; raw: CellValue }
  | { kind: 'not-graded'; raw: CellValue; reason: NotGradedReason; mergedInto: number | null }
  | { kind: 'invalid'; raw: CellValue; reason: InvalidReason };

const EXCEL_ERRORS = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
// "NO.4に統合", "NO 2へ統合", "4に統合": a project number before 統合, never the digits of "R3統合" (a year).
const MERGED = /(?:(?:(?:NO|№|番号)\.?\s*|(?<![A-Za-z0-9]))(\d+)\s*)?(?:に|へ)?統合/gi;
const TALLYING = /集計中|集計予定|調査中|未集計|未確定/;
const BIENNIAL = /隔年/;
const NUMBER = String.raw`[-▲△]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-▲△]?\d+(?:\.\d+)?`;
// A unit is letters or % only, and never starts with a kanji numeral: "１２三" (→ "12三") is a
// mistyped number, not 12 of a unit "三", so it is invalid rather than a guess. Scale prefixes
// (千円, 万人, 百万円) are units.
const QUANTITY = new RegExp(
  String.raw`^(${NUMBER})\s*(?![〇一二三四五六七八九十])([\p{L}%‰]{0,8}?)\s*(以上|以下|超|未満)?\s*((?:/|per)\s*(?:年度|年)|毎年度?)?$`,
  'u',
);
const SURVEY = /^(.*?)\s*\(([^()]*\d[^()]*)\)$/u;
// 「597人くらい」「20件程度」: a guess is not a number to grade. Hiragana has no place in a unit but か所.
const HEDGED = /くらい|ぐらい|ほど|程度|前後|あまり|余り|ばかり|約|^(?!か所$).*[\p{Script=Hiragana}]/u;

function toNumber(text: string): number {
  const negative = /^[-▲△]/.test(text);
  const value = Number(text.replace(/^[-▲△]/, '').replace(/,/g, ''));
  return negative ? -value : value;
}

function parseQuantityText(text: string): Quantity | undefined {
  let body = text;
  let surveyPoint: string | null = null;
  const survey = SURVEY.exec(text);
  // "21件 (2019年度見込)" dates a value; "2回 (1回以上/年度)" is a value and a per-year target, not a date.
  if (survey && /年|月|時点|見込|実績/.test(survey[2]) && !/\/\s*年度?|毎年/.test(survey[2])) {
    body = survey[1];
    surveyPoint = survey[2].trim();
  }
  const m = QUANTITY.exec(body.trim());
  if (!m || HEDGED.test(m[2])) return undefined;
  const value = toNumber(m[1]);
  if (!Number.isFinite(value)) return undefined;
  return {
    value,
    unit: normalizeUnit(m[2]),
    atLeast: m[3] === '以上' || m[3] === '超',
    atMost: m[3] === '以下' || m[3] === '未満',
    perYear: m[4] !== undefined,
    surveyPoint,
  };
}

/** Excel stores 85% as 0.85 with a % format; staff mean 85 %. Rounded to drop float noise. */
function fromPercentFormat(value: number): number {
  return Number((value * 100).toPrecision(12));
}

function frozen(parsed: ParsedValue): ParsedValue {
  if (parsed.kind === 'quantity') Object.freeze(parsed.quantity);
  if (parsed.kind === 'combined') {
    Object.freeze(parsed.actual);
    Object.freeze(parsed.target);
  }
  return Object.freeze(parsed);
}

/** A register repeats its units, dashes and 集計中 by the thousand: each text is read once. */
const readText = remembered((raw) => frozen(parseText(raw)), 1 << 16);

/**
 * Reads one cell as staff write it. Returns a typed value or the reason it is not one; the raw
 * value always travels along, and nothing is guessed (a "１２三" is invalid, not 12). A text's
 * reading depends on the text alone, so it is read once and the same frozen result handed out again.
 */
export function parseCellValue(raw: CellValue, numberFormat: string | null = null): ParsedValue {
  if (typeof raw !== 'string') return parseValue(raw, numberFormat);
  // a long text (a note) seldom repeats: read, not remembered, and frozen like every reading of a text
  return raw.length > REMEMBERED_TEXT_LENGTH ? frozen(parseText(raw)) : readText(raw);
}

function parseValue(raw: Exclude<CellValue, string>, numberFormat: string | null): ParsedValue {
  if (raw === null || raw === undefined) return { kind: 'empty', raw: null };
  if (typeof raw === 'boolean') return { kind: 'invalid', raw, reason: 'boolean' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { kind: 'invalid', raw, reason: 'not-a-number' };
    const percent = numberFormat !== null && numberFormat.includes('%');
    // A number near Number.MAX_VALUE shown as a percentage would overflow to Infinity.
    if (percent && !Number.isFinite(fromPercentFormat(raw))) return { kind: 'invalid', raw, reason: 'not-a-number' };
    return {
      kind: 'quantity',
      raw,
      quantity: {
        value: percent ? fromPercentFormat(raw) : raw,
        unit: percent ? '%' : null,
        atLeast: false,
        atMost: false,
        perYear: false,
        surveyPoint: null,
      },
    };
  }
  return { kind: 'invalid', raw, reason: 'not-a-number' };
}

function parseText(raw: string): ParsedValue {
  // Reference marks ("100%※") point to a footnote; they are not part of the value.
  const text = normalizeText(raw)
    .replace(/[※＊*]/g, '')
    .trim();
  // 「_ (_)」「— (—)」: a dash for the actual and one for its bracket is no value, not a mistyped number.
  if (text === '' || isDashOnly(text) || isDashOnly(text.replace(/[()]/g, ''))) return { kind: 'empty', raw };
  if (EXCEL_ERRORS.test(text)) return { kind: 'invalid', raw, reason: 'formula-error' };
  // 「令和3年度統合（NO.4に統合）」: the mention that names a project number says which one.
  const merges = text.includes('統合') ? [...text.matchAll(MERGED)] : [];
  if (merges.length > 0) {
    const into = merges.find((m) => m[1] !== undefined)?.[1];
    return { kind: 'not-graded', raw, reason: 'merged', mergedInto: into === undefined ? null : Number(into) };
  }
  if (TALLYING.test(text)) return { kind: 'not-graded', raw, reason: 'tallying', mergedInto: null };
  if (BIENNIAL.test(text)) return { kind: 'not-graded', raw, reason: 'biennial', mergedInto: null };

  const single = parseQuantityText(text);
  if (single) return { kind: 'quantity', raw, quantity: single };
  const combined = /^(.+?)\s*\(([^()]+)\)$/u.exec(text);
  if (combined) {
    const actual = parseQuantityText(combined[1]);
    const target = parseQuantityText(combined[2]);
    if (actual && target) return { kind: 'combined', raw, actual, target };
    // 「110名 (うち連携町村14人)」: a bracket that is no number is a note on the value
    if (actual) return { kind: 'quantity', raw, quantity: actual };
  }
  return { kind: 'invalid', raw, reason: 'not-a-number' };
}
