import type { ValidationIssue } from '../../core/model';
import { parseCellAddress } from '../../core/workbook/cell-address';

export interface CheckGroup {
  code: string;
  title: ValidationIssue['title'];
  severity: ValidationIssue['severity'];
  issues: ValidationIssue[];
  /** The issues as lines: those saying the same thing word for word are one line with all their cells. */
  lines: ValidationIssue[][];
}

export interface SheetGroup {
  /** null: a problem of the whole workbook (no sheet). */
  sheet: string | null;
  errors: number;
  warnings: number;
  checks: CheckGroup[];
}

/**
 * Issues by sheet (in the order the engine found them), then by check code: errors' checks first,
 * each check's issues in sheet order.
 */
export function groupIssues(issues: readonly ValidationIssue[]): SheetGroup[] {
  const sheets = new Map<string | null, SheetGroup>();
  for (const issue of issues) {
    let group = sheets.get(issue.sheet);
    if (!group) {
      group = { sheet: issue.sheet, errors: 0, warnings: 0, checks: [] };
      sheets.set(issue.sheet, group);
    }
    if (issue.severity === 'error') group.errors++;
    else group.warnings++;
    let check = group.checks.find((c) => c.code === issue.code && c.severity === issue.severity);
    if (!check) {
      check = { code: issue.code, title: issue.title, severity: issue.severity, issues: [], lines: [] };
      group.checks.push(check);
    }
    check.issues.push(issue);
  }
  for (const g of sheets.values()) for (const check of g.checks) check.lines = sameMessageLines(check.issues);
  const out = [...sheets.values()];
  for (const g of out) g.checks.sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
  // sheets with errors first; the workbook-wide group (no sheet) leads, as it usually stops everything
  return out.sort((a, b) => Number(a.sheet !== null) - Number(b.sheet !== null) || Number(b.errors > 0) - Number(a.errors > 0));
}

/** Issues in order, those with the same sentence (38 「参加欄「参加」は ○ か空欄で…」) gathered at the first one's place. */
function sameMessageLines(issues: readonly ValidationIssue[]): ValidationIssue[][] {
  const lines = new Map<string, ValidationIssue[]>();
  for (const issue of issues) {
    const line = lines.get(issue.message.ja);
    if (line) line.push(issue);
    else lines.set(issue.message.ja, [issue]);
  }
  return [...lines.values()];
}

/** Where clicking an issue goes: its cell, or its sheet when it has no cell; undefined for the whole workbook. */
export function issueTarget(issue: ValidationIssue): { sheet: string; row?: number; col?: number } | undefined {
  if (!issue.sheet) return undefined;
  const cell = issue.cell ? parseCellAddress(issue.cell) : undefined;
  return cell ? { sheet: issue.sheet, row: cell.row, col: cell.col } : { sheet: issue.sheet };
}
