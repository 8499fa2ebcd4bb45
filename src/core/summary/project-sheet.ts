import type { GradingPolicy } from '../model';
import { resultCell, yearResult } from '../model';
import { message } from '../messages/catalogue';
import { gradeYear, projectActiveIn, type GradedIndicator } from '../grading/grade-year';
import { indicatorSheets, shownText } from '../sheets/shown-text';
import type { WorkbookModel } from '../sheets/read-workbook';
import type { CellStyle, OutputCell, SheetOutput } from '../workbook/cell-grid';
import { wrappedRowHeight } from '../values/display-width';
import { summaryItem } from './build-summary';
import { HEADER, LABEL, MARKER, PERCENT } from './summary-sheet';

export const PROJECT_SHEET_NAME = '事業別評価';

const BOX_TITLE: CellStyle = { bold: true, fill: 'F2F2F2', border: true };
// centred vertically: a row two lines tall for a long name keeps its figures beside the name
const CENTER: CellStyle = { border: true, horizontal: 'center', vertical: 'center' };
const RIGHT: CellStyle = { border: true, horizontal: 'right', vertical: 'center' };
const WRAPPED: CellStyle = { ...LABEL, wrap: true, vertical: 'center' };
const RATE: CellStyle = { ...PERCENT, vertical: 'center' };

/**
 * 事業別評価: one box per project counted in the year, as the conference material prints them
 * (事業番号・事業名, then 指標 | 実績値 | 進捗評価 | 目標値 | 達成率 and why a "-" is one), one after
 * another, ready to paste or print. The grade is the one the summary counts (the sheet's, else the rule's).
 */
export function buildProjectSheet(model: WorkbookModel, year: number, policy: GradingPolicy, name = PROJECT_SHEET_NAME): SheetOutput {
  const sheets = indicatorSheets(model);
  const merges: SheetOutput['merges'] = [];
  const headers = [
    'PROJECT_BOX_INDICATOR',
    'PROJECT_BOX_ACTUAL',
    'PROJECT_BOX_GRADE',
    'PROJECT_BOX_TARGET',
    'PROJECT_BOX_RATE',
    'PROJECT_BOX_NOTE',
  ] as const;
  const last = headers.length - 1;
  const widths = [40, 16, 9, 16, 9, 18];
  // wrapped names and reasons get the lines they need: a file reader does not always fit rows itself
  const rowHeights: number[] = [];
  const fit = (row: number, texts: (string | null)[]) => {
    const heights = texts.map((t, col) => (t ? (wrappedRowHeight(t, widths[col]) ?? 0) : 0));
    if (Math.max(...heights) > 0) rowHeights[row] = Math.max(...heights);
  };

  // each project's indicators in the sheet's order, gathered once: not a pass over every indicator per project
  const byProject = new Map<number, GradedIndicator[]>();
  for (const g of gradeYear(model, year, policy)) {
    const no = g.row.indicator.projectNo;
    if (no === null) continue;
    const items = byProject.get(no);
    if (items) items.push(g);
    else byProject.set(no, [g]);
  }
  const boxed = model.projects.filter((p) => projectActiveIn(p.project, year) && byProject.has(p.project.no));
  // the list made at its length (the title, each box's title and heading rows and its lines, the marker), not
  // grown and copied on the way to a million cells
  const cells = new Array<OutputCell>(boxed.reduce((n, p) => n + (2 + byProject.get(p.project.no)!.length) * headers.length, 2));
  let filled = 0;
  const put = (row: number, col: number, value: string | number | null, style?: CellStyle) =>
    (cells[filled++] = { row, col, value, style });
  put(0, 0, message('PROJECT_SHEET_TITLE', { year }).ja, { bold: true });
  let row = 2;
  for (const p of boxed) {
    const items = byProject.get(p.project.no)!;
    put(row, 0, message('PROJECT_BOX_TITLE', { no: p.project.no, name: p.project.name }).ja, BOX_TITLE);
    for (let c = 1; c <= last; c++) put(row, c, null, BOX_TITLE);
    merges.push({ top: row, left: 0, bottom: row, right: last });
    row++;
    headers.forEach((h, c) => put(row, c, message(h).ja, HEADER));
    row++;
    for (const g of items) {
      const { indicator } = g.row;
      const result = yearResult(indicator, year);
      const { label } = summaryItem(g, p.project.role?.no ?? 0, policy).item;
      const dash = label === policy.notGraded.label;
      const reason = dash ? g.reasonText.ja || message('NOT_GRADED_OTHER').ja : null;
      fit(row, [indicator.name, null, null, null, null, reason]);
      put(row, 0, indicator.name, WRAPPED);
      put(row, 1, shownText(sheets, result ? resultCell(result, 'actual') : null, indicator.unit), RIGHT);
      put(row, 2, label, CENTER);
      put(row, 3, shownText(sheets, result ? resultCell(result, 'target') : null, indicator.unit), RIGHT);
      // a rate only beside a grade the rule gave from these numbers
      put(row, 4, !dash && g.rate !== null ? Number(g.rate.toFixed(4)) : null, RATE);
      put(row, 5, reason, WRAPPED);
      row++;
    }
    row++;
  }
  put(row, 0, message('PROJECT_SHEET_MARKER').ja, MARKER);
  const print = { area: { top: 0, left: 0, bottom: Math.max(row - 2, 0), right: last }, titleRows: { top: 0, bottom: 0 } };
  return { name, cells, merges, columnWidths: widths, rowHeights, validations: [], frozenRows: 0, print };
}
