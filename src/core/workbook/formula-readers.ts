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
  const written = new Set<string>();
  for (let i = 0; i < changes.writes.length; i++) written.add(changes.writes[i].sheet);
  for (const s of changes.sheets) if (!s.hidden) written.add(s.name);
  if (written.size === 0) return false;
  const mentions = [...written].map((name) => name.toLowerCase());
  const mentionsWritten = (formula: string) => {
    const lower = formula.toLowerCase();
    return mentions.some((name) => lower.includes(name));
  };
  // Every cell of the workbook is looked at (2,200,000 in the bench’s 100,000 rows), once, mostly before the loop is optimised:
  // indexes, not for…of, and no arrow over a variable of the loop, or an object was made for each cell (84-106 MB)
  // and each write.
  for (const sheet of grid.sheets) {
    const own = written.has(sheet.name);
    const { formulas } = sheet;
    for (let r = 0; r < formulas.length; r++) {
      const row = formulas[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const f = row[c];
        if (f && (own || UNTRACEABLE.test(f) || usesDefinedName(f) || mentionsWritten(f))) return true;
      }
    }
  }
  return false;
}
