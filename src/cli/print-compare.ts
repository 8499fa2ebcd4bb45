import type { CellPosition, RegisterComparison } from '../core/model';
import { comparisonHeader, comparisonSections } from '../core/compare/comparison-lines';
import type { Language } from '../core/messages/language';
import { qualifiedAddress } from '../core/workbook/cell-address';

const address = (c: CellPosition) => qualifiedAddress(c.sheet, c.row, c.col);

/**
 * Two registers on a terminal: the new statuses, the counts, then every project that changed
 * (renumbered, renamed, added, dropped, merged) and every indicator change, one line each.
 */
export function formatComparison(c: RegisterComparison, sources: { old: string; new: string }, lang: Language): string[] {
  const lines = comparisonHeader(c, sources).map((line) => line[lang]);
  for (const section of comparisonSections(c))
    lines.push('', `${section.heading[lang]}:`, ...section.lines.map((line) => `  ${line[lang]}`));
  return lines;
}

/** `compare --json`: the comparison with every cell as an address (「令和8年度事業一覧!C38」). */
export function comparisonJson(c: RegisterComparison, errors: number): unknown {
  return {
    statusCounts: c.statusCounts,
    statusMissing: c.statusMissing,
    oldProjects: c.oldProjects,
    newProjects: c.newProjects,
    matched: c.matched.map(({ oldCell, newCell, ...m }) => ({ ...m, oldCell: address(oldCell), newCell: address(newCell) })),
    added: c.added.map((p) => ({ ...p, cell: address(p.cell) })),
    removed: c.removed.map((p) => ({ ...p, cell: address(p.cell) })),
    merged: c.merged.map((m) => ({ ...m, cell: address(m.cell) })),
    indicatorsCompared: c.indicatorsCompared,
    indicatorChanges: c.indicatorChanges.map((i) => ({ ...i, cell: address(i.cell) })),
    errors,
  };
}
