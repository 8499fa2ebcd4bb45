import type {
  CellRange,
  CellStyle,
  ColumnInsert,
  ExpectedCells,
  GradeCells,
  ListValidation,
  PrintSetup,
  SheetChart,
  SheetOutput,
  WorkbookChanges,
} from '../../core/workbook/cell-grid';
import { cellAddress } from '../../core/workbook/cell-address';
import {
  gradePalette,
  gradeRuleFormula,
  isGradeRuleFormula,
  isLegacyLabelFormula,
  type GradeColours,
} from '../../core/grading/grade-palette';
import { MAX_OPERATION_BYTES, OPERATION_OVERHEAD_BYTES, SYNC_BUDGET_BYTES } from './payload-size';
import {
  planNumberFormatAssignments,
  planSheetOutput,
  planValueAssignments,
  type RangeAssignment,
  type SheetOutputPlan,
  type StyledRange,
} from './plan-range-writes';
import { assertExpectedCells } from './check-expected-cells';
import { WorkbookChangedError } from '../../core/workbook/expected-cells';
import { expectedCells } from '../../core/workbook/expected-cell-list';
import { probeWriteTargets } from './probe-write-targets';
import { syncInBatches } from './sync-in-batches';

/** One queued change with its estimated request size; operations run in list order. */
interface WriteOperation {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
}

export interface WriteOptions {
  budget?: number;
  /** Whether SheetOutput.hidden may set Worksheet.visibility (see office-host.ts). */
  mayHideSheets?: boolean;
  /** A second attempt at the same changes after the first failed part-way (see office-workbook-port.ts). */
  resumed?: boolean;
  /** Set once the first change has been sent: from then on, a failure may leave part of the run written. */
  progress?: { started: boolean };
  /** Called with the estimated bytes of the changes once every check has passed, before the first change is sent; may throw to stop. */
  beforeChanges?: (bytes: number) => void;
}

function sheetNamed(context: Excel.RequestContext, name: string): Excel.Worksheet {
  return context.workbook.worksheets.getItem(name);
}

function rangeAt(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1);
}

const op = (bytes: number, queue: WriteOperation['queue']): WriteOperation => ({ bytes, queue });

function assign(a: RangeAssignment): WriteOperation {
  return op(a.bytes, (context) => {
    const range = rangeAt(sheetNamed(context, a.sheet), a.range);
    if (a.values) range.values = a.values;
    if (a.numberFormat) range.numberFormat = a.numberFormat;
  });
}

/**
 * Columns put into a staff sheet (Range.insert, ExcelApi 1.1): Excel moves every cell, reference,
 * merge, rule and chart itself and formats the new columns like their left neighbour.
 */
function insertColumns(insert: ColumnInsert): WriteOperation {
  return op(OPERATION_OVERHEAD_BYTES, (context) =>
    rangeAt(sheetNamed(context, insert.sheet), { top: 0, left: insert.col, bottom: 0, right: insert.col + insert.count - 1 })
      .getEntireColumn()
      .insert('Right'),
  );
}

/** The merged year heading over the group, widened over the new columns (unmerged first: a merge may not overlap one). */
function widenHeadings(insert: ColumnInsert): WriteOperation[] {
  return (insert.widen ?? []).map((merged) =>
    op(OPERATION_OVERHEAD_BYTES * 2, (context) => {
      const sheet = sheetNamed(context, insert.sheet);
      rangeAt(sheet, merged).unmerge();
      rangeAt(sheet, { ...merged, right: merged.right + insert.count }).merge(false);
    }),
  );
}

/** Expected cells as they stand once the columns are in: those at or right of an insert moved with it. */
function afterInserts(expected: ExpectedCells, inserts: readonly ColumnInsert[]): ExpectedCells {
  return expected.copy((sheet, col) => col + inserts.filter((i) => i.sheet === sheet && col >= i.col).reduce((n, i) => n + i.count, 0));
}

