import type { DashReason, DashReasons, GradingPolicy, RoleIndicatorResult, Summary, TownSummary, TypedGrade, YearSummary } from '../model';
import { resultCell, yearResult } from '../model';
import { indicatorSheets, shownText } from '../sheets/shown-text';
import type { GradeReason } from '../grading/grade-result';
import { qualifiedAddress } from '../workbook/cell-address';
import { gradeYear, projectActiveIn, type GradedIndicator } from '../grading/grade-year';
import type { WorkbookModel } from '../sheets/read-workbook';
import { largestRemainderPercents, percentOf } from './largest-remainder';

const noDashes = (): DashReasons => ({ merged: 0, pending: 0, biennial: 0, noActual: 0, noTarget: 0, other: 0 });

export function allLabels(policy: GradingPolicy): string[] {
  return [...policy.levels.map((l) => l.label), policy.notGraded.label];
}

const REASON_OF: Record<GradeReason, DashReason> = {
  graded: 'other',
  merged: 'merged',
  tallying: 'pending',
  biennial: 'biennial',
  'no-actual': 'noActual',
  'no-target': 'noTarget',
  invalid: 'other',
  ended: 'other',
};

/** Where the rule's own grade stands on the sheet's numbers (not a gap in them). */
const RULE_DECIDES: ReadonlySet<GradeReason> = new Set(['graded', 'merged', 'tallying', 'biennial']);

export interface SummaryItem {
  roleNo: number;
  label: string;
  /** Why the item is "-" (its label is the policy's not-graded label). */
  dashReason?: DashReason;
}

/**
 * What an item counts as: the grade the sheet shows. A grade typed in the sheet is counted as typed,
 * and named where the rule, from the sheet's own numbers, says otherwise; a blank grade cell counts
 * the computed grade, which Grade writes there. A merged item is "-" whatever is typed.
 */
export function summaryItem(
  graded: GradedIndicator,
  roleNo: number,
  policy: GradingPolicy,
): { item: SummaryItem; typed: TypedGrade | null; differs: boolean } {
  const dash = policy.notGraded.label;
  const result = yearResult(graded.row.indicator, graded.year);
  const entered = graded.merged ? null : (result?.enteredGrade ?? null);
  const label = entered ?? graded.label;
  // A "-" typed over a grade the numbers give is none of the legend's reasons.
  const dashReason = label !== dash ? undefined : graded.label === dash ? REASON_OF[graded.reason] : 'other';
  const differs = entered !== null && entered !== graded.label && RULE_DECIDES.has(graded.reason);
  const { projectNo } = graded.row.indicator;
  const gradeCell = result ? resultCell(result, 'grade') : null;
  const typed =
    differs && gradeCell && projectNo !== null
      ? {
          address: qualifiedAddress(gradeCell.sheet, gradeCell.row, gradeCell.col),
          projectNo,
          indicator: graded.row.indicator.name,
          typed: entered,
          computed: graded.label,
        }
      : null;
  return { item: { roleNo, label, dashReason }, typed, differs };
}

