import { PROJECT_STATUSES, type CellPosition, type RegisterComparison } from '../core/model';
import { message, type FixedMessageCode } from '../core/messages/catalogue';
import { indicatorChangeText } from '../core/compare/changes-sheet';
import { comparisonCounts } from '../core/compare/compare-registers';
import type { Language } from '../core/messages/language';
import { qualifiedAddress } from '../core/workbook/cell-address';

const address = (c: CellPosition) => qualifiedAddress(c.sheet, c.row, c.col);

/**
 * Two registers on a terminal: the new statuses, the counts, then every project that changed
 * (renumbered, renamed, added, dropped, merged) and every indicator change, one line each.
 * Projects carried over unchanged are counted, not listed.
 */
export function formatComparison(c: RegisterComparison, sources: { old: string; new: string }, lang: Language): string[] {
  const t = (code: FixedMessageCode) => message<FixedMessageCode>(code)[lang];
  const lines = [message('COMPARE_SOURCES', { ...sources, oldCount: c.oldProjects, newCount: c.newProjects })[lang]];
  lines.push(`${t('COMPARE_STATUS_HEADING')}: ${PROJECT_STATUSES.map((s) => `${s} ${c.statusCounts[s]}`).join(' · ')}`);
  if (c.statusMissing > 0) lines.push(message('COMPARE_STATUS_MISSING', { n: c.statusMissing })[lang]);
  const changed = c.matched.filter((m) => m.renamed || m.renumbered);
  lines.push(message('COMPARE_COUNTS', comparisonCounts(c))[lang]);
  if (changed.length > 0) lines.push('', `${t('COMPARE_MATCHED')}:`);
  for (const m of changed) {
    const name = m.renamed ? `${m.oldName} → ${m.name} (${m.similarity.toFixed(2)})` : m.name;
    lines.push(`  ${m.old} → ${m.new}  ${name}${m.byPosition ? `  ※${t('COMPARE_BY_POSITION')}` : ''}`);
  }
  const list = (code: 'COMPARE_ADDED' | 'COMPARE_REMOVED', items: RegisterComparison['added']) => {
    if (items.length === 0) return;
    lines.push('', `${t(code)}:`);
    for (const p of items) {
      const status = p.mergedInto !== null ? message('COMPARE_ALREADY_MERGED', { into: p.mergedInto })[lang] : (p.status ?? '');
      lines.push(`  ${p.no}  ${p.name}  ${status}  (${address(p.cell)})`.trimEnd());
    }
  };
  list('COMPARE_ADDED', c.added);
  list('COMPARE_REMOVED', c.removed);
  if (c.merged.length > 0) lines.push('', `${t('COMPARE_MERGED')}:`);
  for (const m of c.merged) {
    const into = message('COMPARE_INTO_PROJECT', { no: m.into, name: m.intoName ?? '' })[lang];
    lines.push(`  ${m.old ?? t('COMPARE_NOT_IN_OLD')}  ${m.name} → ${into}  (${address(m.cell)})`);
  }
  lines.push('', `${t('COMPARE_INDICATORS')}:`);
  if (!c.indicatorsCompared) lines.push(`  ${t('COMPARE_INDICATORS_SKIPPED')}`);
  else if (c.indicatorChanges.length === 0) lines.push(`  ${t('COMPARE_NONE')}`);
  for (const i of c.indicatorChanges) {
    lines.push(`  ${i.old} → ${i.new}  ${i.indicator}  ${indicatorChangeText(i, lang)}  (${address(i.cell)})`);
  }
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