/** A restore takes its run's columns out again (Range.delete): what was right of them moves back. */
function deleteColumns(gone: ColumnInsert): WriteOperation {
  return op(OPERATION_OVERHEAD_BYTES, (context) =>
    rangeAt(sheetNamed(context, gone.sheet), { top: 0, left: gone.col, bottom: 0, right: gone.col + gone.count - 1 })
      .getEntireColumn()
      .delete('Left'),
  );
}

/** An owned sheet is cleared and reused, never deleted (deleting it would also clear the undo history). */
function prepareSheet(output: SheetOutput, exists: boolean): WriteOperation {
  if (!exists) return op(OPERATION_OVERHEAD_BYTES, (context) => void context.workbook.worksheets.add(output.name));
  return op(OPERATION_OVERHEAD_BYTES * 5, (context) => {
    const sheet = sheetNamed(context, output.name);
    const all = sheet.getRange();
    all.conditionalFormats.clearAll();
    all.dataValidation.clear();
    all.unmerge();
    all.clear('All');
    sheet.freezePanes.unfreeze();
  });
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', center: 'Center', bottom: 'Bottom' } as const;

function applyStyle(range: Excel.Range, r: CellRange, style: CellStyle): void {
  const rows = r.bottom - r.top + 1;
  const cols = r.right - r.left + 1;
  if (style.numberFormat) {
    const format = style.numberFormat;
    range.numberFormat = Array.from({ length: rows }, () => new Array<string>(cols).fill(format));
  }
  const f = range.format;
  if (style.bold !== undefined) f.font.bold = style.bold;
  if (style.fontColor) f.font.color = `#${style.fontColor}`;
  if (style.fill) f.fill.color = `#${style.fill}`;
  if (style.horizontal) f.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) f.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) f.wrapText = style.wrap;
  if (style.border) {
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    if (rows > 1) edges.push('InsideHorizontal');
    if (cols > 1) edges.push('InsideVertical');
    for (const edge of edges) f.borders.getItem(edge).style = 'Continuous';
  }
}

function listValidation(sheet: string, validation: ListValidation): WriteOperation {
  return op(OPERATION_OVERHEAD_BYTES * 2 + validation.list.join(',').length * 3, (context) => {
    const dv = rangeAt(sheetNamed(context, sheet), validation.range).dataValidation;
    // A range holds one rule: the old one goes first.
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source: validation.list.join(',') } };
  });
}

/** A4 portrait, one page wide (as tall as it takes), the print area and the header rows on every page (ExcelApi 1.9). */
function pageSetup(name: string, print: PrintSetup): WriteOperation {
  return op(OPERATION_OVERHEAD_BYTES * 5, (context) => {
    const sheet = sheetNamed(context, name);
    const layout = sheet.pageLayout;
    layout.orientation = 'Portrait';
    layout.paperSize = 'A4';
    // verticalFitToPages 0: as many pages tall as the sheet needs (an .xlsx file's fitToHeight="0")
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(rangeAt(sheet, print.area));
    if (print.titleRows) layout.setPrintTitleRows(`$${print.titleRows.top + 1}:$${print.titleRows.bottom + 1}`);
  });
}

/**
 * A chart over the sheet's cells (ExcelApi 1.7–1.8): the first column series makes the chart, the
 * others and the share line are added and pointed at their cells; the line goes to the secondary
 * axis (0–100 %) with its values labelled. One operation, so a chart is never left half-made.
 */
