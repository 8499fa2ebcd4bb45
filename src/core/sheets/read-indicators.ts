import type { CellPosition, GradingPolicy, Indicator, ResultColumns, ValidationIssue, YearlyResult } from '../model';
import { yearResult } from '../model';
import type { ParsedValue, Quantity } from '../values/parse-cell-value';
import { parseCellValue } from '../values/parse-cell-value';
import { parseBreakdown } from '../values/parse-breakdown';
import { normalizeText } from '../values/normalize-text';
import { conversionFactor, normalizeUnit } from '../values/units';
import { parseFiscalYear } from '../values/parse-fiscal-year';
import { parseGrade } from '../values/parse-grade';
import { inYear, issue } from '../checks/validation-issue';
import { message, type LocalizedText } from '../messages/catalogue';
import { qualifiedAddress } from '../workbook/cell-address';
import type { FilledSheet } from './filled-sheet';
import { fitted } from '../model/fitted-array';
import type { TableLocation, YearColumn } from './locate-table';
import type { NumberColumn } from '../checks/check-definitions';
import { parseProjectNo } from './read-projects';
import type { IndicatorField } from './table-columns';

export interface IndicatorTable extends TableLocation<IndicatorField> {
  /** 'long': a row per indicator per year (a 年度 column). 'wide': a column group per year. */
  layout: 'long' | 'wide';
  finalTargetCol: number | null;
  /** The year named in "目標値（2024年度）", when the header names one. */
  finalTargetYear: number | null;
}

/** Decides what each target column means, which the headers alone leave open. */
export function classifyIndicatorTable(location: TableLocation<IndicatorField>): IndicatorTable {
  const layout = location.columns.year !== undefined ? 'long' : 'wide';
  let finalTargetCol = location.columns.finalTarget ?? null;
  let finalTargetYear: number | null = null;
  const years = [...location.years];
  const columns = { ...location.columns };
  if (layout === 'wide' && finalTargetCol === null && columns.target !== undefined) {
    finalTargetCol = columns.target;
    delete columns.target;
  }
  const final = years.find((y) => y.kind === 'final-target');
  if (final) {
    years.splice(years.indexOf(final), 1);
    if (finalTargetCol === null) {
      finalTargetCol = final.col;
      finalTargetYear = final.year;
    }
  }
  // One year's columns with un-yeared ones beside them ("2024実績値 | 進捗評価 | 2024目標値", as the
  // conference tables print): those belong to that year, or the grade staff entered would be ignored.
  const resultYears = new Set(years.filter((y) => y.kind !== 'budget').map((y) => y.year));
  if (layout === 'wide' && resultYears.size === 1) {
    const [year] = resultYears;
    for (const kind of ['actual', 'grade', 'rate', 'note'] as const) {
      const c = columns[kind];
      if (c !== undefined && !years.some((y) => y.kind === kind)) {
        years.push({ year, kind, col: c });
        delete columns[kind];
      }
    }
  }
  return { ...location, columns, years, layout, finalTargetCol, finalTargetYear };
}

/** The same number in the same unit (人 and 名, 千円 and 円 convert). */
function sameQuantity(a: Quantity, b: Quantity): boolean {
  const factor = conversionFactor(a.unit, b.unit);
  return factor !== undefined && Math.abs(a.value * factor - b.value) < 1e-9 * Math.max(1, Math.abs(b.value));
}

function quantityText(q: Quantity): string {
  return `${q.value.toLocaleString('ja-JP')}${q.unit ?? ''}`;
}

export interface IndicatorRow {
  indicator: Indicator;
  /** The row holding the indicator's name (the first row in the long layout). */
  row: number;
  finalTargetYear: number | null;
  /** The final-target cell says the indicator was merged away ("NO.4に統合"). */
  merged: boolean;
  /**
   * The project name the row gives beside its number (a 事業名 column, or an evaluation sheet's labelled
   * cell), to check against the register. Its text only: `projectNameCell` finds the cell for the one
   * row in many that a message names (a position kept per row was 5 MB at 100,000 rows).
   */
  projectName: string | null;
}

/** Whose indicator a row is: a project's, or a role's (役割ごとの成果指標). */
export interface IndicatorOwner {
  projectNo: number | null;
  roleNo: number | null;
}

