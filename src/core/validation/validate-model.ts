import { inYear, issue } from '../checks/validation-issue';
import type { GradingPolicy, ValidationIssue } from '../model';
import { resultCell, yearResult } from '../model';
import { exact } from '../grading/exact-decimal';
import { gradesOneByOne, gradeYear, projectActiveIn, type GradedIndicator } from '../grading/grade-year';
import { projectNameCell, type WorkbookModel } from '../sheets/read-workbook';
import type { Heading } from '../sheets/parse-heading';
import { qualifiedAddress } from '../workbook/cell-address';
import { nameSimilarity, projectNameKey, sameProjectName } from '../values/project-name';

function formatRate(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/**
 * Which years' grades stay with the model once validation has graded them for its checks: the year validated
 * (what Grade and the boxes read again), or every year (Summary compares a year before, Trend reads them all).
 */
export type KeptGrades = 'validated-year' | 'every-year';

/**
 * The checks across rows and tables, and the gaps of `gapYear` (the year validated: blank actuals,
 * missing targets); the per-cell checks were made while reading.
 */
export function validateModel(
  model: WorkbookModel,
  policy: GradingPolicy,
  gapYear: number | null = null,
  kept: KeptGrades = 'validated-year',
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const sheetName = model.projectSheet?.name ?? '';
  const byNo = new Map<number, { row: number; col: number }>();
  for (const p of model.projects) {
    const first = byNo.get(p.project.no);
    if (first) {
      issues.push(
        issue('PROJECT_NO_DUPLICATE', p.project.source, { no: p.project.no, first: qualifiedAddress(sheetName, first.row, first.col) }),
      );
    } else {
      byNo.set(p.project.no, p.project.source);
    }
  }

  for (const p of model.projects) {
    const { project } = p;
    if (project.mergedInto !== null && !byNo.has(project.mergedInto)) {
      const col = model.projectTable?.columns.mergedInto ?? model.projectTable?.columns.status ?? project.source.col;
      issues.push(issue('MERGED_INTO_UNKNOWN', { sheet: sheetName, row: p.row, col }, { no: project.mergedInto }));
    }
    issues.push(...checkBudgetTotal(model, p));
  }
  for (const away of model.mergedAway) {
    const col = model.projectTable?.columns.status ?? away.source.col;
    if (!byNo.has(away.into)) issues.push(issue('MERGED_INTO_UNKNOWN', { sheet: sheetName, row: away.row, col }, { no: away.into }));
  }

  issues.push(...checkGroupCounts(model));
  if (model.indicatorTable?.layout === 'long') issues.push(...checkRenamedIndicators(model));

  if (model.projects.length > 0) {
    const names = new Map(model.projects.map((p) => [p.project.no, p.project.name]));
    const named = new Set<string>();
    const roles = new Set(model.projects.flatMap((p) => (p.project.role ? [p.project.role.no] : [])));
    for (const i of model.indicators) {
      const { projectNo, roleNo } = i.indicator;
      if (roleNo !== null) {
        // a role indicator must name a role of the register, or its block would print a role that is not there
        const col = model.indicatorTable?.columns.projectNo ?? i.indicator.source.col;
        if (!roles.has(roleNo))
          issues.push(
            issue('ROLE_UNKNOWN', { sheet: i.indicator.source.sheet, row: i.row, col }, { role: roleNo, name: i.indicator.name }),
          );
        continue;
      }
      if (projectNo === null) continue;
      const registered = names.get(projectNo);
      const given = i.projectName;
      if (registered !== undefined && given !== null && !sameProjectName(given, registered)) {
        const at = projectNameCell(model, i);
        // an evaluation sheet names its project once for all its indicators: said once
        const place = `${at.sheet}\u0000${at.row}\u0000${at.col}`;
        if (!named.has(place)) {
          named.add(place);
          // a wrong number that happens to exist: the row would be graded and summarised under another project
          issues.push(issue('PROJECT_NAME_MISMATCH', at, { no: projectNo, given, registered }));
        }
      }
      if (!byNo.has(projectNo)) {
        const col = model.indicatorTable?.columns.projectNo ?? i.indicator.source.col;
        issues.push(
          issue(
            'INDICATOR_UNKNOWN_PROJECT',
            { sheet: i.indicator.source.sheet, row: i.row, col },
            { no: projectNo, name: i.indicator.name },
          ),
        );
      }
    }
  }

  // Each year is graded once: for the disagreements typed grades show, and for the gaps of the year validated.
  const years = gapYear === null || model.years.includes(gapYear) ? model.years : [...model.years, gapYear];
  const gaps: ValidationIssue[] = [];
  for (const year of years) {
    const keptYear = kept === 'every-year' || year === gapYear ? gradeYear(model, year, policy) : null;
    if (year === gapYear && keptYear) gaps.push(...yearGaps(year, keptYear));
    const gradedYear = keptYear ?? gradesOneByOne(model, year, policy);
    if (!model.years.includes(year)) continue;
    for (const g of gradedYear) {
      const result = yearResult(g.row.indicator, year);
      if (g.problem) issues.push(g.problem);
      const entered = result?.enteredGrade;
      const gradeCell = entered ? resultCell(result, 'grade') : null;
      if (entered && gradeCell && g.reason === 'graded' && entered !== g.label) {
        issues.push(inYear(issue('GRADE_DIFFERS', gradeCell, { entered, computed: g.label, rate: formatRate(g.rate) }), year));
      }
    }
  }
  return [...issues, ...gaps];
}

/** A name as staff vary it: width, spaces, line breaks, ※ and (仮称) do not make another project. */
function checkBudgetTotal(model: WorkbookModel, p: WorkbookModel['projects'][number]): ValidationIssue[] {
  const { total, amounts } = p.project.budget;
  const years = amounts.filter((v): v is number => v !== null);
  const totalCol = model.projectTable?.columns.budgetTotal;
  if (total === null || years.length === 0 || totalCol === undefined) return [];
  const sum = years.reduce((acc, v) => exact.add(acc, exact.toScaled(v)), exact.toScaled(0));
  if (exact.compare(sum, exact.toScaled(total)) !== 0) {
    const sumNumber = exact.toNumber(sum);
    return [
      issue(
        'BUDGET_TOTAL_MISMATCH',
        { sheet: model.projectSheet!.name, row: p.row, col: totalCol },
        {
          total: total.toLocaleString('ja-JP'),
          sum: sumNumber.toLocaleString('ja-JP'),
          diff: (total - sumNumber).toLocaleString('ja-JP'),
        },
      ),
    ];
  }
  return [];
}

/** "(17事業)" in a heading against the projects actually listed under it. */
function checkGroupCounts(model: WorkbookModel): ValidationIssue[] {
  const sheet = model.projectSheet;
  const table = model.projectTable;
  if (!sheet || !table) return [];
  const groups = new Map<string, { heading: Heading; count: number; row: number; col: number }>();
  const levels = [
    ['role', table.columns.role],
    ['policyArea', table.columns.policyArea],
    ['field', table.columns.field],
  ] as const;
  for (const p of model.projects) {
    for (const [level, col] of levels) {
      const heading = p.headings[level];
      if (!heading || heading.statedCount === null) continue;
      // Headings repeat across levels' parents, so the key includes the parents' text.
      const key = `${level}\u0000${p.headings.role?.text}\u0000${level === 'role' ? '' : p.headings.policyArea?.text}\u0000${heading.text}`;
      const group = groups.get(key) ?? { heading, count: 0, row: p.row, col: col ?? table.columns.name ?? 0 };
      group.count += 1;
      groups.set(key, group);
    }
  }
  return [...groups.values()]
    .filter((g) => g.heading.statedCount !== g.count)
    .map((g) =>
      issue(
        'GROUP_COUNT_MISMATCH',
        { sheet: sheet.name, row: g.row, col: g.col },
        { heading: g.heading.text, stated: g.heading.statedCount!, actual: g.count },
      ),
    );
}

/**
 * The gaps of the year being evaluated: an item with no actual or no target is "-" in the summary,
 * but for none of the legend's reasons (統合・集計中・隔年), so it is said before anyone summarises.
 * A grade typed without the numbers (past years kept as grades) is the sheet's record, not a gap.
 */
function yearGaps(year: number, graded: readonly GradedIndicator[]): ValidationIssue[] {
  const gaps: ValidationIssue[] = [];
  for (const g of graded) {
    const { row, project, merged } = g;
    if (merged || !project || !projectActiveIn(project.project, year)) continue;
    const result = yearResult(row.indicator, year);
    if (result?.enteredGrade) continue;
    const name = row.indicator.name;
    if (!result) {
      // one row per year: the indicator has no row for this year at all
      gaps.push(inYear(issue('YEAR_ROW_MISSING', row.indicator.source, { name, year }), year));
      continue;
    }
    if (g.reason === 'no-actual')
      gaps.push(inYear(issue('ACTUAL_MISSING', resultCell(result, 'actual') ?? row.indicator.source, { name, year }), year));
    if (g.reason === 'no-target')
      gaps.push(inYear(issue('TARGET_MISSING', resultCell(result, 'target') ?? row.indicator.source, { name, year }), year));
  }
  return gaps;
}

/** Names alike enough to be one indicator renamed, surviving an added word (登録者数 → 見守りシール登録者数). */
function similarNames(a: string, b: string): boolean {
  const [x, y] = [projectNameKey(a), projectNameKey(b)];
  return x.includes(y) || y.includes(x) || nameSimilarity(a, b) >= 0.5;
}

/**
 * One row per year: an indicator whose name changes between years (登録者数 → 見守りシール登録者数) reads
 * as two indicators, each with half the years, and would be counted as two items. Said, not guessed.
 * Only indicators of one owner whose years do not overlap are compared: a register of 50,000 indicators
 * is not 1.25 billion pairs.
 */
function checkRenamedIndicators(model: WorkbookModel): ValidationIssue[] {
  const byOwner = new Map<string, { index: number; first: number; last: number }[]>();
  for (const [index, row] of model.indicators.entries()) {
    const years = row.indicator.results.map((r) => r.year);
    if (years.length === 0) continue;
    const owner = `${row.indicator.projectNo}\u0000${row.indicator.roleNo}`;
    let rows = byOwner.get(owner);
    if (!rows) byOwner.set(owner, (rows = []));
    rows.push({ index, first: Math.min(...years), last: Math.max(...years) });
  }
  const pairs: { earlier: number; later: number; until: number; from: number }[] = [];
  for (const rows of byOwner.values()) {
    // by first year: the rows starting after an indicator's last year are the tail found by binary search
    rows.sort((x, y) => x.first - y.first);
    for (const earlier of rows) {
      let lo = 0;
      for (let hi = rows.length; lo < hi;) {
        const mid = (lo + hi) >>> 1;
        if (rows[mid].first > earlier.last) hi = mid;
        else lo = mid + 1;
      }
      for (let k = lo; k < rows.length; k++) {
        const later = rows[k];
        if (later.index < earlier.index) continue;
        const [a, b] = [model.indicators[earlier.index].indicator, model.indicators[later.index].indicator];
        if (similarNames(a.name, b.name))
          pairs.push({ earlier: earlier.index, later: later.index, until: earlier.last, from: later.first });
      }
    }
  }
  // in the order of the sheet's rows, as every other check says them
  pairs.sort((x, y) => x.earlier - y.earlier || x.later - y.later);
  return pairs.map(({ earlier, later, until, from }) => {
    const [before, after] = [model.indicators[earlier].indicator, model.indicators[later].indicator];
    return issue('INDICATOR_RENAMED', after.source, { owner: after, before: before.name, after: after.name, until, from });
  });
}