function addChart(name: string, chart: SheetChart): WriteOperation {
  const seriesCount = chart.columns.length + chart.lines.length;
  return op(OPERATION_OVERHEAD_BYTES * (8 + 6 * seriesCount), (context) => {
    const sheet = sheetNamed(context, name);
    const [first, ...rest] = chart.columns;
    const made = sheet.charts.add('ColumnStacked', rangeAt(sheet, first.values), 'Columns');
    made.name = chart.name;
    made.title.text = chart.title;
    made.legend.position = 'Bottom';
    const { anchor } = chart;
    made.setPosition(
      rangeAt(sheet, { top: anchor.top, left: anchor.left, bottom: anchor.top, right: anchor.left }),
      rangeAt(sheet, { top: anchor.bottom, left: anchor.right, bottom: anchor.bottom, right: anchor.right }),
    );
    const categories = rangeAt(sheet, chart.categories);
    const columns = [made.series.getItemAt(0), ...rest.map((s) => made.series.add(s.name))];
    chart.columns.forEach((s, i) => {
      const series = columns[i];
      if (i === 0) series.name = s.name;
      else series.setValues(rangeAt(sheet, s.values));
      series.setXAxisValues(categories);
      series.format.fill.setSolidColor(`#${s.color}`);
    });
    for (const s of chart.lines) {
      const series = made.series.add(s.name);
      series.setValues(rangeAt(sheet, s.values));
      series.setXAxisValues(categories);
      series.chartType = 'LineMarkers';
      series.axisGroup = 'Secondary';
      series.format.line.color = `#${s.color}`;
      series.markerStyle = 'Circle';
      series.hasDataLabels = true;
      series.dataLabels.numberFormat = '0.0%';
      series.dataLabels.position = 'Top';
    }
    const counts = made.axes.getItem('Value', 'Primary');
    counts.minimum = 0;
    counts.maximum = chart.columnAxisMax;
    if (chart.lines.length > 0) {
      const shares = made.axes.getItem('Value', 'Secondary');
      shares.minimum = 0;
      shares.maximum = 1;
      shares.numberFormat = '0%';
    }
  });
}

function sheetFormats(output: SheetOutput, plan: SheetOutputPlan, existing: Excel.Worksheet, mayHide: boolean): WriteOperation[] {
  const name = output.name;
  const ops: WriteOperation[] = plan.styles.map((s: StyledRange) =>
    op(s.bytes, (context) => applyStyle(rangeAt(sheetNamed(context, name), s.range), s.range, s.style)),
  );
  for (const m of plan.merges) ops.push(op(OPERATION_OVERHEAD_BYTES, (context) => rangeAt(sheetNamed(context, name), m).merge(false)));
  for (const w of plan.columnWidths) {
    ops.push(
      op(
        OPERATION_OVERHEAD_BYTES,
        (context) =>
          void (rangeAt(sheetNamed(context, name), { top: 0, left: w.col, bottom: 0, right: w.col }).format.columnWidth = w.points),
      ),
    );
  }
  (output.rowHeights ?? []).forEach((points, row) => {
    if (!(points > 0)) return;
    const height = Math.min(points, 409);
    ops.push(
      op(
        OPERATION_OVERHEAD_BYTES,
        (context) => void (rangeAt(sheetNamed(context, name), { top: row, left: 0, bottom: row, right: 0 }).format.rowHeight = height),
      ),
    );
  });
  if (output.frozenRows && output.frozenRows > 0) {
    const rows = output.frozenRows;
    ops.push(op(OPERATION_OVERHEAD_BYTES, (context) => sheetNamed(context, name).freezePanes.freezeRows(rows)));
  }
  for (const v of output.validations) ops.push(listValidation(name, v));
  if (output.print) ops.push(pageSetup(name, output.print));
  for (const chart of output.charts ?? []) ops.push(addChart(name, chart));
  const visible = existing.isNullObject || existing.visibility === 'Visible';
  if (output.hidden && mayHide && visible)
    ops.push(op(OPERATION_OVERHEAD_BYTES, (context) => void (sheetNamed(context, name).visibility = 'Hidden')));
  return ops;
}

