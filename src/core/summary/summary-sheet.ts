import type { GradingPolicy, RoleIndicatorResult, Summary } from '../model';
import { message } from '../messages/catalogue';
import { summaryNotes } from './summary-notes';
import { roleIndicatorGrade } from './role-indicator-lines';
import type { CellStyle, ExpectedCell, OutputCell, SheetGrid, SheetOutput, WorkbookGrid } from '../workbook/cell-grid';
import { allLabels } from './build-summary';
import { fiscalYearJa } from '../values/parse-fiscal-year';
import { wrappedRowHeight } from '../values/display-width';

export const SUMMARY_SHEET_NAME = '評価集計';

/** The last line of every summary sheet: tells people it is rebuilt, and tells Shinchoku it is its own. */
const SUMMARY_MARKER = message('SUMMARY_SHEET_MARKER').ja;
/** The marker lines this and earlier versions wrote: a sheet with any of them is the tool's own. */
const KNOWN_MARKERS = new Set(
  (['SUMMARY_SHEET_MARKER', 'SUMMARY_SHEET_MARKER_V1', 'TREND_SHEET_MARKER', 'PROJECT_SHEET_MARKER', 'COMPARE_SHEET_MARKER'] as const).map(
    (code) => message(code).ja,
  ),
);

/** Where a sheet Shinchoku built says so, checked again just before the sheet is cleared (someone may have taken it over). */
export function summaryOwnershipCell(sheet: SheetGrid): ExpectedCell | undefined {
  const row = sheet.values.findIndex((r) => KNOWN_MARKERS.has(r[0] as string));
  return row < 0 ? undefined : { sheet: sheet.name, row, col: 0, value: sheet.values[row][0] };
}

/** A sheet Shinchoku built: its first column holds the marker line. */
export function isShinchokuSummary(sheet: SheetGrid): boolean {
  return summaryOwnershipCell(sheet) !== undefined;
}

/**
 * Where a sheet the tool builds goes: 評価集計 (or 進捗評価の推移) unless a sheet of that name was
 * made by hand, which is never cleared; then 評価集計 (2), (3)… the first that is free or the tool's own.
 */
