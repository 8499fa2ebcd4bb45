import type { GradingPolicy } from '../model';
import type { IndicatorRow } from '../sheets/read-indicators';
import type { ProjectRow } from '../sheets/read-projects';
import type { WorkbookModel } from '../sheets/read-workbook';
import { gradeResult, type GradeOutcome } from './grade-result';

export interface GradedIndicator {
  row: IndicatorRow;
  project: ProjectRow | undefined;
  outcome: GradeOutcome;
  /** The project or the indicator was merged away (統合). */
  merged: boolean;
}

export function isMerged(row: IndicatorRow, project: ProjectRow | undefined): boolean {
  return row.merged || project?.project.status === '統合';
}

/** Grades every indicator of the workbook for one fiscal year. */
export function gradeYear(model: WorkbookModel, year: number, policy: GradingPolicy): GradedIndicator[] {
  const projects = new Map(model.projects.map((p) => [p.project.no, p]));
  return model.indicators.map((row) => {
    const project = projects.get(row.indicator.projectNo);
    const merged = isMerged(row, project);
    const outcome = gradeResult({ indicator: row.indicator, year, merged, finalTargetYear: row.finalTargetYear }, policy);
    return { row, project, outcome, merged };
  });
}
