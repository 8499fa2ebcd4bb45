import type { CellValue } from '../../core/workbook/cell-grid';
import type { ChangeKind } from '../../use-cases/plan-cell-writes';
import type { Translate } from './hooks/use-text';

/** A cell value as the pane shows it: rates as the 0.0% Excel shows, blanks as (空欄), numbers with separators. */
export function formatCellValue(value: CellValue, kind: ChangeKind, t: Translate): string {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return t('UI_BLANK');
  if (typeof value === 'number') {
    if (kind === 'rate') return `${(value * 100).toFixed(1)}%`;
    return value.toLocaleString('en-US', { maximumFractionDigits: 6 });
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value;
}

export function kindLabel(kind: ChangeKind, t: Translate): string {
  switch (kind) {
    case 'grade':
      return t('UI_KIND_GRADE');
    case 'rate':
      return t('UI_KIND_RATE');
    case 'budget-total':
      return t('UI_KIND_BUDGET_TOTAL');
    case 'header':
      return t('UI_KIND_HEADER');
  }
}
