import type { GradingPolicy } from '../model';
import type { IndicatorRow } from '../sheets/read-indicators';
import type { ProjectRow } from '../sheets/read-projects';
import type { WorkbookModel } from '../sheets/read-workbook';
import { gradeResult, type GradeOutcome } from './grade-result';

/** An indicator's grade for the year, with its row and project: one object, not two, for each of a large register's rows. */
export interface GradedIndicator extends GradeOutcome {
  row: IndicatorRow;
  project: ProjectRow | undefined;
  /** The project or the indicator was merged away (統合). */
  merged: boolean;
}

/** A project counts in a year when it had joined by then and had not ended before it; merged ones count. */
export function projectActiveIn(project: { startYear: number | null; endYear: number | null }, year: number): boolean {
  return (project.startYear === null || project.startYear <= year) && (project.endYear === null || project.endYear >= year);
}

/** Merged in `year`: the project or the indicator was merged away, from the year of the merger on (every year when none is given). */
export function isMerged(row: IndicatorRow, project: ProjectRow | undefined, year: number): boolean {
  if (!row.merged && project?.project.status !== '統合') return false;
  const from = project?.project.mergedYear ?? null;
  return from === null || year >= from;
}

// A model is read once and never changed: validation, Grade and Summary ask for the same year's grades, computed once.
const graded = new WeakMap<WorkbookModel, WeakMap<GradingPolicy, Map<number, readonly GradedIndicator[]>>>();

/** Grades every indicator of the workbook for one fiscal year, once per model, scale and year: they stay with the model. */
export function gradeYear(model: WorkbookModel, year: number, policy: GradingPolicy): readonly GradedIndicator[] {
  let byPolicy = graded.get(model);
  if (!byPolicy) graded.set(model, (byPolicy = new WeakMap()));
  let byYear = byPolicy.get(policy);
  if (!byYear) byPolicy.set(policy, (byYear = new Map()));
  let result = byYear.get(year);
  if (!result) {
    // map, not a spread of gradesOneByOne: the array is made at its length, not grown (and copied) as it fills
    const projects = projectsByNo(model);
    byYear.set(year, (result = Object.freeze(model.indicators.map((row) => gradeIndicator(row, projects, year, policy)))));
  }
  return result;
}

/**
 * A year's grades one at a time, kept nowhere (those already kept are given as they are): validation's look
 * at the years no one asks for again. At 100,000 indicators a year's grades held together are about 15 MB, and
 * they lived long enough to be moved into the old generation, to be collected only by a full collection.
 */
export function* gradesOneByOne(model: WorkbookModel, year: number, policy: GradingPolicy): Generator<GradedIndicator> {
  const kept = graded.get(model)?.get(policy)?.get(year);
  if (kept) return yield* kept;
  const projects = projectsByNo(model);
  for (const row of model.indicators) yield gradeIndicator(row, projects, year, policy);
}

const projectsByNo = (model: WorkbookModel) => new Map(model.projects.map((p) => [p.project.no, p]));

function gradeIndicator(row: IndicatorRow, projects: Map<number, ProjectRow>, year: number, policy: GradingPolicy): GradedIndicator {
  // a role indicator has no project: never merged with one, counted in every year
  const project = row.indicator.projectNo === null ? undefined : projects.get(row.indicator.projectNo);
  const merged = isMerged(row, project, year);
  const outcome = gradeResult({ indicator: row.indicator, year, merged, finalTargetYear: row.finalTargetYear }, policy);
  // every field named in one literal: spread in, they went to a second, out-of-object store
  const { label, rate, reason, reasonText, problem } = outcome;
  return { row, project, merged, year: outcome.year, label, rate, reason, reasonText, problem };
}
