import type { GradedIndicator } from '../core/grading/grade-year';
import type { LocalizedText } from '../core/messages/catalogue';
import type { CellChange, CellWritePlan, SkippedChange } from './plan-cell-writes';

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
  readonly changed: readonly CellChange[];
  readonly skipped: readonly SkippedChange[];
}

export interface GroupedGradeChanges {
  /** Indicators with a grade first, then the "-" ones, each in sheet order. */
  indicators: IndicatorChanges[];
  /** Cells of no indicator: an added column header, a budget 計. */
  other: { changed: CellChange[]; skipped: SkippedChange[] };
}

const NONE: readonly SkippedChange[] = Object.freeze([]);

/**
 * A grade run's changes by indicator, so a clerk reads "No.3 観光入込客数: B, 86.5%" instead of two
 * unrelated cells. Each indicator's cells are taken as the run proposes them (`collect`): the lists are
 * cut from the plan's at their size, and no lookup by row is built (at 100,000 indicators, tens of MB).
 */
export class IndicatorChangeGroups {
  private readonly graded: IndicatorChanges[] = [];
  private readonly dashes: IndicatorChanges[] = [];

  constructor(private readonly plan: CellWritePlan) {}

  /** `propose` puts the indicator's cells of the year (at `sheet` and `row`) into the plan; they are its group. */
  collect(g: GradedIndicator, sheet: string, row: number, propose: () => void): void {
    const { changed, skipped } = this.plan;
    const changedFrom = changed.length;
    const skippedFrom = skipped.length;
    propose();
    if (changed.length === changedFrom && skipped.length === skippedFrom) return;
    const group: IndicatorChanges = {
      sheet,
      row,
      projectNo: g.row.indicator.projectNo,
      roleNo: g.row.indicator.roleNo,
      projectName: g.project?.project.name ?? g.row.projectName,
      indicator: g.row.indicator.name,
      label: g.label,
      rate: g.rate,
      graded: g.reason === 'graded',
      reasonText: g.reasonText,
      changed: changed.slice(changedFrom),
      // most indicators keep no cell: they share one empty list
      skipped: skipped.length === skippedFrom ? NONE : skipped.slice(skippedFrom),
    };
    (group.graded ? this.graded : this.dashes).push(group);
  }

  /** The groups in the order they were collected (sheet order), graded first; the plan's other cells apart. */
  grouped(): GroupedGradeChanges {
    const ofNone = (c: CellChange) => c.kind !== 'grade' && c.kind !== 'rate';
    return {
      indicators: this.graded.concat(this.dashes),
      other: { changed: this.plan.changed.filter(ofNone), skipped: this.plan.skipped.filter(ofNone) },
    };
  }
}
