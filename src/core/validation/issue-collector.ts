import type { ValidationIssue } from '../model';
import { message, type MessageCode } from '../messages/catalogue';
import { cellAddress, qualifiedAddress } from '../workbook/cell-address';
import { CHECKS, type CheckCode } from './check-catalogue';

export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** Collects every problem in one pass; nothing stops at the first. */
export class IssueCollector {
  readonly issues: ValidationIssue[] = [];

  add(code: CheckCode, at: CellRef | { sheet: string } | null, params: Record<string, string | number> = {}): void {
    const cell = at && 'row' in at ? cellAddress(at.row, at.col) : null;
    const address = at && 'row' in at ? qualifiedAddress(at.sheet, at.row, at.col) : (at?.sheet ?? null);
    this.issues.push({
      code,
      severity: CHECKS[code].severity,
      sheet: at?.sheet ?? null,
      cell,
      address,
      message: message(code as MessageCode, params),
    });
  }

  get errorCount(): number {
    return this.issues.filter((i) => i.severity === 'error').length;
  }
}
