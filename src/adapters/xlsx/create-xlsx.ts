import type { SheetOutput } from '../../core/workbook/cell-grid';
import { emptyPackageParts } from './empty-package';
import { applyWorkbookChanges } from './patch-xlsx';
import { XlsxPackage } from './xlsx-package';

/** A new workbook: the empty package patched with the same sheet-output code patchXlsx uses. */
export function createXlsx(sheets: SheetOutput[]): Uint8Array {
  if (!sheets.length) throw new RangeError('A workbook needs at least one sheet.');
  const pkg = XlsxPackage.fromParts(emptyPackageParts());
  applyWorkbookChanges(pkg, { writes: [], sheets });
  return pkg.toBytes();
}