/** Rules an earlier run added: marked ones, and the plain "= label" rules in a grade colour that versions before the marker wrote. */
function isOurRule(cf: Excel.ConditionalFormat, palette: readonly GradeColours[]): boolean {
  if (cf.type === 'Custom') return !cf.customOrNullObject.isNullObject && isGradeRuleFormula(cf.customOrNullObject.rule.formula);
  if (cf.type !== 'CellValue') return false;
  const cv = cf.cellValueOrNullObject;
  if (cv.isNullObject || cv.rule?.operator !== 'EqualTo') return false;
  const fill = String(cv.format.fill.color ?? '')
    .replace(/^#/, '')
    .toUpperCase();
  return palette.some((p) => isLegacyLabelFormula(cv.rule.formula1, p.label) && fill === p.fill.replace(/^#/, '').toUpperCase());
}

/** The grade cells of one sheet: its runs of graded rows, and the rectangle around them where earlier runs' rules are looked for. */
interface SheetGrades {
  sheet: string;
  runs: GradeCells[];
  around: CellRange;
}

function gradesBySheet(grades: readonly GradeCells[]): SheetGrades[] {
  const bySheet = new Map<string, SheetGrades>();
  for (const g of grades) {
    const known = bySheet.get(g.sheet);
    if (!known) {
      bySheet.set(g.sheet, { sheet: g.sheet, runs: [g], around: { ...g.range } });
      continue;
    }
    known.runs.push(g);
    const a = known.around;
    known.around = {
      top: Math.min(a.top, g.range.top),
      left: Math.min(a.left, g.range.left),
      bottom: Math.max(a.bottom, g.range.bottom),
      right: Math.max(a.right, g.range.right),
    };
  }
  return [...bySheet.values()];
}

/**
 * Grade cells: ours from an earlier run go (others stay), then per run of graded rows one marked
 * colour rule per label and the labels as a drop-down, so heading rows between the runs get neither.
 */
function gradeFormats(grades: SheetGrades, existing: Excel.ConditionalFormatCollection): WriteOperation[] {
  const palette = gradePalette(grades.runs[0].labels);
  const stale = existing.items.filter((cf) => isOurRule(cf, palette));
  const ops: WriteOperation[] = [];
  if (stale.length > 0) ops.push(op(OPERATION_OVERHEAD_BYTES * stale.length, () => stale.forEach((cf) => cf.delete())));
  // An earlier version's drop-down spanned the heading rows too.
  ops.push(op(OPERATION_OVERHEAD_BYTES, (context) => rangeAt(sheetNamed(context, grades.sheet), grades.around).dataValidation.clear()));
  for (const run of grades.runs) {
    const topLeft = cellAddress(run.range.top, run.range.left);
    for (const colours of palette) {
      ops.push(
        op(OPERATION_OVERHEAD_BYTES * 4, (context) => {
          const cf = rangeAt(sheetNamed(context, run.sheet), run.range).conditionalFormats.add('Custom');
          cf.custom.format.fill.color = colours.fill;
          cf.custom.format.font.color = colours.font;
          cf.custom.rule.formula = gradeRuleFormula(colours.label, topLeft);
        }),
      );
    }
    ops.push(listValidation(run.sheet, { range: run.range, list: run.labels }));
  }
  return ops;
}

/**
 * The engine's changes in one Excel.run: a probe round trip over the sheets involved (gone or
 * protected ones stop the write); the cells the changes expect, checked before anything is written
 * (a row moved by someone else stops the write); the grade cells' rules; then the restore record's
 * values first, every other value before any format, and sheets a restore removes last, packed
 * into as few syncs as the budget allows.
 */
export async function writeLiveChanges(context: Excel.RequestContext, changes: WorkbookChanges, options: WriteOptions = {}): Promise<void> {
  const budget = options.budget ?? SYNC_BUDGET_BYTES;
  const grades = changes.grades ?? [];
  const { sheets: targets } = await probeWriteTargets(context, changes, options.mayHideSheets ?? false);
  const existing = changes.sheets.map((s) => targets.get(s.name) as Excel.Worksheet);
  // A run resumed after a failed attempt finds that attempt's values in place: they are its own.
  const written = options.resumed ? changes.writes : [];
  const gradeSheets = gradesBySheet(grades);
  const rules: Excel.ConditionalFormatCollection[] = [];
  const loadRules = () => {
    for (const g of gradeSheets) {
      const cfs = rangeAt(sheetNamed(context, g.sheet), g.around).conditionalFormats;
      cfs.load(
        'items/type,items/customOrNullObject/rule/formula,items/cellValueOrNullObject/rule,items/cellValueOrNullObject/format/fill/color',
      );
      rules.push(cfs);
    }
  };
  // An earlier run's charts of the same names, on sheets that exist, are replaced.
  const charted = changes.sheets.filter((s) => (s.charts ?? []).length > 0 && !targets.get(s.name)?.isNullObject);
  const oldCharts = new Map<string, Excel.ChartCollection>();
  const loadCharts = () => {
    for (const s of charted) {
      const charts = sheetNamed(context, s.name).charts;
      charts.load('items/name');
      oldCharts.set(s.name, charts);
    }
  };
  const present = (name: string) => !targets.get(name)?.isNullObject;
  const alongside = grades.length > 0 || charted.length > 0 ? () => (loadRules(), loadCharts()) : undefined;
  let inserts = changes.insertColumns ?? [];
  try {
    await assertExpectedCells(context, changes.expected, present, budget, { written, alongside });
  } catch (error) {
    // A second attempt may find the first one's columns in: then the cells stand where the insert moved them.
    if (!(options.resumed && inserts.length > 0 && error instanceof WorkbookChangedError)) throw error;
    await assertExpectedCells(context, afterInserts(changes.expected ?? expectedCells(), inserts), present, budget, { written });
    inserts = [];
  }
  const staleCharts = charted.flatMap((s) => {
    const names = new Set((s.charts ?? []).map((c) => c.name));
    return (oldCharts.get(s.name)?.items ?? []).filter((c) => names.has(c.name));
  });

  // No single range assignment may outgrow a sync's budget (the restore sheet can be large).
  const pieceBytes = Math.min(MAX_OPERATION_BYTES, Math.floor(budget / 2));
  const plans = changes.sheets.map((s) => planSheetOutput(s, pieceBytes));
  // Hidden sheets hold Shinchoku's own records (restore data): they land before any other change to the staff's sheets.
  const outputValues = (hidden: boolean) => changes.sheets.flatMap((s, i) => (!!s.hidden === hidden ? plans[i].values.map(assign) : []));
  const doomed = (changes.deleteSheets ?? []).filter((name) => !targets.get(name)?.isNullObject);
  const operations: WriteOperation[] = [
    ...changes.sheets.map((s, i) => prepareSheet(s, !existing[i].isNullObject)),
    ...(staleCharts.length > 0 ? [op(OPERATION_OVERHEAD_BYTES * staleCharts.length, () => staleCharts.forEach((c) => c.delete()))] : []),
    ...outputValues(true),
    // the writes are in the columns after the insert
    ...inserts.map(insertColumns),
    ...outputValues(false),
    // Values first: should a later format request fail, the results are already in the cells.
    ...planValueAssignments(changes.writes, pieceBytes).map(assign),
    ...planNumberFormatAssignments(changes.writes, pieceBytes).map(assign),
    ...changes.sheets.flatMap((s, i) => sheetFormats(s, plans[i], existing[i], options.mayHideSheets ?? false)),
    ...(changes.insertColumns ?? []).flatMap(widenHeadings),
    ...gradeSheets.flatMap((g, i) => gradeFormats(g, rules[i])),
    ...(changes.deleteColumns ?? []).map(deleteColumns),
    ...doomed.map((name) => op(OPERATION_OVERHEAD_BYTES, (ctx) => sheetNamed(ctx, name).delete())),
  ];
  options.beforeChanges?.(operations.reduce((n, o) => n + o.bytes, 0));
  await syncInBatches(context, operations, budget, (operation) => {
    if (options.progress) options.progress.started = true;
    operation.queue(context);
  });
}

/**
 * Hides Shinchoku's own sheets that are still visible. On desktop hosts this clears Excel's undo
 * history, so it runs on its own, after the write, and only the first time (Restore covers undo).
 */
export async function hideSheets(context: Excel.RequestContext, names: readonly string[]): Promise<void> {
  const sheets = names.map((name) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('visibility');
    return sheet;
  });
  await context.sync();
  const visible = sheets.filter((s) => !s.isNullObject && s.visibility === 'Visible');
  if (visible.length === 0) return;
  for (const sheet of visible) sheet.visibility = 'Hidden';
  await context.sync();
}
