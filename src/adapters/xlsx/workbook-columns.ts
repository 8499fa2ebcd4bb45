import type { CellRange, CellWrite, ColumnInsert } from '../../core/workbook/cell-grid';
import { movedColumn, type ColumnMove } from '../../core/workbook/move-grid-columns';
import { ColumnInsertRefusedError } from '../../core/workbook/column-insert';
import { moveColumnsInDefinedNames, moveColumnsInWorksheet } from './move-columns';
import { moveColumnsInFormula } from './shift-formula';
import { isRelType, parseRelationships } from './relationships-part';
import { relsPathOf, resolveTarget } from './part-paths';
import { findSheet, type WorkbookInfo, type WorkbookSheet } from './workbook-part';
import type { XlsxPackage } from './xlsx-package';
import { corrupt } from './xlsx-file-error';
import { escapeXmlAttr, escapeXmlText } from './xml-text';

/** How a part's text names the sheet in a reference: '成果指標'!, 成果指標!, sheet="成果指標" (escaped as XML writes them). */
function referenceForms(sheet: string): string[] {
  const quoted = `'${sheet.replace(/'/g, "''")}'!`;
  return [escapeXmlText(quoted), quoted, `${escapeXmlText(sheet)}!`, `sheet="${escapeXmlAttr(sheet)}"`];
}

/**
 * Puts columns into one sheet (`direction` 1) or takes them out (-1) across the package: the sheet
 * itself, every other sheet's formulas and links to it, and the defined names. Everything is worked
 * out before anything is written, so a refusal (ColumnInsertRefusedError) leaves the package as it was;
 * a sheet left to be streamed refuses while it is written, and patchXlsx then writes no file.
 */
export function moveWorkbookColumns(
  pkg: XlsxPackage,
  parts: {
    read(part: string): string;
    write(part: string, text: string | string[]): void;
    /** Whether the part's text, as the steps before left it, holds any of `needles`. */
    includesAny(part: string, needles: readonly string[]): boolean;
  },
  wb: WorkbookInfo,
  wbXml: string,
  sheets: readonly WorkbookSheet[],
  change: ColumnInsert,
  direction: 1 | -1,
  /** The moved sheet itself is left to the caller, to stream it (see streamWrittenSheet): only its refusals by part are checked. */
  leaveTarget = false,
): { wbXml: string; formulasMoved: boolean; target?: MovedSheet } {
  const target = findSheet([...sheets], change.sheet);
  if (!target?.isWorksheet || !target.part) throw new RangeError(`The workbook has no worksheet named "${change.sheet}".`);
  const move = { sheet: target.name, at: change.col, delta: direction * change.count };
  const forms = referenceForms(target.name);

  // What Excel would move and this adapter does not: pivot tables built on the sheet, charts reading it.
  for (const rel of wb.rels.filter((r) => isRelType(r.type, 'pivotCacheDefinition') && !r.external)) {
    const cache = resolveTarget(wb.part, rel.target);
    if (pkg.has(cache) && pkg.includesAny(cache, forms)) throw new ColumnInsertRefusedError(target.name, 'pivot');
  }
  for (const part of pkg.partNames().filter((p) => /\/charts\/chart[^/]*\.xml$/i.test(p))) {
    if (pkg.includesAny(part, forms)) throw new ColumnInsertRefusedError(target.name, 'chart');
  }

  const edited = new Map<string, string[]>();
  let formulasMoved = false;
  let left: MovedSheet | undefined;
  for (const sheet of sheets) {
    if (!sheet.isWorksheet || !sheet.part) continue;
    if (!pkg.has(sheet.part)) throw corrupt(`The worksheet part of sheet "${sheet.name}" is missing.`);
    const moved = sheet === target;
    // a sheet that does not name the moved one has nothing to move: its text is not even decoded
    if (!moved && !parts.includesAny(sheet.part, forms)) continue;
    // the sheet's own drawing and comments are refused inside; a relationship to a table part is enough to refuse too
    if (moved) {
      const rels = pkg.has(relsPathOf(sheet.part)) ? parseRelationships(pkg.readText(relsPathOf(sheet.part)), relsPathOf(sheet.part)) : [];
      if (rels.some((r) => isRelType(r.type, 'table'))) throw new ColumnInsertRefusedError(target.name, 'table');
    }
    const widen = direction > 0 ? change.widen : undefined;
    if (moved && leaveTarget) {
      left = { part: sheet.part, name: sheet.name, move, widen };
      continue;
    }
    const xml = parts.read(sheet.part);
    const result = moveColumnsInWorksheet(xml, sheet.part, sheet.name, move, { moved, widen });
    if (typeof result.xml !== 'string') edited.set(sheet.part, result.xml);
    formulasMoved ||= result.hasFormulas && (moved || edited.has(sheet.part));
  }
  const names = moveColumnsInDefinedNames(wbXml, wb.part, move);
  for (const [part, xml] of edited) parts.write(part, xml);
  return { wbXml: names, formulasMoved, target: left };
}

/** A sheet whose columns move, left by moveWorkbookColumns to be streamed. */
export interface MovedSheet {
  part: string;
  name: string;
  move: ColumnMove;
  widen?: readonly CellRange[];
}

/**
 * Writes meant for the columns as they were, put where they are once `move` is made: a cell of the moved sheet
 * in its new column (a cell taken out keeps nothing written to it), a formula's references as the move rewrites
 * them on its sheet. A write the move does not change is kept as it is.
 */
export function writesAfterMove(writes: readonly CellWrite[], move: ColumnMove): CellWrite[] {
  const movedSheet = move.sheet.toLowerCase();
  let sheet: string | undefined;
  let onMoved = false;
  const out: CellWrite[] = [];
  for (const w of writes) {
    if (w.sheet !== sheet) onMoved = (sheet = w.sheet).toLowerCase() === movedSheet;
    const col = onMoved ? movedColumn(w.col, move) : w.col;
    if (col === undefined) continue;
    const bare = w.formula?.replace(/^=/, '');
    const formula = bare === undefined ? undefined : moveColumnsInFormula(bare, move, w.sheet);
    if (col === w.col && formula === bare) out.push(w);
    else out.push(formula === bare ? { ...w, col } : { ...w, col, formula: `=${formula}` });
  }
  return out;
}
