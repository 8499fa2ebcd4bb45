import type { GradingPolicy, Summary, YearSummary } from '../model';
import { gradeYear, type GradedIndicator } from '../grading/grade-year';
import type { WorkbookModel } from '../sheets/read-workbook';
import { largestRemainderPercents, percentOf } from './largest-remainder';

/** A project counts in a year when it had joined by then and had not ended before it; merged ones count. */
export function projectActiveIn(project: { startYear: number | null; endYear: number | null }, year: number): boolean {
  return (project.startYear === null || project.startYear <= year) && (project.endYear === null || project.endYear >= year);
}

export function allLabels(policy: GradingPolicy): string[] {
  return [...policy.levels.map((l) => l.label), policy.notGraded.label];
}

/**
 * The label an item counts under: the computed grade where the sheet has the numbers, else the
 * grade staff entered (sheets that keep only grades for past years), else not graded.
 */
export function summaryLabel(graded: GradedIndicator, policy: GradingPolicy): string {
  if (graded.outcome.reason === 'graded') return graded.outcome.label;
  const entered = graded.row.indicator.results.find((r) => r.year === graded.outcome.year)?.enteredGrade;
  if (entered && !graded.merged) return entered;
  return policy.notGraded.label;
}

export interface SummaryItem {
  roleNo: number;
  label: string;
}

/** The summary math alone, over items already labelled: what the published tables print. */
export function summariseItems(
  year: number,
  roles: Array<{ no: number; name: string; projects: number }>,
  items: SummaryItem[],
  policy: GradingPolicy,
): YearSummary {
  const labels = allLabels(policy);
  const zero = () => Object.fromEntries(labels.map((l) => [l, 0])) as Record<string, number>;
  const totals = zero();
  const roleRows = roles
    .slice()
    .sort((a, b) => a.no - b.no)
    .map((role) => {
      const counts = zero();
      for (const item of items) {
        if (item.roleNo === role.no) {
          counts[item.label] += 1;
          totals[item.label] += 1;
        }
      }
      return { no: role.no, name: role.name, projects: role.projects, counts, items: labels.reduce((s, l) => s + counts[l], 0) };
    });
  const itemCount = labels.reduce((s, l) => s + totals[l], 0);
  const shares = largestRemainderPercents(labels.map((l) => totals[l]));
  const favorableCount = policy.favorable.reduce((s, l) => s + totals[l], 0);
  const others = policy.levels.map((l) => l.label).filter((l) => !policy.favorable.includes(l));
  const groups = [policy.favorable, others, [policy.notGraded.label]].map((g) => ({
    labels: g,
    count: g.reduce((s, l) => s + totals[l], 0),
  }));
  return {
    year,
    roles: roleRows,
    totals: {
      projects: roles.reduce((s, r) => s + r.projects, 0),
      counts: totals,
      items: itemCount,
      percents: Object.fromEntries(labels.map((l, i) => [l, shares[i]])),
    },
    favorable: { count: favorableCount, percent: percentOf(favorableCount, itemCount) },
    groups,
  };
}

/** The conference summary of one year, read from the workbook. */
export function buildYearSummary(model: WorkbookModel, year: number, policy: GradingPolicy): YearSummary {
  const roles = new Map<number, { no: number; name: string; projects: number }>();
  const active = new Set<number>();
  for (const { project } of model.projects) {
    if (!project.role) continue;
    const role = roles.get(project.role.no) ?? { no: project.role.no, name: project.role.name, projects: 0 };
    roles.set(project.role.no, role);
    if (projectActiveIn(project, year)) {
      role.projects += 1;
      active.add(project.no);
    }
  }
  const items: SummaryItem[] = [];
  for (const graded of gradeYear(model, year, policy)) {
    const project = graded.project?.project;
    if (!project?.role || !active.has(project.no)) continue;
    if (graded.merged && policy.mergedItems === 'excluded') continue;
    items.push({ roleNo: project.role.no, label: summaryLabel(graded, policy) });
  }
  return summariseItems(year, [...roles.values()], items, policy);
}

export function buildSummary(model: WorkbookModel, year: number, previous: number | null, policy: GradingPolicy): Summary {
  const current = buildYearSummary(model, year, policy);
  return previous === null ? current : { ...current, previous: buildYearSummary(model, previous, policy) };
}
