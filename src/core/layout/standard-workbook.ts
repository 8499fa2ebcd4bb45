import type { CellRange, CellStyle, OutputCell, SheetOutput } from '../workbook/cell-grid';

/**
 * The layout the template and the sample workbook use: the headers staff already keep (a title
 * row, a two-row header with 連携町村 and 事業費見込額 groups, hierarchy cells merged down).
 * The engine does not depend on it: it reads any layout by its headers.
 */
export const PROJECT_SHEET = '事業一覧';
export const INDICATOR_SHEET = '成果指標';
export const MUNICIPALITIES = ['平内町', '今別町', '外ヶ浜町', '蓬田村'];

export type CellInput = string | number | null;

export interface StandardProjectRow {
  no: CellInput;
  role: string;
  policyArea: string;
  field: string;
  name: string;
  category: string;
  startYear: CellInput;
  endYear: CellInput;
  participation: boolean[];
  budget: CellInput[];
  total: CellInput;
}

export interface StandardResult {
  target: CellInput;
  actual: CellInput;
  grade: CellInput;
}

export interface StandardIndicatorRow {
  no: CellInput;
  projectName: string;
  name: string;
  unit: CellInput;
  baseline: CellInput;
  finalTarget: CellInput;
  results: StandardResult[];
  note: CellInput;
}

export interface StandardWorkbookInput {
  title: string;
  budgetYears: number[];
  resultYears: number[];
  finalYear: number;
  gradeLabels: string[];
  projects: StandardProjectRow[];
  indicators: StandardIndicatorRow[];
  /** A row under the headers that shows how to fill them in (the template). */
  exampleRows?: { project: StandardProjectRow; indicator: StandardIndicatorRow };
}

const HEADER: CellStyle = { bold: true, fill: 'DDEBF7', border: true, horizontal: 'center', wrap: true };
const BODY: CellStyle = { border: true, wrap: true, vertical: 'top' };
const NUMBER: CellStyle = { border: true, numberFormat: '#,##0', vertical: 'top' };
// 767676: the lightest grey that still reads at 4.5:1 on white (WCAG AA)
const EXAMPLE: CellStyle = { border: true, wrap: true, vertical: 'top', fontColor: '767676' };
const HEADER_TOP = 1;
const FIRST_DATA = 3;

class SheetBuilder {
  readonly cells: OutputCell[] = [];
  readonly merges: CellRange[] = [];
  put(row: number, col: number, value: CellInput, style: CellStyle = BODY) {
    this.cells.push({ row, col, value, style: typeof value === 'number' && style === BODY ? NUMBER : style });
  }
  /** A header either spanning both header rows, or a group over sub-headers. */
  header(col: number, text: string, sub: string[] = []) {
    if (sub.length === 0) {
      this.put(HEADER_TOP, col, text, HEADER);
      this.put(HEADER_TOP + 1, col, null, HEADER);
      this.merges.push({ top: HEADER_TOP, left: col, bottom: HEADER_TOP + 1, right: col });
      return col + 1;
    }
    sub.forEach((s, i) => {
      this.put(HEADER_TOP, col + i, i === 0 ? text : null, HEADER);
      this.put(HEADER_TOP + 1, col + i, s, HEADER);
    });
    if (sub.length > 1) this.merges.push({ top: HEADER_TOP, left: col, bottom: HEADER_TOP, right: col + sub.length - 1 });
    return col + sub.length;
  }
  /** As in Excel, only a merged area's top-left cell keeps a value. */
  clearCovered() {
    for (const cell of this.cells) {
      const covered = this.merges.some(
        (m) =>
          cell.row >= m.top &&
          cell.row <= m.bottom &&
          cell.col >= m.left &&
          cell.col <= m.right &&
          (cell.row !== m.top || cell.col !== m.left),
      );
      if (covered) cell.value = null;
    }
  }
  /** Staff merge a hierarchy cell down over the projects it covers. */
  mergeRuns(col: number, first: number, texts: string[]) {
    let start = 0;
    for (let i = 1; i <= texts.length; i++) {
      if (i === texts.length || texts[i] !== texts[start]) {
        if (i - start > 1 && texts[start] !== '') this.merges.push({ top: first + start, left: col, bottom: first + i - 1, right: col });
        start = i;
      }
    }
  }
}

