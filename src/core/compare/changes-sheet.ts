import { PROJECT_STATUSES, type IndicatorChange, type RegisterComparison } from '../model';
import { message, type FixedMessageCode } from '../messages/catalogue';
import { comparisonCounts } from './compare-registers';
import { HEADER, LABEL, MARKER, COUNT } from '../summary/summary-sheet';
import { wrappedRowHeight } from '../values/display-width';
import type { CellRange, CellStyle, OutputCell, SheetOutput } from '../workbook/cell-grid';

export const CHANGES_SHEET_NAME = '変更点';

const WIDTHS = [7, 7, 40, 40, 14, 9, 10];
const WRAPPED: CellStyle = { ...LABEL, wrap: true, vertical: 'center' };
const CENTER: CellStyle = { border: true, horizontal: 'center', vertical: 'center' };
const SIMILARITY: CellStyle = { ...CENTER, numberFormat: '0.00' };
const SECTION: CellStyle = { bold: true };
const HEADING: CellStyle = { ...HEADER, wrap: true };

interface Item {
  value: string | number | null;
  style: CellStyle;
  span?: number;
}

/** What each kind of indicator change is called. */
const INDICATOR_CHANGE_TEXT: Record<IndicatorChange['kind'], FixedMessageCode> = {
  added: 'COMPARE_KIND_ADDED',
  removed: 'COMPARE_KIND_REMOVED',
  renamed: 'COMPARE_KIND_RENAMED',
  baseline: 'COMPARE_KIND_BASELINE',
  target: 'COMPARE_KIND_TARGET',
};

const text = (code: FixedMessageCode) => message<FixedMessageCode>(code).ja;

/** 「目標値の変更: — → 32件」; an indicator added or dropped is its kind alone. */
export function indicatorChangeText(i: IndicatorChange, lang: 'ja' | 'en' = 'ja'): string {
  const kind =
    i.kind === 'target' && i.year !== null
      ? message('COMPARE_KIND_YEAR_TARGET', { year: i.year })[lang]
      : message<FixedMessageCode>(INDICATOR_CHANGE_TEXT[i.kind])[lang];
  return i.kind === 'added' || i.kind === 'removed' ? kind : `${kind}: ${i.before ?? '—'} → ${i.after ?? '—'}`;
}

/**
 * 変更点: what became of every project between two registers, ready for the conference. The new
 * register's statuses, the counts, then one table each for the projects carried over (old and new
 * number and name, what changed, how alike the names are), added, dropped, merged, and the
 * indicators of carried-over projects that changed.
 */
