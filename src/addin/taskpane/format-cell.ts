import type { CellValue } from '../../core/workbook/cell-grid';
import { CHANGE_KIND_TEXT, type ChangeKind } from '../../use-cases/plan-cell-writes';
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

/**
 * A value as Excel shows it under a number format: percentages with the format's decimals
 * ("0.0%": 1.1 → 110.0%), fixed decimals ("#,##0.00"), else as formatCellValue does.
 */
export function formatAsShown(value: CellValue, numberFormat: string | null, t: Translate): string {
  if (typeof value !== 'number' || !numberFormat) return formatCellValue(value, 'header', t);
  const section = numberFormat.split(';')[0].replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '');
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  if (section.includes('%')) return `${(value * 100).toFixed(decimals)}%`;
  if (/[0#]/.test(section)) {
    const grouped = section.includes(',');
    return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouped });
  }
  return formatCellValue(value, 'header', t);
}

export function kindLabel(kind: ChangeKind, t: Translate): string {
  return t(CHANGE_KIND_TEXT[kind]);
}