function projectSheet(input: StandardWorkbookInput): SheetOutput {
  const b = new SheetBuilder();
  b.put(0, 0, `${input.title} 連携事業一覧`, { bold: true });
  let col = 0;
  for (const h of ['番号', '役割', '連携施策', '分野', '事業名', '事業区分', '開始年度', '終了年度']) col = b.header(col, h);
  const townCol = col;
  col = b.header(col, '連携町村', MUNICIPALITIES);
  const budgetCol = col;
  col = b.header(col, '事業費見込額（千円）', [...input.budgetYears.map((y) => `${y}年度`), '計']);
  const rows = [...(input.exampleRows ? [input.exampleRows.project] : []), ...input.projects];
  rows.forEach((p, i) => {
    const r = FIRST_DATA + i;
    const style = input.exampleRows && i === 0 ? EXAMPLE : BODY;
    [p.no, p.role, p.policyArea, p.field, p.name, p.category, p.startYear, p.endYear].forEach((v, c) => b.put(r, c, v, style));
    p.participation.forEach((on, k) =>
      b.put(r, townCol + k, on ? '○' : null, style === EXAMPLE ? EXAMPLE : { ...BODY, horizontal: 'center' }),
    );
    p.budget.forEach((v, k) => b.put(r, budgetCol + k, v, style));
    b.put(r, budgetCol + input.budgetYears.length, p.total, style);
  });
  const dataFirst = FIRST_DATA + (input.exampleRows ? 1 : 0);
  b.mergeRuns(
    1,
    dataFirst,
    input.projects.map((p) => p.role),
  );
  b.mergeRuns(
    2,
    dataFirst,
    input.projects.map((p) => `${p.role}\u0000${p.policyArea}`),
  );
  b.mergeRuns(
    3,
    dataFirst,
    input.projects.map((p) => `${p.role}\u0000${p.policyArea}\u0000${p.field}`),
  );
  b.clearCovered();
  const lastRow = FIRST_DATA + Math.max(rows.length, 200);
  return {
    name: PROJECT_SHEET,
    cells: b.cells,
    merges: b.merges,
    columnWidths: [6, 22, 26, 18, 34, 10, 10, 10, ...MUNICIPALITIES.map(() => 7), ...input.budgetYears.map(() => 10), 11],
    validations: [{ range: { top: FIRST_DATA, left: townCol, bottom: lastRow, right: townCol + MUNICIPALITIES.length - 1 }, list: ['○'] }],
    frozenRows: FIRST_DATA,
  };
}

function indicatorSheet(input: StandardWorkbookInput): SheetOutput {
  const b = new SheetBuilder();
  b.put(0, 0, `${input.title} 成果指標 進捗評価表`, { bold: true });
  let col = 0;
  for (const h of ['番号', '事業名', '指標名', '単位', '現状値（調査時点）', `目標値（${input.finalYear}年度）`]) col = b.header(col, h);
  const yearCols = input.resultYears.map((y) => {
    const start = col;
    col = b.header(col, `${y}年度`, ['目標値', '実績値', '進捗評価']);
    return start;
  });
  const noteCol = col;
  b.header(col, '備考');
  const rows = [...(input.exampleRows ? [input.exampleRows.indicator] : []), ...input.indicators];
  rows.forEach((ind, i) => {
    const r = FIRST_DATA + i;
    const style = input.exampleRows && i === 0 ? EXAMPLE : BODY;
    [ind.no, ind.projectName, ind.name, ind.unit, ind.baseline, ind.finalTarget].forEach((v, c) => b.put(r, c, v, style));
    ind.results.forEach((res, k) => {
      b.put(r, yearCols[k], res.target, style);
      b.put(r, yearCols[k] + 1, res.actual, style);
      b.put(r, yearCols[k] + 2, res.grade, style === EXAMPLE ? EXAMPLE : { ...BODY, horizontal: 'center' });
    });
    b.put(r, noteCol, ind.note, style);
  });
  const lastRow = FIRST_DATA + Math.max(rows.length, 200);
  return {
    name: INDICATOR_SHEET,
    cells: b.cells,
    merges: b.merges,
    columnWidths: [6, 30, 34, 7, 20, 16, ...input.resultYears.flatMap(() => [12, 12, 9]), 24],
    validations: yearCols.map((c) => ({ range: { top: FIRST_DATA, left: c + 2, bottom: lastRow, right: c + 2 }, list: input.gradeLabels })),
    frozenRows: FIRST_DATA,
  };
}

export function standardWorkbook(input: StandardWorkbookInput): SheetOutput[] {
  return [projectSheet(input), indicatorSheet(input)];
}
