import type { WorkbookChanges, WorkbookGrid } from './cell-grid';

/** Formulas that read cells without naming them (INDIRECT, OFFSET) or through a defined name cannot be traced. */
const UNTRACEABLE = /\b(?:INDIRECT|OFFSET)\s*\(/i;

const CELL_OR_COLUMN = /^\$?[A-Z]{1,3}\$?\d*$|^\$?\d+$|^R\d*C\d*$/i;
const LITERALS = new Set(['TRUE', 'FALSE']);

/** Does the formula use a defined name (=SUM(実績))? Its cells are not known here. */
function usesDefinedName(formula: string): boolean {
  const bare = formula.replace(/"(?:[^"]|"")*"|'(?:[^']|'')*'!/g, ' ');
  for (const m of bare.matchAll(/[\p{L}_\\][\p{L}\p{N}_.\\]*/gu)) {
    const next = bare.slice(m.index + m[0].length).trimStart()[0];
    if (next === '(' || next === '!') continue;
    if (CELL_OR_COLUMN.test(m[0]) || LITERALS.has(m[0].toUpperCase())) continue;
    return true;
  }
  return false;
}

/**
 * Could a formula read what the changes write? True when a sheet being written holds a formula, or
 * a formula elsewhere names that sheet, uses a defined name, or reads cells it does not name. Conservative on purpose: a
 * false "yes" only makes Excel recalculate on opening, a false "no" would leave figures stale.
 */
export function formulasMayRead(grid: WorkbookGrid, changes: WorkbookChanges): boolean {
  const written = new Set([...changes.writes.map((w) => w.sheet), ...changes.sheets.filter((s) => !s.hidden).map((s) => s.name)]);
  if (written.size === 0) return false;
  const mentions = [...written].map((name) => name.toLowerCase());
  for (const sheet of grid.sheets) {
    const own = written.has(sheet.name);
    for (const row of sheet.formulas) {
      for (const f of row ?? []) {
        if (!f) continue;
        if (own || UNTRACEABLE.test(f) || usesDefinedName(f)) return true;
        const lower = f.toLowerCase();
        if (mentions.some((name) => lower.includes(name))) return true;
      }
    }
  }
  return false;
}
