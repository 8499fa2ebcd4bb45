import { PROJECT_STATUSES, type CellPosition, type RegisterComparison } from '../model';
import { message, type FixedMessageCode, type LocalizedText } from '../messages/catalogue';
import type { Language } from '../messages/language';
import { qualifiedAddress } from '../workbook/cell-address';
import { indicatorChangeText } from './changes-sheet';
import { comparisonCounts } from './compare-registers';

const address = (c: CellPosition) => qualifiedAddress(c.sheet, c.row, c.col);

/** A part of a comparison as text: its heading and a line per project or indicator. */
export interface ComparisonSection {
  heading: LocalizedText;
  lines: LocalizedText[];
  /** Where each line's project or indicator is in the new register (or the old, for a dropped one). */
  cells: CellPosition[];
}

const both = (text: (lang: Language) => string): LocalizedText => ({ ja: text('ja'), en: text('en') });

/** The lines above the lists: the two registers, the new statuses, the counts. */
export function comparisonHeader(c: RegisterComparison, sources: { old: string; new: string }): LocalizedText[] {
  const lines = [
    message('COMPARE_SOURCES', { ...sources, oldCount: c.oldProjects, newCount: c.newProjects }),
    both((lang) => `${message('COMPARE_STATUS_HEADING')[lang]}: ${PROJECT_STATUSES.map((s) => `${s} ${c.statusCounts[s]}`).join(' · ')}`),
  ];
  if (c.statusMissing > 0) lines.push(message('COMPARE_STATUS_MISSING', { n: c.statusMissing }));
  lines.push(message('COMPARE_COUNTS', comparisonCounts(c)));
  return lines;
}

/**
 * Every project that changed (renumbered, renamed, added, dropped, merged) and every indicator
 * change, a line each, by section; projects carried over unchanged are counted, not listed.
 * Sections with nothing in them are left out, but for the indicators, which say why there are none.
 */
export function comparisonSections(c: RegisterComparison): ComparisonSection[] {
  const t = (code: FixedMessageCode) => message<FixedMessageCode>(code);
  const sections: ComparisonSection[] = [];
  const changed = c.matched.filter((m) => m.renamed || m.renumbered);
  sections.push({
    heading: t('COMPARE_MATCHED'),
    lines: changed.map((m) =>
      both((lang) => {
        const name = m.renamed ? `${m.oldName} → ${m.name} (${m.similarity.toFixed(2)})` : m.name;
        return `${m.old} → ${m.new}  ${name}${m.byPosition ? `  ※${t('COMPARE_BY_POSITION')[lang]}` : ''}`;
      }),
    ),
    cells: changed.map((m) => m.newCell),
  });
  for (const [code, items] of [
    ['COMPARE_ADDED', c.added],
    ['COMPARE_REMOVED', c.removed],
  ] as const) {
    const line = (p: RegisterComparison['added'][number], lang: Language) => {
      const status = p.mergedInto !== null ? message('COMPARE_ALREADY_MERGED', { into: p.mergedInto })[lang] : (p.status ?? '');
      return [String(p.no), p.name, status, `(${address(p.cell)})`].filter((part) => part !== '').join('  ');
    };
    sections.push({ heading: t(code), lines: items.map((p) => both((lang) => line(p, lang))), cells: items.map((p) => p.cell) });
  }
  sections.push({
    heading: t('COMPARE_MERGED'),
    lines: c.merged.map((m) =>
      both((lang) => {
        const into = message('COMPARE_INTO_PROJECT', { no: m.into, name: m.intoName ?? '' })[lang];
        return `${m.old ?? t('COMPARE_NOT_IN_OLD')[lang]}  ${m.name} → ${into}  (${address(m.cell)})`;
      }),
    ),
    cells: c.merged.map((m) => m.cell),
  });
  const none = !c.indicatorsCompared ? t('COMPARE_INDICATORS_SKIPPED') : t('COMPARE_NONE');
  sections.push({
    heading: t('COMPARE_INDICATORS'),
    lines:
      c.indicatorChanges.length === 0
        ? [none]
        : c.indicatorChanges.map((i) =>
            both((lang) => `${i.old} → ${i.new}  ${i.indicator}  ${indicatorChangeText(i, lang)}  (${address(i.cell)})`),
          ),
    cells: c.indicatorChanges.map((i) => i.cell),
  });
  return sections.filter((s, i) => s.lines.length > 0 || i === sections.length - 1);
}