/** 「役割1」, 「役割 2」, 「役割３ 圏域全体の…」 in the 番号 column: the indicator of a role, not of a project. */
export function parseRoleNo(raw: unknown): number | null {
  if (typeof raw !== 'string' || !raw.includes('役割')) return null;
  const m = /^役割\s*(\d+)/u.exec(normalizeText(raw));
  return m && Number(m[1]) > 0 ? Number(m[1]) : null;
}

/** How the pane and the terminal name an indicator's owner: 「No.5」, or 「役割1」. */
export function ownerText(owner: IndicatorOwner): LocalizedText {
  return owner.roleNo !== null ? message('OWNER_ROLE', { no: owner.roleNo }) : message('OWNER_PROJECT', { no: owner.projectNo ?? 0 });
}

/**
 * An actual broken down by municipality beside it (「597人（青森市588・平内町2・外ヶ浜町4・蓬田村3）」, or the
 * year's 備考・内訳 cell) must add up to it; 「うち…」 parts may not exceed it. A breakdown in another unit
 * counts something else (participants of a 1回 training) and is not checked.
 */
function checkBreakdown(raw: unknown, actual: Quantity) {
  // most cells are a bare figure: no place name, nothing to parse
  if (typeof raw !== 'string' || !/[市町村]/u.test(raw)) return null;
  const breakdown = parseBreakdown(raw);
  if (!breakdown) return null;
  const factors = breakdown.parts.map((p) => conversionFactor(p.unit, actual.unit));
  if (factors.some((f) => f === undefined)) return null;
  const sum = breakdown.parts.reduce((acc, p, i) => acc + p.value * factors[i]!, 0);
  const towns = breakdown.parts.map((p) => `${p.town} ${p.value.toLocaleString('ja-JP')}`).join('、');
  const params = { towns, sum: quantityText({ ...actual, value: sum }), actual: quantityText(actual) };
  const tolerance = 1e-9 * Math.max(1, Math.abs(actual.value));
  if (breakdown.partial) return sum > actual.value + tolerance ? { code: 'BREAKDOWN_EXCEEDS' as const, params } : null;
  return Math.abs(sum - actual.value) > tolerance ? { code: 'BREAKDOWN_MISMATCH' as const, params } : null;
}

const quantityOf = (parsed: ParsedValue | null): Quantity | null => (parsed?.kind === 'quantity' ? parsed.quantity : null);
const notGradedReason = (parsed: ParsedValue | null) => (parsed?.kind === 'not-graded' ? parsed.reason : null);

/** A year's columns as read, with the cells' columns every result of the year shares. */
type YearGroup = Partial<Record<YearColumn['kind'], number>> & { shared: ResultColumns };

function yearGroup(cols: Partial<Record<YearColumn['kind'], number>>): YearGroup {
  const shared = { target: cols.target ?? null, actual: cols.actual ?? null, grade: cols.grade ?? null, rate: cols.rate ?? null };
  return { ...cols, shared };
}

const LOWER = /低い|少ない|小さい|減少|下降|削減|↓|lower|decrease/i;
const HIGHER = /高い|多い|大きい|増加|上昇|向上|↑|higher|increase/i;

/** A one-project table (an evaluation sheet): its number and name from labelled cells, and where it ends. */
export interface OneProject {
  no: number;
  name: { text: string; at: CellPosition } | null;
}