/** The summary math alone, over items already labelled: what the published tables print. */
export function summariseItems(
  year: number,
  roles: Array<{ no: number; name: string; projects: number }>,
  items: SummaryItem[],
  policy: GradingPolicy,
  typedGrades: TypedGrade[] = [],
): YearSummary {
  const labels = allLabels(policy);
  const zero = () => Object.fromEntries(labels.map((l) => [l, 0])) as Record<string, number>;
  const totals = zero();
  const totalReasons = noDashes();
  const roleRows = roles
    .slice()
    .sort((a, b) => a.no - b.no)
    .map((role) => {
      const counts = zero();
      const dashReasons = noDashes();
      for (const item of items) {
        if (item.roleNo !== role.no) continue;
        counts[item.label] += 1;
        totals[item.label] += 1;
        if (item.label === policy.notGraded.label) {
          dashReasons[item.dashReason ?? 'other'] += 1;
          totalReasons[item.dashReason ?? 'other'] += 1;
        }
      }
      const itemCount = labels.reduce((s, l) => s + counts[l], 0);
      return { no: role.no, name: role.name, projects: role.projects, counts, items: itemCount, dashReasons };
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
      dashReasons: totalReasons,
    },
    typedGrades,
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
  const typedGrades: TypedGrade[] = [];
  const roleIndicators: RoleIndicatorResult[] = [];
  const byProject: { participants: string[]; label: string }[] = [];
  const sheets = indicatorSheets(model);
  for (const graded of gradeYear(model, year, policy)) {
    const { roleNo } = graded.row.indicator;
    if (roleNo !== null) {
      // 役割ごとの成果指標: their own block, never among the projects' items
      roleIndicators.push(roleIndicatorResult(graded, roleNo, roles.get(roleNo)?.name ?? null, sheets, policy));
      continue;
    }
    const project = graded.project?.project;
    if (!project?.role || !active.has(project.no)) continue;
    if (graded.merged && policy.mergedItems === 'excluded') continue;
    const { item, typed } = summaryItem(graded, project.role.no, policy);
    items.push(item);
    byProject.push({ participants: project.participants, label: item.label });
    if (typed) typedGrades.push(typed);
  }
  const summary = summariseItems(year, [...roles.values()], items, policy, typedGrades);
  const towns = townSummaries(model, year, byProject, policy);
  return { ...summary, ...(roleIndicators.length > 0 ? { roleIndicators } : {}), ...(towns.length > 0 ? { towns } : {}) };
}

/** Each member municipality's projects (those it marks ○ that count in the year) and their items, counted as the table counts them. */
function townSummaries(
  model: WorkbookModel,
  year: number,
  items: ReadonlyArray<{ participants: readonly string[]; label: string }>,
  policy: GradingPolicy,
): TownSummary[] {
  const labels = allLabels(policy);
  return (model.projectTable?.municipalities ?? []).map(({ name }) => {
    const counts = Object.fromEntries(labels.map((l) => [l, 0])) as Record<string, number>;
    const mine = items.filter((i) => i.participants.includes(name));
    for (const i of mine) counts[i.label] = (counts[i.label] ?? 0) + 1;
    const favorable = policy.favorable.reduce((sum, l) => sum + (counts[l] ?? 0), 0);
    const projects = model.projects.filter(
      (p) => p.project.role && projectActiveIn(p.project, year) && p.project.participants.includes(name),
    );
    return {
      name,
      projects: projects.length,
      items: mine.length,
      counts,
      favorable: { count: favorable, percent: percentOf(favorable, mine.length) },
    };
  });
}

/** A role indicator's line in its block: the grade the sheet shows (a typed one differing from the rule's names the rule's). */
function roleIndicatorResult(
  graded: GradedIndicator,
  roleNo: number,
  roleName: string | null,
  sheets: ReturnType<typeof indicatorSheets>,
  policy: GradingPolicy,
): RoleIndicatorResult {
  const { item, differs } = summaryItem(graded, roleNo, policy);
  const { indicator } = graded.row;
  const result = yearResult(indicator, graded.year);
  const at = (result && resultCell(result, 'grade')) ?? indicator.source;
  const dash = item.label === policy.notGraded.label;
  return {
    roleNo,
    roleName,
    indicator: indicator.name,
    actual: shownText(sheets, result ? resultCell(result, 'actual') : null, indicator.unit),
    target: shownText(sheets, result ? resultCell(result, 'target') : null, indicator.unit),
    label: item.label,
    rate: !dash && graded.rate !== null ? Number(graded.rate.toFixed(4)) : null,
    computed: differs ? graded.label : null,
    dashReason: item.dashReason ?? null,
    address: qualifiedAddress(at.sheet, at.row, at.col),
  };
}

/** Whether any indicator has an actual or a grade for the year: a comparison needs one. */
export function hasResults(model: WorkbookModel, year: number): boolean {
  return model.indicators.some((i) => i.indicator.results.some((r) => r.year === year && (r.actual !== null || r.enteredGrade !== null)));
}

/** The year's summary, compared with `previous` when the workbook has results for it (else it says it left it out). */
export function buildSummary(model: WorkbookModel, year: number, previous: number | null, policy: GradingPolicy): Summary {
  const current = buildYearSummary(model, year, policy);
  if (previous === null) return current;
  if (!hasResults(model, previous)) return { ...current, previousWithoutResults: previous };
  return { ...current, previous: buildYearSummary(model, previous, policy) };
}
