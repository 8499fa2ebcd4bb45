import type { CellPosition, ValidationIssue } from '../model';
import type { ParamArgs } from '../messages/entry';
import { cellAddress, qualifiedAddress } from '../workbook/cell-address';
import { CHECKS, type CheckCode, type CheckDefinition, type CheckParams } from './check-definitions';

/** The definitions indexed so that a code's sentence takes that code's parameters. */
const BY_CODE: { [C in CheckCode]: CheckDefinition<CheckParams<C>> } = CHECKS;

/** Where a problem is: a cell, a whole sheet, or the workbook (null). */
export type IssuePlace = CellPosition | { sheet: string } | null;

/** The issue a check reports at a place, its sentence built from exactly the check's parameters. */
export function issue<C extends CheckCode>(code: C, at: IssuePlace, ...params: ParamArgs<CheckParams<C>>): ValidationIssue {
  const definition = BY_CODE[code];
  const p = params[0] as CheckParams<C>;
  const inCell = at !== null && 'row' in at;
  return {
    code,
    severity: definition.severity,
    title: definition.title,
    sheet: at?.sheet ?? null,
    cell: inCell ? cellAddress(at.row, at.col) : null,
    address: inCell ? qualifiedAddress(at.sheet, at.row, at.col) : (at?.sheet ?? null),
    message: { ja: definition.message.ja(p), en: definition.message.en(p) },
  };
}

export function countErrors(issues: readonly ValidationIssue[]): number {
  return issues.filter((i) => i.severity === 'error').length;
}

/** The issue as one of a year's results. */
export function inYear(found: ValidationIssue, year: number): ValidationIssue {
  return { ...found, year };
}

/** The errors a year's grades and summary rest on: those of its own results and those of every year. */
export function errorsAffecting(issues: readonly ValidationIssue[], year: number): ValidationIssue[] {
  return issues.filter((i) => i.severity === 'error' && (i.year === undefined || i.year === year));
}
