import type { GradingPolicy, Trend } from '../model';
import { message } from '../messages/catalogue';
import { wrappedRowHeight } from '../values/display-width';
import { fiscalYearJa } from '../values/parse-fiscal-year';
import { gradePalette, SHARE_LINE_COLOUR } from '../grading/grade-palette';
import type { CellStyle, OutputCell, SheetChart, SheetOutput } from '../workbook/cell-grid';
import { allLabels } from './build-summary';
import { COUNT, HEADER, LABEL, MARKER, PERCENT } from './summary-sheet';

export const TREND_SHEET_NAME = '進捗評価の推移';
/** The chart's name in the workbook: a rerun replaces the chart of this name. */
export const TREND_CHART_NAME = 'shinchoku-trend';
/** Rows the chart covers below the sentences: about 9 cm at the default row height. */
const CHART_ROWS = 18;

const POINTS: CellStyle = { border: true, horizontal: 'center', numberFormat: '+0.0;-0.0;0.0' };

/**
 * 進捗評価の推移 as the conference material gives it: a row per year (projects, items, A … -,
 * 比較的順調 and its share, the change in points), the new projects of each year by name, and the
 * sentences the material prints. Years without results are named, never shown as 0 %.
 */
export function buildTrendSheet(trend: Trend, policy: GradingPolicy, name = TREND_SHEET_NAME): SheetOutput {
  const labels = allLabels(policy);
  const cells: OutputCell[] = [];
  const put = (row: number, col: number, value: string | number | null, style?: CellStyle) => cells.push({ row, col, value, style });
  const { years } = trend;
  const first = years[0];
  const last = years[years.length - 1];

  if (first && last) put(0, 0, message('TREND_TITLE', { from: first.year, to: last.year }).ja, { bold: true });
  const headers = [
    message('TREND_YEAR').ja,
    message('TREND_PROJECTS').ja,
    message('TREND_ITEMS').ja,
    ...labels,
    message('TREND_FAVORABLE_COUNT', { labels: policy.favorable.join('+') }).ja,
    message('TREND_FAVORABLE_SHARE').ja,
    message('TREND_FROM_FIRST').ja,
    message('TREND_FROM_PREVIOUS').ja,
  ];
  headers.forEach((h, col) => put(2, col, h, { ...HEADER, wrap: true }));
  const columnWidths = [24, 8, 8, ...labels.map(() => 6), 12, 9, 11, 11];
  // the wrapped headers get the lines they need: a file reader does not always fit rows itself
  const rowHeights: number[] = [];
  rowHeights[2] = Math.max(0, ...headers.map((h, col) => wrappedRowHeight(h, columnWidths[col]) ?? 0));
  let row = 3;
  for (const y of years) {
    const values = [y.projects, y.items, ...labels.map((l) => y.counts[l]), y.favorable.count];
    put(row, 0, fiscalYearJa(y.year), LABEL);
    values.forEach((v, i) => put(row, i + 1, v, COUNT));
    // a fraction with a % format, the digits the year's summary prints
    put(row, values.length + 1, Number((y.favorable.percent / 100).toFixed(4)), PERCENT);
    put(row, values.length + 2, y.changeFromFirst, POINTS);
    put(row, values.length + 3, y.changeFromPrevious, POINTS);
    row++;
  }
  row++;

  if (first && last && first !== last) {
    const span = { from: first.year, to: last.year };
    put(row++, 0, message('TREND_PROJECTS_CHANGE', { ...span, before: first.projects, after: last.projects }).ja);
    const change = { before: first.favorable.percent, after: last.favorable.percent, points: last.changeFromFirst ?? 0 };
    put(row++, 0, message('TREND_FAVORABLE_CHANGE', { ...span, ...change }).ja, { bold: true });
  }
  if (years.length === 0) put(row++, 0, message('TREND_NO_YEARS').ja);
  if (trend.withoutResults.length > 0) put(row++, 0, message('TREND_WITHOUT_RESULTS', { years: trend.withoutResults }).ja);
  row++;

  const charts: SheetChart[] = [];
  if (years.length > 0) {
    const anchor = { top: row, left: 0, bottom: row + CHART_ROWS - 1, right: headers.length - 1 };
    const mostItems = Math.max(...years.map((y) => y.items));
    charts.push(trendChart(policy, labels, { first: 3, last: 2 + years.length }, anchor, mostItems));
    row += CHART_ROWS + 1;
  }

  const withNew = years.filter((y, i) => i > 0 && y.newProjects.length > 0);
  if (withNew.length > 0) {
    put(row++, 0, message('TREND_NEW_PROJECTS').ja, { bold: true });
    for (const y of withNew) {
      const before = years[years.indexOf(y) - 1].projects;
      put(row++, 0, message('TREND_NEW_YEAR', { year: y.year, before, after: y.projects }).ja);
      for (const p of y.newProjects) put(row++, 0, `・${p.name}`);
    }
    row++;
  }
  put(row, 0, message('TREND_SHEET_MARKER').ja, MARKER);

  return {
    name,
    cells,
    merges: [],
    columnWidths,
    validations: [],
    frozenRows: 0,
    rowHeights,
    charts,
    print: { area: { top: 0, left: 0, bottom: Math.max(row - 2, 2), right: headers.length - 1 }, titleRows: { top: 2, bottom: 2 } },
  };
}

/** A round top for the count axis at least 1.6 times the tallest column: the columns fill the lower part, the share line (0–100 %) runs above. */
function countAxisMax(mostItems: number): number {
  const wanted = Math.max(1, mostItems * 1.6);
  const step = 10 ** Math.floor(Math.log10(wanted));
  return Math.ceil(wanted / step) * step;
}

/**
 * The table's counts as stacked columns (grade colours, one series per label) and the 比較的順調
 * share as a line on a 0–100 % axis, one point per year row; the year labels are the categories.
 */
function trendChart(
  policy: GradingPolicy,
  labels: readonly string[],
  rows: { first: number; last: number },
  anchor: SheetChart['anchor'],
  mostItems: number,
): SheetChart {
  const column = (col: number) => ({ top: rows.first, left: col, bottom: rows.last, right: col });
  const palette = gradePalette(labels);
  const shareCol = 3 + labels.length + 1;
  return {
    name: TREND_CHART_NAME,
    title: message('TREND_CHART_TITLE', { labels: policy.favorable.join('+') }).ja,
    anchor,
    categories: column(0),
    columns: labels.map((label, i) => ({ name: label, values: column(3 + i), color: palette[i].mark.replace(/^#/, '') })),
    columnAxisMax: countAxisMax(mostItems),
    lines: [{ name: message('TREND_CHART_SHARE').ja, values: column(shareCol), color: SHARE_LINE_COLOUR.replace(/^#/, '') }],
  };
}
