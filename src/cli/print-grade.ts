import { columnLetters } from '../core/workbook/cell-address';
import { cliMessage } from '../core/messages/cli-messages';
import { message } from '../core/messages/catalogue';
import type { Language } from '../core/messages/language';
import type { CellValue } from '../core/workbook/cell-grid';
import type { IndicatorChanges } from '../use-cases/group-grade-changes';
import type { GradeChanges } from '../use-cases/grade-workbook';
import { CHANGE_KIND_TEXT, type CellChange, type SkippedChange } from '../use-cases/plan-cell-writes';
import { padEnd } from './terminal-text';
import { ownerText } from '../core/sheets/read-indicators';

/** Lines of each list printed before "… and N more": the full list is in --json or --changes. */
export const CHANGES_SHOWN = 10;

/** A value as the cell shows it: a rate as 86.5%, a blank as （空欄）. */
function shown(value: CellValue | undefined, kind: CellChange['kind'], lang: Language): string {
  if (value === null || value === undefined || value === '') return cliMessage('CLI_BLANK')[lang];
  if (typeof value === 'number' && kind === 'rate') return `${(value * 100).toFixed(1)}%`;
  return String(value);
}

const cellLine = (c: CellChange, lang: Language) => `${c.address} ${shown(c.before, c.kind, lang)} → ${shown(c.value, c.kind, lang)}`;

function indicatorLine(g: IndicatorChanges, lang: Language): string {
  const result = g.graded ? `${g.label} ${shown(g.rate, 'rate', lang)}` : `${g.label}（${g.reasonText[lang]}）`;
  return `  ${padEnd(ownerText(g)[lang], 7)} ${g.indicator}: ${result}  ${g.changed.map((c) => cellLine(c, lang)).join(', ')}`;
}

/** The first lines of a list, then how many more. */
function firstOf<T>(items: readonly T[], line: (item: T) => string, lang: Language): string[] {
  const lines = items.slice(0, CHANGES_SHOWN).map(line);
  if (items.length > CHANGES_SHOWN) lines.push(`  ${cliMessage('CLI_MORE', { n: items.length - CHANGES_SHOWN })[lang]}`);
  return lines;
}

/**
 * What grade changed, readable on a terminal at any size: counts, the first indicators graded (grade
 * and rate together), the "-" ones as a count by reason, and every cell kept as typed (they need a look).
 */
export function formatGradeChanges(report: GradeChanges, lang: Language, listSaved = false): string[] {
  const { indicators, other } = report.byIndicator;
  const written = indicators.filter((g) => g.changed.length > 0);
  const graded = written.filter((g) => g.graded);
  const dashes = written.filter((g) => !g.graded);
  const lines = [cliMessage('CLI_CHANGED', { n: report.changed.length })[lang]];
  if (graded.length > 0) {
    lines.push(message('UI_CHANGED_HEADING', { n: graded.length })[lang]);
    lines.push(...firstOf(graded, (g) => indicatorLine(g, lang), lang));
  }
  if (dashes.length > 0) {
    const reasons = new Map<string, number>();
    for (const g of dashes) reasons.set(g.reasonText[lang], (reasons.get(g.reasonText[lang]) ?? 0) + 1);
    const counts = [...reasons].sort((a, b) => b[1] - a[1]).map(([reason, n]) => message('UI_REASON_COUNT', { reason, n })[lang]);
    const heading = message('UI_NOT_GRADED_HEADING', { n: dashes.length, label: dashes[0].label })[lang];
    lines.push(`${heading}${message('UI_NOT_GRADED_REASONS', { reasons: counts.join(' · ') })[lang]}`);
  }
  if (other.changed.length > 0) {
    lines.push(message('UI_OTHER_CHANGES_HEADING')[lang]);
    lines.push(...firstOf(other.changed, (c) => `  ${cellLine(c, lang)}`, lang));
  }
  if (report.skipped.length > 0) {
    lines.push(cliMessage('CLI_KEPT', { n: report.skipped.length })[lang]);
    for (const s of report.skipped) {
      const why =
        s.reason === 'formula' ? cliMessage('CLI_KEPT_FORMULA', { formula: s.beforeFormula ?? '' }) : cliMessage('CLI_KEPT_TYPED');
      lines.push(`  ${padEnd(s.address, 16)} ${shown(s.before, s.kind, lang)} → ${shown(s.value, s.kind, lang)}  (${why[lang]})`);
    }
  }
  if (report.changed.length > CHANGES_SHOWN && !listSaved) lines.push(cliMessage('CLI_FULL_LIST')[lang]);
  return lines;
}

const changeJson = (c: CellChange) => ({ address: c.address, kind: c.kind, before: c.before, after: c.value });

/** grade --json: every cell changed and kept, and each indicator's result. */
export function gradeJson(report: GradeChanges): unknown {
  return {
    year: report.year,
    changed: report.changed.map(changeJson),
    skipped: report.skipped.map((s: SkippedChange) => ({ ...changeJson(s), reason: s.reason, formula: s.beforeFormula })),
    indicators: report.byIndicator.indicators.map((g) => ({
      projectNo: g.projectNo,
      roleNo: g.roleNo,
      indicator: g.indicator,
      grade: g.label,
      rate: g.rate,
      reason: g.graded ? null : g.reasonText.ja,
      cells: [...g.changed, ...g.skipped].map((c) => c.address),
    })),
    errors: report.yearErrors.length,
    insertedColumns: (report.changes.insertColumns ?? []).map(({ sheet, col, count }) => ({ sheet, column: columnLetters(col), count })),
  };
}

const csvField = (v: unknown) => {
  const text = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** --changes FILE: every cell as a CSV that Excel opens as UTF-8 (a BOM first). */
export function changesCsv(report: Pick<GradeChanges, 'changed' | 'skipped'>, lang: Language): string {
  const header = cliMessage('CLI_CHANGES_CSV_HEADER')[lang].split(',');
  const rows = [
    ...report.changed.map((c) => [
      c.address,
      message(CHANGE_KIND_TEXT[c.kind])[lang],
      c.before,
      c.value,
      cliMessage('CLI_CHANGES_WRITTEN')[lang],
      '',
    ]),
    ...report.skipped.map((s) => [
      s.address,
      message(CHANGE_KIND_TEXT[s.kind])[lang],
      s.before,
      s.value,
      cliMessage('CLI_CHANGES_KEPT')[lang],
      s.reason === 'formula' ? (s.beforeFormula ?? '') : cliMessage('CLI_KEPT_TYPED')[lang],
    ]),
  ];
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}
