import { sheetConflictText } from '../core/restore/plan-restore';
import type { RestoreReport } from '../use-cases/restore-workbook';
import type { GradingPolicy, Summary, ValidationIssue, YearSummary } from '../core/model';
import { countErrors } from '../core/checks/validation-issue';
import { message } from '../core/messages/catalogue';
import { cliMessage } from '../core/messages/cli-messages';
import { allLabels } from '../core/summary/build-summary';
import { summaryNotes } from '../core/summary/summary-notes';
import { displayWidth } from '../core/values/display-width';
import { padEnd, padStart } from './terminal-text';

import { roleIndicatorLines } from '../core/summary/role-indicator-lines';
import { townLines } from '../core/summary/town-lines';
import type { Language } from '../core/messages/language';

export function formatIssues(issues: ValidationIssue[], lang: Language): string[] {
  const severity = { error: cliMessage('CLI_SEVERITY_ERROR'), warning: cliMessage('CLI_SEVERITY_WARNING') };
  const lines = issues.map(
    (i) => `${padEnd(severity[i.severity][lang], 7)} ${padEnd(i.address ?? '-', 16)} ${padEnd(i.code, 22)} ${i.message[lang]}`,
  );
  const errors = countErrors(issues);
  lines.push(cliMessage('CLI_ISSUE_COUNTS', { errors, warnings: issues.length - errors })[lang]);
  return lines;
}

/** Warnings of one check printed in full before they are folded into a line with their cells. */
const WARNINGS_SHOWN = 3;

/**
 * The issues as grade and summary print them beside their own report: every error in full (they
 * stop figures), a check's warnings in full up to three, past that one line with the check, the
 * count and the first cells; `validate` lists them all.
 */
export function formatIssueDigest(issues: ValidationIssue[], lang: Language): string[] {
  const byCode = new Map<string, ValidationIssue[]>();
  for (const i of issues) if (i.severity === 'warning') (byCode.get(i.code) ?? byCode.set(i.code, []).get(i.code)!).push(i);
  const folded = new Set([...byCode.values()].filter((list) => list.length > WARNINGS_SHOWN).flat());
  const lines = formatIssues(
    issues.filter((i) => !folded.has(i)),
    lang,
  ).slice(0, -1);
  for (const [code, list] of byCode) {
    if (list.length <= WARNINGS_SHOWN) continue;
    const cells = list.slice(0, 5).map((i) => i.address ?? '-');
    const line = cliMessage('CLI_WARNINGS_FOLDED', { code, n: list.length, title: list[0].title[lang], cells: cells.join(', ') })[lang];
    lines.push(`${padEnd(cliMessage('CLI_SEVERITY_WARNING')[lang], 7)} ${line}`);
  }
  const errors = countErrors(issues);
  lines.push(cliMessage('CLI_ISSUE_COUNTS', { errors, warnings: issues.length - errors })[lang]);
  return lines;
}

function show(value: unknown, lang: Language): string {
  if (value === null || value === undefined || value === '') return cliMessage('CLI_BLANK')[lang];
  return typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(4) : String(value);
}

/** The conflicts that stopped (or, with --overwrite, were discarded by) a restore. */
export function formatRestore(report: RestoreReport, lang: Language): string[] {
  const lines: string[] = [];
  if (report.conflicts.length > 0) {
    lines.push(message('RESTORE_CONFLICTS', { count: report.conflicts.length })[lang]);
    if (report.changes === null) lines.push(cliMessage('CLI_RESTORE_OVERWRITE_HINT')[lang]);
    for (const c of report.conflicts) {
      const what =
        c.kind !== 'cell'
          ? sheetConflictText(c)[lang]
          : `${show(c.written, lang)} → ${show(c.now ?? null, lang)}  (${message('RESTORE_CONFLICT_CELL')[lang]})`;
      lines.push(`  ${padEnd(c.address, 16)} ${what}`);
    }
  }
  return lines;
}

function yearTable(summary: YearSummary, policy: GradingPolicy, lang: Language): string[] {
  const labels = allLabels(policy);
  const rows: string[][] = [];
  const total = message('SUMMARY_TOTAL')[lang];
  rows.push([message('SUMMARY_ITEM')[lang], ...labels, total]);
  for (const r of summary.roles) {
    rows.push([
      `${r.no} ${r.name} ${message('SUMMARY_PROJECTS', { n: r.projects })[lang]}`,
      ...labels.map((l) => String(r.counts[l])),
      String(r.items),
    ]);
  }
  rows.push([
    `${total} ${message('SUMMARY_PROJECTS', { n: summary.totals.projects })[lang]}`,
    ...labels.map((l) => String(summary.totals.counts[l])),
    String(summary.totals.items),
  ]);
  rows.push(['', ...labels.map((l) => `${summary.totals.percents[l].toFixed(1)}%`), '']);
  const first = Math.max(...rows.map((r) => displayWidth(r[0])));
  const lines = rows.map((r) => [padEnd(r[0], first), ...r.slice(1).map((c) => padStart(c, 6))].join(' ').trimEnd());
  lines.push(
    `${padEnd(summary.groups.map((g) => g.labels.join('+')).join(' / '), first)} ${summary.groups.map((g) => g.count).join(' / ')}`,
  );
  return lines;
}

export function formatSummary(summary: Summary, policy: GradingPolicy, lang: Language): string[] {
  const lines = [message('SUMMARY_TITLE', { year: summary.year })[lang], ...yearTable(summary, policy, lang)];
  const notes = summaryNotes(summary, policy);
  lines.push(notes.favorable[lang], ...notes.details.map((line) => line[lang]));
  lines.push(...roleIndicatorLines(summary).map((line) => line[lang]));
  lines.push(...townLines(summary, policy).map((line) => line[lang]));
  return lines;
}

/** The --json shape of the command-line contract. */
export function summaryJson(summary: Summary, draftErrors = 0): unknown {
  const year = (s: YearSummary) => ({
    year: s.year,
    roles: s.roles.map((r) => ({
      no: r.no,
      name: r.name,
      projects: r.projects,
      counts: r.counts,
      items: r.items,
      dashReasons: r.dashReasons,
    })),
    totals: {
      counts: s.totals.counts,
      items: s.totals.items,
      percents: s.totals.percents,
      projects: s.totals.projects,
      dashReasons: s.totals.dashReasons,
    },
    favorable: s.favorable,
    typedGrades: s.typedGrades,
    ...(s.roleIndicators ? { roleIndicators: s.roleIndicators } : {}),
    ...(s.towns ? { towns: s.towns } : {}),
  });
  return {
    ...year(summary),
    ...(draftErrors > 0 ? { draft: { errors: draftErrors } } : {}),
    ...(summary.previous ? { previous: year(summary.previous) } : {}),
    ...(summary.previousWithoutResults !== undefined ? { previousWithoutResults: summary.previousWithoutResults } : {}),
  };
}