export function readIndicators(
  sheet: FilledSheet,
  table: IndicatorTable,
  policy: GradingPolicy,
  /** An evaluation sheet's project: every row is its indicator, and the table ends at the first blank row (free text follows). */
  oneProject?: OneProject,
): { rows: IndicatorRow[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const col = table.columns;
  const at = (row: number, c: number) => ({ sheet: sheet.name, row, col: c });
  // each owner's indicators by name: the owner is a project number or "role N" (no key string built per row)
  const byOwner = new Map<number | string | null, Map<string, IndicatorRow>>();
  const out: IndicatorRow[] = [];
  let lastOwner: IndicatorOwner | null = null;

  /** The cell read as a value (null without the column); one that is not a number is said at its cell. */
  const readValue = (row: number, c: number | undefined, column: NumberColumn, year?: number): ParsedValue | null => {
    if (c === undefined || c === null) return null;
    const raw = sheet.ownValue(row, c);
    const parsed = parseCellValue(raw, sheet.numberFormat(row, c));
    if (parsed.kind === 'invalid') {
      const found = issue('NUMBER_INVALID', at(row, c), { column, raw: String(raw), reason: parsed.reason });
      issues.push(year === undefined ? found : inYear(found, year));
    }
    return parsed;
  };

  /** A breakdown beside the actual (in its own cell or the year's note) that does not add up, said at its cell. */
  const checkBreakdownAt = (row: number, c: number | undefined, actual: Quantity, year: number) => {
    const found = c === undefined ? null : checkBreakdown(sheet.ownValue(row, c), actual);
    if (found && c !== undefined) issues.push(inYear(issue(found.code, at(row, c), found.params), year));
  };

  const readResult = (row: number, year: number, cols: YearGroup): YearlyResult => {
    const target = readValue(row, cols.target, 'target', year);
    const actual = readValue(row, cols.actual, 'actual', year);
    let targetQ = quantityOf(target);
    let actualQ = quantityOf(actual);
    const notGraded = notGradedReason(actual) ?? notGradedReason(target);
    const combined = actual?.kind === 'combined' ? actual : null;
    if (combined && cols.actual !== undefined) {
      actualQ = combined.actual;
      if (cols['actual-with-target'] !== undefined) {
        // the heading names the year's target in the bracket: 「597人 (582人)」 under 「実績値 (目標値)」
        targetQ ??= combined.target;
      } else if (targetQ && !sameQuantity(targetQ, combined.target)) {
        // elsewhere a bracket is a note (うち…), never the target; one that disagrees with the target is said
        const at2 = at(row, cols.actual);
        issues.push(
          inYear(issue('BRACKET_DIFFERS', at2, { raw: String(sheet.ownValue(row, cols.actual)), target: quantityText(targetQ) }), year),
        );
      }
    }
    let enteredGrade: string | null = null;
    if (cols.grade !== undefined) {
      const g = parseGrade(sheet.ownValue(row, cols.grade), policy);
      if (g.kind === 'grade') {
        enteredGrade = g.label;
        if (g.lookalike)
          issues.push(
            inYear(issue('GRADE_LOOKALIKE', at(row, cols.grade), { raw: String(sheet.ownValue(row, cols.grade)), label: g.label }), year),
          );
      } else if (g.kind === 'invalid') {
        const labels = [...policy.levels.map((l) => l.label), policy.notGraded.label].join(' / ');
        issues.push(inYear(issue('GRADE_INVALID', at(row, cols.grade), { raw: g.raw, labels }), year));
      }
    }
    const note = cols.note !== undefined ? normalizeText(sheet.ownValue(row, cols.note)) || null : null;
    if (actualQ) {
      checkBreakdownAt(row, cols.actual, actualQ, year);
      checkBreakdownAt(row, cols.note, actualQ, year);
    }
    return {
      year,
      target: targetQ,
      actual: actualQ,
      notGraded,
      enteredGrade,
      unreadable: target?.kind === 'invalid' || actual?.kind === 'invalid',
      note,
      sheet: sheet.name,
      row,
      columns: cols.shared,
    };
  };

  const wideYears = new Map<number, Partial<Record<YearColumn['kind'], number>>>();
  for (const y of table.years) {
    const group = wideYears.get(y.year) ?? {};
    // an actual whose heading names the year's target too is the year's actual column
    group[y.kind === 'actual-with-target' ? 'actual' : y.kind] = y.col;
    if (y.kind === 'actual-with-target') group['actual-with-target'] = y.col;
    wideYears.set(y.year, group);
  }
  const yearGroups = [...wideYears].sort((a, b) => a[0] - b[0]).map(([year, cols]) => [year, yearGroup(cols)] as const);
  const longColumns = yearGroup({ target: col.target, actual: col.actual, grade: col.grade, rate: col.rate, note: col.note });

  for (let row = table.firstDataRow; row < sheet.rowCount; row++) {
    if (sheet.rowIsBlank(row)) {
      if (oneProject && out.length > 0) break;
      continue;
    }
    const noRaw = col.projectNo !== undefined ? sheet.value(row, col.projectNo) : null;
    const name = col.name !== undefined ? sheet.text(row, col.name) : '';
    const roleNo = oneProject ? null : parseRoleNo(noRaw);
    let projectNo = oneProject ? oneProject.no : roleNo !== null ? null : parseProjectNo(noRaw);
    // Staff leave the number blank on a project's (or a role's) second indicator row.
    if (projectNo === 'empty' && name && lastOwner !== null) projectNo = lastOwner.projectNo;
    if (projectNo === 'empty') {
      if (name) issues.push(issue('PROJECT_NO_MISSING', at(row, col.projectNo ?? 0), { name }));
      continue;
    }
    if (projectNo === 'invalid') {
      issues.push(issue('PROJECT_NO_INVALID', at(row, col.projectNo ?? 0), { raw: String(noRaw) }));
      continue;
    }
    const owner: IndicatorOwner = roleNo !== null || projectNo !== null ? { projectNo, roleNo } : lastOwner!;
    lastOwner = owner;
    if (!name) {
      issues.push(issue('INDICATOR_NAME_MISSING', at(row, col.name ?? 0), { owner }));
      continue;
    }

    const ownerKey = owner.roleNo === null ? owner.projectNo : `role${owner.roleNo}`;
    let named = byOwner.get(ownerKey);
    if (!named) byOwner.set(ownerKey, (named = new Map()));
    let entry = named.get(name);
    if (!entry) {
      let baseline = quantityOf(readValue(row, col.baseline, 'baseline'));
      const final = readValue(row, table.finalTargetCol ?? undefined, 'finalTarget');
      const finalQ = quantityOf(final);
      const unitText = col.unit !== undefined ? normalizeUnit(sheet.text(row, col.unit)) : null;
      const directionText = col.direction !== undefined ? sheet.text(row, col.direction) : '';
      const direction = LOWER.test(directionText) || (!HIGHER.test(directionText) && finalQ?.atMost) ? 'lower' : 'higher';
      if (baseline && col.surveyPoint !== undefined && !baseline.surveyPoint) {
        // a read value is shared by every cell of the same text: the survey point goes on a copy
        baseline = { ...baseline, surveyPoint: sheet.text(row, col.surveyPoint) || null };
      }
      entry = {
        row,
        finalTargetYear: table.finalTargetYear,
        merged: notGradedReason(final) === 'merged',
        projectName: oneProject
          ? (oneProject.name?.text ?? null)
          : col.projectName !== undefined
            ? sheet.text(row, col.projectName) || null
            : null,
        indicator: {
          projectNo: owner.projectNo,
          roleNo: owner.roleNo,
          name,
          unit: unitText ?? finalQ?.unit ?? baseline?.unit ?? null,
          direction,
          baseline,
          finalTarget: finalQ,
          cumulative: /累計/.test(name),
          results: [],
          source: at(row, col.name ?? 0),
        },
      };
      named.set(name, entry);
      out.push(entry);
    }

    if (table.layout === 'long') {
      const yearRaw = sheet.value(row, col.year!);
      const year = parseFiscalYear(yearRaw);
      if (!year.ok) {
        if (normalizeText(yearRaw) !== '') issues.push(issue('YEAR_INVALID', at(row, col.year!), { raw: String(yearRaw) }));
        continue;
      }
      const first = yearResult(entry.indicator, year.year);
      if (first) {
        const firstRow = first.columns.actual !== null || first.columns.target !== null ? first.row : entry.row;
        issues.push(
          inYear(
            issue('RESULT_DUPLICATE', at(row, col.year!), {
              name,
              year: year.year,
              first: qualifiedAddress(sheet.name, firstRow, col.year!),
            }),
            year.year,
          ),
        );
        continue;
      }
      entry.indicator.results.push(readResult(row, year.year, longColumns));
    } else {
      for (const [year, cols] of yearGroups) {
        entry.indicator.results.push(readResult(row, year, cols));
      }
    }
  }
  for (const entry of out) entry.indicator.results = fitted(entry.indicator.results);
  return { rows: out, issues };
}