export function buildChangesSheet(
  comparison: RegisterComparison,
  sources: { old: string; new: string },
  name = CHANGES_SHEET_NAME,
  draftErrors = 0,
): SheetOutput {
  const cells: OutputCell[] = [];
  const rowHeights: number[] = [];
  const merges: CellRange[] = [];
  const put = (row: number, col: number, value: string | number | null, style?: CellStyle) => cells.push({ row, col, value, style });
  /**
   * A table row from column A, each item over `span` columns (merged); wrapped text gets the lines
   * it needs, a file reader not always fitting rows itself.
   */
  const line = (row: number, items: Item[]) => {
    let col = 0;
    let height = 0;
    for (const { value, style, span = 1 } of items) {
      for (let c = col; c < col + span; c++) put(row, c, c === col ? value : null, style);
      if (span > 1) merges.push({ top: row, left: col, bottom: row, right: col + span - 1 });
      const width = WIDTHS.slice(col, col + span).reduce((a, b) => a + b, 0);
      if (typeof value === 'string' && style.wrap) height = Math.max(height, wrappedRowHeight(value, width) ?? 0);
      col += span;
    }
    if (height > 0) rowHeights[row] = height;
  };
  const header = (row: number, codes: (FixedMessageCode | [FixedMessageCode, number])[]) =>
    line(
      row,
      codes.map((c) => {
        const [code, span] = typeof c === 'string' ? [c, 1] : c;
        return { value: text(code), style: HEADING, span };
      }),
    );
  const no = (value: number | string | null): Item => ({ value: value ?? '—', style: CENTER });
  const wrapped = (value: string | null, span = 1): Item => ({ value: value ?? '—', style: WRAPPED, span });
  const c = comparison;

  const title = text('COMPARE_SHEET_TITLE');
  put(0, 0, draftErrors > 0 ? message('SUMMARY_DRAFT_TITLE', { errors: draftErrors, title }).ja : title, { bold: true });
  put(1, 0, message('COMPARE_SOURCES', { ...sources, oldCount: c.oldProjects, newCount: c.newProjects }).ja);
  let row = 3;
  header(row++, [['COMPARE_STATUS_HEADING', 2], 'TREND_PROJECTS']);
  for (const status of PROJECT_STATUSES)
    line(row++, [
      { value: status, style: LABEL, span: 2 },
      { value: c.statusCounts[status], style: COUNT },
    ]);
  if (c.statusMissing > 0) put(row++, 0, message('COMPARE_STATUS_MISSING', { n: c.statusMissing }).ja);
  row++;
  put(row++, 0, message('COMPARE_COUNTS', comparisonCounts(c)).ja, SECTION);
  row++;

  const section = (code: FixedMessageCode, empty: boolean) => {
    put(row++, 0, text(code), SECTION);
    if (empty) put(row++, 0, text('COMPARE_NONE'));
    return !empty;
  };

  if (section('COMPARE_MATCHED', c.matched.length === 0)) {
    header(row++, [
      'COMPARE_OLD_NO',
      'COMPARE_NEW_NO',
      'COMPARE_OLD_NAME',
      'COMPARE_NEW_NAME',
      'COMPARE_CHANGE',
      'COMPARE_SIMILARITY',
      'COMPARE_STATUS',
    ]);
    for (const m of c.matched) {
      const what = [m.renumbered && text('COMPARE_RENUMBERED'), m.renamed && text('COMPARE_RENAMED')].filter(Boolean).join('・');
      const change = m.byPosition ? `${what}\n${text('COMPARE_BY_POSITION')}` : what || '—';
      line(row++, [
        no(m.old),
        no(m.new),
        wrapped(m.oldName),
        wrapped(m.name),
        { value: change, style: m.byPosition ? { ...WRAPPED, fontColor: 'C00000' } : WRAPPED },
        { value: m.renamed ? m.similarity : null, style: SIMILARITY },
        no(m.status),
      ]);
    }
  }
  row++;
  if (section('COMPARE_ADDED', c.added.length === 0)) {
    header(row++, ['COMPARE_OLD_NO', 'COMPARE_NEW_NO', ['COMPARE_NAME', 2], ['COMPARE_STATUS', 3]]);
    for (const p of c.added) line(row++, [no(null), no(p.no), wrapped(p.name, 2), { ...no(p.status), span: 3 }]);
  }
  row++;
  if (section('COMPARE_REMOVED', c.removed.length === 0)) {
    header(row++, ['COMPARE_OLD_NO', 'COMPARE_NEW_NO', ['COMPARE_NAME', 2], ['COMPARE_STATUS', 3]]);
    for (const p of c.removed) {
      const status = p.mergedInto !== null ? message('COMPARE_ALREADY_MERGED', { into: p.mergedInto }).ja : p.status;
      line(row++, [no(p.no), no(null), wrapped(p.name, 2), wrapped(status, 3)]);
    }
  }
  row++;
  if (section('COMPARE_MERGED', c.merged.length === 0)) {
    header(row++, ['COMPARE_OLD_NO', 'COMPARE_NEW_NO', 'COMPARE_NAME', ['COMPARE_INTO', 4]]);
    for (const m of c.merged) {
      const into = message('COMPARE_INTO_PROJECT', { no: m.into, name: m.intoName ?? '' }).ja;
      line(row++, [no(m.old ?? text('COMPARE_NOT_IN_OLD')), no(null), wrapped(m.name), wrapped(into, 4)]);
    }
  }
  row++;
  put(row++, 0, text('COMPARE_INDICATORS'), SECTION);
  if (!c.indicatorsCompared) put(row++, 0, text('COMPARE_INDICATORS_SKIPPED'));
  else if (c.indicatorChanges.length === 0) put(row++, 0, text('COMPARE_NONE'));
  else {
    header(row++, ['COMPARE_OLD_NO', 'COMPARE_NEW_NO', 'COMPARE_INDICATOR', ['COMPARE_CHANGE', 4]]);
    for (const i of c.indicatorChanges) line(row++, [no(i.old), no(i.new), wrapped(i.indicator), wrapped(indicatorChangeText(i), 4)]);
  }
  row++;
  put(row, 0, message('COMPARE_SHEET_MARKER').ja, MARKER);
  return {
    name,
    cells,
    merges,
    columnWidths: WIDTHS,
    rowHeights,
    validations: [],
    frozenRows: 0,
    print: { area: { top: 0, left: 0, bottom: Math.max(row - 2, 0), right: WIDTHS.length - 1 } },
  };
}