export function summarySheetName(grid: WorkbookGrid, base = SUMMARY_SHEET_NAME): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} (${n})`;
    const sheet = grid.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    if (!sheet || isShinchokuSummary(sheet)) return name;
  }
}

const NAME_WIDTH = 52;
const COUNT_WIDTH = 9;

export const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center' };
export const LABEL: CellStyle = { border: true, horizontal: 'left' };
export const COUNT: CellStyle = { border: true, horizontal: 'center', numberFormat: '0' };
const TOTAL: CellStyle = { ...COUNT, bold: true, fill: 'F2F2F2' };
export const PERCENT: CellStyle = { border: true, horizontal: 'center', numberFormat: '0.0%' };
/** Grey, yet readable (7:1 on white): the tool's own line, not part of the figures. */
export const MARKER: CellStyle = { fontColor: '595959' };

type Put = (row: number, col: number, value: string | number | null, style?: CellStyle) => void;

/**
 * 比較的順調 of the year before and of this year as a small table (the sentence below says the same):
 * 年度 | 項目数 | 割合, a row each, then the change in items and in points. Returns the row after it.
 */
function putComparison(put: Put, top: number, summary: Summary, policy: GradingPolicy): number {
  const before = summary.previous!;
  const labels = policy.favorable.join('+');
  [message('TREND_FAVORABLE_COUNT', { labels }).ja, message('TREND_ITEMS').ja, message('TREND_FAVORABLE_SHARE').ja].forEach((h, c) =>
    put(top, c, h, HEADER),
  );
  let row = top + 1;
  for (const y of [before, summary]) {
    put(row, 0, fiscalYearJa(y.year), LABEL);
    put(row, 1, y.favorable.count, COUNT);
    put(row, 2, Number((y.favorable.percent / 100).toFixed(4)), PERCENT);
    row++;
  }
  put(row, 0, message('SUMMARY_CHANGE').ja, LABEL);
  put(row, 1, summary.favorable.count - before.favorable.count, { ...COUNT, numberFormat: '+0;-0;0' });
  put(row, 2, Math.round((summary.favorable.percent - before.favorable.percent) * 10) / 10, {
    ...COUNT,
    numberFormat: '+0.0"pt";-0.0"pt";0.0"pt"',
  });
  return row + 1;
}

/** 評価集計 laid out like the conference material, ready to paste into it. */
export function buildSummarySheet(
  summary: Summary,
  policy: GradingPolicy,
  name = SUMMARY_SHEET_NAME,
  /** The validation errors of the year a draft was built over: its title says 暫定 and how many. */
  draftErrors = 0,
): SheetOutput {
  const labels = allLabels(policy);
  const lastCol = labels.length + 1;
  const cells: OutputCell[] = [];
  const merges: SheetOutput['merges'] = [];
  const put = (row: number, col: number, value: string | number | null, style?: CellStyle) => cells.push({ row, col, value, style });

  const title = message('SUMMARY_TITLE', { year: summary.year }).ja;
  put(0, 0, draftErrors > 0 ? message('SUMMARY_DRAFT_TITLE', { errors: draftErrors, title }).ja : title, { bold: true });
  put(2, 0, message('SUMMARY_ITEM').ja, HEADER);
  put(3, 0, null, HEADER);
  merges.push({ top: 2, left: 0, bottom: 3, right: 0 });
  put(2, 1, message('SUMMARY_GRADES').ja, HEADER);
  for (let c = 2; c <= lastCol; c++) put(2, c, null, HEADER);
  merges.push({ top: 2, left: 1, bottom: 2, right: lastCol });
  labels.forEach((l, i) => put(3, i + 1, l, HEADER));
  put(3, lastCol, message('SUMMARY_TOTAL').ja, HEADER);

  let row = 4;
  for (const role of summary.roles) {
    put(row, 0, `${role.no} ${role.name} ${message('SUMMARY_PROJECTS', { n: role.projects }).ja}`, LABEL);
    labels.forEach((l, i) => put(row, i + 1, role.counts[l], COUNT));
    put(row, lastCol, role.items, COUNT);
    row++;
  }
  const { totals } = summary;
  put(row, 0, `${message('SUMMARY_TOTAL').ja} ${message('SUMMARY_PROJECTS', { n: totals.projects }).ja}`, { ...LABEL, bold: true });
  labels.forEach((l, i) => put(row, i + 1, totals.counts[l], TOTAL));
  put(row, lastCol, totals.items, TOTAL);
  row++;
  put(row, 0, message('SUMMARY_SHARE').ja, LABEL);
  // Stored as fractions with a % format so Excel can compute with them; the digits are the table's.
  labels.forEach((l, i) => put(row, i + 1, Number((totals.percents[l] / 100).toFixed(4)), PERCENT));
  put(row, lastCol, null, PERCENT);
  row++;
  put(row, 0, summary.groups.map((g) => g.labels.join('+')).join(' / '), LABEL);
  let col = 1;
  for (const group of summary.groups) {
    put(row, col, group.count, COUNT);
    for (let c = col + 1; c < col + group.labels.length; c++) put(row, c, null, COUNT);
    if (group.labels.length > 1) merges.push({ top: row, left: col, bottom: row, right: col + group.labels.length - 1 });
    col += group.labels.length;
  }
  put(row, lastCol, null, COUNT);
  row += 2;
  const rowHeights: number[] = [];
  if (summary.roleIndicators?.length) row = putRoleIndicators(put, merges, rowHeights, row, summary.roleIndicators, lastCol) + 1;
  if (summary.towns?.length) {
    // by member municipality: the same columns as the table, over the projects each marks ○
    put(row++, 0, message('SUMMARY_TOWNS').ja, { bold: true });
    for (const town of summary.towns) {
      put(row, 0, message('SUMMARY_TOWN_ROW', { town: town.name, projects: town.projects }).ja, LABEL);
      labels.forEach((l, i) => put(row, i + 1, town.counts[l] ?? 0, COUNT));
      put(row, lastCol, town.items, COUNT);
      row++;
    }
    row++;
  }
  if (summary.previous) row = putComparison(put, row, summary, policy) + 1;

  const notes = summaryNotes(summary, policy);
  put(row++, 0, notes.favorable.ja, { bold: true });
  for (const line of notes.details) put(row++, 0, line.ja);
  row++;
  for (const level of policy.levels) {
    const threshold = level.minPercent === null ? '' : `（${level.minPercent}%以上）`;
    put(row++, 0, `${level.label} : ${level.name.ja}${threshold}`);
  }
  put(row++, 0, `${policy.notGraded.label} : ${policy.notGraded.name.ja}`);
  put(row, 0, message('SUMMARY_NOTE_ITEMS').ja);
  row += 2;
  put(row, 0, SUMMARY_MARKER, MARKER);

  return {
    name,
    cells,
    merges,
    columnWidths: [NAME_WIDTH, ...labels.map(() => COUNT_WIDTH), COUNT_WIDTH],
    rowHeights,
    validations: [],
    frozenRows: 0,
    // the tool's own line below the figures is left off the page
    print: { area: { top: 0, left: 0, bottom: row - 2, right: lastCol }, titleRows: { top: 2, bottom: 3 } },
  };
}

/**
 * 役割ごとの成果指標 below the table, never among its items: a row each with what the actual and
 * target cells show and the grade (with its rate, its reason, or the rule's grade where a typed one differs).
 */
function putRoleIndicators(
  put: (row: number, col: number, value: string | number | null, style?: CellStyle) => void,
  merges: SheetOutput['merges'],
  rowHeights: number[],
  top: number,
  results: readonly RoleIndicatorResult[],
  lastCol: number,
): number {
  // the figures over two columns each where the table is wide enough
  const wide = lastCol >= 6;
  const spans: Array<[number, number]> = wide
    ? [
        [1, 2],
        [3, 4],
        [5, lastCol],
      ]
    : [
        [1, 1],
        [2, 2],
        [3, lastCol],
      ];
  const line = (row: number, values: (string | null)[], style: CellStyle) => {
    spans.forEach(([from, to], i) => {
      for (let c = from; c <= to; c++) put(row, c, c === from ? values[i] : null, style);
      if (to > from) merges.push({ top: row, left: from, bottom: row, right: to });
    });
  };
  let row = top;
  put(row++, 0, message('SUMMARY_ROLE_INDICATORS').ja, { bold: true });
  put(row, 0, message('PROJECT_BOX_INDICATOR').ja, HEADER);
  line(row++, [message('PROJECT_BOX_ACTUAL').ja, message('PROJECT_BOX_TARGET').ja, message('PROJECT_BOX_GRADE').ja], HEADER);
  for (const r of results) {
    const name = `${message('OWNER_ROLE', { no: r.roleNo }).ja} ${r.indicator}`;
    const grade = roleIndicatorGrade(r).ja;
    put(row, 0, name, { ...LABEL, wrap: true });
    line(row, [r.actual, r.target, grade], { border: true, horizontal: 'center', vertical: 'center', wrap: true });
    // wrapped text gets its lines: a file reader does not always fit rows itself
    const gradeWidth = (spans[2][1] - spans[2][0] + 1) * COUNT_WIDTH;
    const height = Math.max(wrappedRowHeight(name, NAME_WIDTH) ?? 0, wrappedRowHeight(grade, gradeWidth) ?? 0);
    if (height > 0) rowHeights[row] = height;
    row++;
  }
  return row + 1;
}
