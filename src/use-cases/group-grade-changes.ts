import type { GradedIndicator } from '../core/grading/grade-year';
import type { LocalizedText } from '../core/messages/catalogue';
import type { CellChange, SkippedChange } from './plan-cell-writes';
import { fitted } from '../core/model/fitted-array';

/** One indicator's result for the year and the cells of its row that the run changed or kept. */
export interface IndicatorChanges {
  sheet: string;
  /** The row its grade is written to (0-based). */
  row: number;
  /** The project the indicator measures; null for a role indicator (役割ごとの成果指標). */
  projectNo: number | null;
  roleNo: number | null;
  projectName: string | null;
  indicator: string;
  label: string;
  rate: number | null;
  /** A grade on the scale; false for the policy's "-" (merged, tallying, no actual …). */
  graded: boolean;
  /** Why it is "-" (empty for a grade). */
  reasonText: LocalizedText;
  changed: CellChange[];
  skipped: SkippedChange[];
}

export interface GroupedGradeChanges {
  /** Indicators with a grade first, then the "-" ones, each in sheet order. */
  indicators: IndicatorChanges[];
  /** Cells of no indicator: an added column header, a budget 計. */
  other: { changed: CellChange[]; skipped: SkippedChange[] };
}

/** Where each indicator's grade of the year is written: sheet → row → indicator, in the order they were graded. */
export type ResultRows = Map<string, Map<number, GradedIndicator>>;

/**
 * A grade run's changes by indicator, so a clerk reads "No.3 観光入込客数: B, 86.5%" instead of
 * two unrelated cells; `rows` gives each indicator's result row (as gradeWorkbook wrote it).
 */
export function groupGradeChanges(
  rows: ResultRows,
  changed: readonly CellChange[],
  skipped: readonly SkippedChange[],
): GroupedGradeChanges {
  const groups = new Map<GradedIndicator, IndicatorChanges>();
  const other: GroupedGradeChanges['other'] = { changed: [], skipped: [] };
  const place = (cell: CellChange, list: 'changed' | 'skipped') => {
    const g = cell.kind === 'grade' || cell.kind === 'rate' ? rows.get(cell.sheet)?.get(cell.row) : undefined;
    if (!g) {
      (other[list] as CellChange[]).push(cell);
      return;
    }
    let group = groups.get(g);
    if (!group) {
      group = {
        sheet: cell.sheet,
        row: cell.row,
        projectNo: g.row.indicator.projectNo,
        roleNo: g.row.indicator.roleNo,
        projectName: g.project?.project.name ?? g.row.projectName?.text ?? null,
        indicator: g.row.indicator.name,
        label: g.outcome.label,
        rate: g.outcome.rate,
        graded: g.outcome.reason === 'graded',
        reasonText: g.outcome.reasonText,
        changed: [],
        skipped: [],
      };
      groups.set(g, group);
    }
    (group[list] as CellChange[]).push(cell);
  };
  for (const c of changed) place(c, 'changed');
  for (const c of skipped) place(c, 'skipped');
  for (const group of groups.values()) {
    group.changed = fitted(group.changed);
    group.skipped = fitted(group.skipped);
  }
  // The order gradeWorkbook graded them in (sheet order), whichever list an indicator's cells are in.
  const graded: IndicatorChanges[] = [];
  const dashes: IndicatorChanges[] = [];
  for (const bySheet of rows.values()) {
    for (const g of bySheet.values()) {
      const group = groups.get(g);
      if (group) (group.graded ? graded : dashes).push(group);
    }
  }
  return { indicators: [...graded, ...dashes], other };
}
