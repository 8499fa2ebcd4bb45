import { headerKey } from '../values/normalize-text';
import { findFiscalYear } from '../values/parse-fiscal-year';
import type { FilledSheet } from './filled-sheet';
import { MUNICIPALITY, NOT_MUNICIPALITY, YEAR_COLUMN_WORDS, type YearColumnKind } from './table-columns';

/** How far down staff put a header (title rows, notes and blank rows come first). */
export const HEADER_SEARCH_ROWS = 30;

export interface YearColumn {
  year: number;
  kind: YearColumnKind;
  col: number;
}

export interface TableLocation<F extends string> {
  sheet: string;
  /** The header's lowest row (0-based); data starts below it. */
  headerRow: number;
  firstDataRow: number;
  /** The rightmost column with a header. */
  lastCol: number;
  columns: Partial<Record<F, number>>;
  years: YearColumn[];
  municipalities: Array<{ name: string; col: number }>;
  /** The header text of each column, for messages. */
  headers: string[];
}

/**
 * The texts a header cell can be read as: its own text, and its text under a group header
 * ("2024年度" over "実績値" reads "2024年度実績値"; "連携町村" over "平内町").
 */
function headerCandidates(sheet: FilledSheet, row: number, col: number): string[] {
  const own = headerKey(sheet.value(row, col));
  if (row === 0) return [own];
  const above = headerKey(sheet.value(row - 1, col));
  return above && above !== own ? [above + own, own] : [own];
}

function yearColumn(key: string, col: number, allowBudget: boolean): YearColumn | undefined {
  const found = findFiscalYear(key);
  if (!found) return undefined;
  const rest = (key.slice(0, found.index) + key.slice(found.index + found.length)).replace(/[()]/g, '');
  // 「2024年度実績値 (2024年度目標値)」 names both: the cells' bracket is that year's target.
  if (/^実績値?\(.*目標値?\)$/.test(key.slice(found.index + found.length))) return { year: found.year, kind: 'actual-with-target', col };
  // "目標値（2024年度）" is the vision's final-year target; "2024年度目標値" is that year's target.
  if (/^目標値?$/.test(rest) && key.startsWith('目標') && key.endsWith(')')) return { year: found.year, kind: 'final-target', col };
  for (const [re, kind] of YEAR_COLUMN_WORDS) {
    if (re.test(rest) && (kind !== 'budget' || allowBudget)) return { year: found.year, kind, col };
  }
  return undefined;
}

interface RowMatch<F extends string> {
  columns: Partial<Record<F, number>>;
  years: YearColumn[];
  municipalities: Array<{ name: string; col: number }>;
  headers: string[];
  lastCol: number;
}

function matchRow<F extends string>(
  sheet: FilledSheet,
  row: number,
  fields: Record<F, RegExp>,
  options: { budgetYears: boolean; municipalities: boolean },
): RowMatch<F> {
  const columns: Partial<Record<F, number>> = {};
  const years: YearColumn[] = [];
  const municipalities: Array<{ name: string; col: number }> = [];
  const headers: string[] = [];
  let lastCol = -1;
  const names = Object.keys(fields) as F[];
  for (let col = 0; col < sheet.colCount; col++) {
    const own = headerKey(sheet.value(row, col));
    headers[col] = sheet.text(row, col);
    if (!own) continue;
    lastCol = col;
    let matched = false;
    for (const key of headerCandidates(sheet, row, col)) {
      const field = names.find((f) => fields[f].test(key) && columns[f] === undefined);
      if (field) {
        columns[field] = col;
        matched = true;
        break;
      }
      const year = yearColumn(key, col, options.budgetYears);
      if (year) {
        years.push(year);
        matched = true;
        break;
      }
    }
    if (!matched && options.municipalities && MUNICIPALITY.test(own) && !NOT_MUNICIPALITY.test(own)) {
      municipalities.push({ name: sheet.text(row, col), col });
    }
  }
  return { columns, years, municipalities, headers, lastCol };
}

/**
 * Finds a table by its headers anywhere in the first rows of a sheet, in any column order.
 * `required` are the fields that make a row a header of this table; the best-scoring row wins.
 */
export function locateTable<F extends string>(
  sheet: FilledSheet,
  fields: Record<F, RegExp>,
  required: F[],
  options: { budgetYears: boolean; municipalities: boolean; excluded?: F[] },
): TableLocation<F> | undefined {
  let best: { row: number; match: RowMatch<F>; score: number } | undefined;
  const last = Math.min(sheet.rowCount, HEADER_SEARCH_ROWS);
  for (let row = 0; row < last; row++) {
    if (sheet.rowIsBlank(row)) continue;
    const match = matchRow(sheet, row, fields, options);
    if (!required.every((f) => match.columns[f] !== undefined)) continue;
    if (options.excluded?.some((f) => match.columns[f] !== undefined)) continue;
    const score = Object.keys(match.columns).length + match.years.length + match.municipalities.length;
    // A two-row header matches on both rows; the lower one (with the group words joined) is the header.
    if (!best || score >= best.score) best = { row, match, score };
  }
  if (!best) return undefined;
  let firstDataRow = best.row + 1;
  // Skip an explanation row right under the header (the template's "例: …" row).
  while (firstDataRow < sheet.rowCount && /^(?:例|記入例|説明)[:：]?/.test(sheet.text(firstDataRow, 0))) firstDataRow++;
  return {
    sheet: sheet.name,
    headerRow: best.row,
    firstDataRow,
    lastCol: best.match.lastCol,
    columns: best.match.columns,
    years: best.match.years,
    municipalities: best.match.municipalities,
    headers: best.match.headers,
  };
}
