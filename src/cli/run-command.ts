import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createXlsx, patchXlsx, readXlsx } from '../adapters/xlsx';
import { DEFAULT_POLICY } from '../core/grading/default-policies';
import { GradingPolicySchema, type GradingPolicy } from '../core/model';
import { buildSampleSheets, SAMPLE_FILE_NAME } from '../sample/build-sample-workbook';
import { buildPlan2026Sheets, PLAN_2026_FILE_NAME } from '../sample/aomori-plan-2026';
import { createTemplateSheets, templateYears } from '../use-cases/create-template';
import { columnNotes, gradeWorkbook, gradeWorkbookChanges } from '../use-cases/grade-workbook';
import type { GroupedGradeChanges } from '../use-cases/group-grade-changes';
import { ColumnInsertRefusedError } from '../core/workbook/column-insert';
import { summariseWorkbook } from '../use-cases/summarise-workbook';
import { trendWorkbook } from '../use-cases/trend-workbook';
import { boxesWorkbook } from '../use-cases/boxes-workbook';
import { message } from '../core/messages/catalogue';
import { restoredText, restoreWorkbook } from '../use-cases/restore-workbook';
import { validateWorkbook } from '../use-cases/validate-workbook';
import { cliMessage } from '../core/messages/cli-messages';
import { CliError } from './cli-error';
import { formatIssueDigest, formatIssues, formatRestore, formatSummary, summaryJson } from './print-report';
import { changesCsv, formatGradeChanges, gradeJson } from './print-grade';
import { formatTrend, trendJson } from './print-trend';
import { comparisonJson, formatComparison } from './print-compare';
import { compareWorkbooks, errorCount } from '../use-cases/compare-workbooks';
import { isPlanRegister } from '../core/sheets/read-workbook';
import type { Language } from '../core/messages/language';
import type { WorkbookGrid } from '../core/workbook/cell-grid';
import { defaultOutput, openWorkbookFile, saveOutput, saveWorkbook } from './workbook-file';
import { releaseMemory } from './release-memory';

export interface CliOptions {
  year?: string;
  previous?: string;
  /** trend: the first and last fiscal year. */
  from?: string;
  to?: string;
  output?: string;
  json?: boolean;
  /** grade: write every changed and kept cell to this CSV. */
  changes?: string;
  /** A transient line on the terminal while a long step runs (only when stdout is a terminal). */
  progress?: (step: 'reading' | 'working' | 'writing' | 'done') => void;
  overwrite?: boolean;
  /** summary: build the sheet over validation errors, marked 暫定. */
  draft?: boolean;
  policy?: string;
  lang: Language;
}

type Print = (line: string) => void;

function loadPolicy(path: string | undefined): GradingPolicy {
  if (!path) return DEFAULT_POLICY;
  if (!existsSync(path)) throw new CliError(cliMessage('CLI_POLICY_NOT_FOUND', { path }));
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new CliError(cliMessage('CLI_POLICY_NOT_JSON', { path }));
  }
  const parsed = GradingPolicySchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CliError(cliMessage('CLI_POLICY_INVALID', { path, detail }));
  }
  return parsed.data;
}

function requireBook(args: string[], command: string): string {
  if (!args[0]) throw new CliError(cliMessage('CLI_BOOK_REQUIRED', { command }));
  return args[0];
}

export async function runCommand(positionals: string[], options: CliOptions, print: Print): Promise<number> {
  const [command, ...args] = positionals;
  const lang = options.lang;
  const policy = loadPolicy(options.policy);
  // each long step announced on the terminal, and the line cleared once it is done
  const step = <T>(name: 'reading' | 'working' | 'writing', run: () => T): T => {
    options.progress?.(name);
    try {
      return run();
    } finally {
      options.progress?.('done');
    }
  };
  switch (command) {
    case 'validate': {
      const book = openWorkbookFile(requireBook(args, command));
      const report = validateWorkbook(book.grid, policy, options.year);
      const plan = isPlanRegister(report.model);
      if (options.json) print(JSON.stringify({ errors: report.errors, warnings: report.warnings, plan, issues: report.issues }, null, 2));
      else {
        // a project list alone is read as a plan: said, so a missed indicator table is not taken for a clean register
        const sheet = report.model.projectSheet?.name ?? '';
        if (plan) print(message('PLAN_REGISTER', { sheet, n: report.model.projects.length })[lang]);
        formatIssues(report.issues, lang).forEach(print);
      }
      return report.errors > 0 ? 1 : 0;
    }
    case 'grade': {
      const path = requireBook(args, command);
      // Only the changes outlive the grading: the grid and the model go before the patch, which needs the
      // memory for the sheet's text. A refused column insert reads the file again, as rare as it is.
      const gradeFile = (placeColumns: 'group' | 'edge') => {
        const book = step('reading', () => openWorkbookFile(path));
        // read and written in one go, a file has no co-author to check for: the cells the add-in checks before
        // it writes (400,000 at 100,000 rows) are not listed
        const { byIndicator, ...report } = step('working', () =>
          gradeWorkbookChanges(book.grid, {
            year: options.year,
            policy,
            overwrite: options.overwrite,
            placeColumns,
            expectCells: false,
            stepDone: releaseMemory,
          }),
        );
        // The terminal shows the first of the indicators' groups (100,000 at 100,000 rows, 23 MB): its lines are
        // made now and the groups go before the patch; --json lists every one.
        const shown: { groups: GroupedGradeChanges } | { lines: string[] } = options.json
          ? { groups: byIndicator }
          : { lines: formatGradeChanges({ ...report, byIndicator }, lang, options.changes !== undefined) };
        // the restore record's own guard goes too
        return { bytes: book.bytes, report: { ...report, changes: { ...report.changes, expected: undefined } }, shown };
      };
      let { bytes, report, shown } = gradeFile('group');
      const out = options.output ?? defaultOutput(path, 'graded');
      let refused: ColumnInsertRefusedError | undefined;
      const patch = () => {
        // the grid and the model are garbage once the changes are planned
        releaseMemory();
        return patchXlsx(bytes, report.changes, { stepDone: releaseMemory });
      };
      const patched = step('writing', () => {
        try {
          return patch();
        } catch (e) {
          // a sheet the file path cannot shift safely: the new column goes to the table's edge instead
          if (!(e instanceof ColumnInsertRefusedError)) throw e;
          refused = e;
          ({ bytes, report, shown } = gradeFile('edge'));
          return patch();
        }
      });
      step('writing', () => saveWorkbook(out, patched, path));
      if (options.changes) {
        saveOutput(options.changes, changesCsv(report, lang), path);
        if (!options.json)
          print(cliMessage('CLI_CHANGES_SAVED', { path: options.changes, n: report.changed.length + report.skipped.length })[lang]);
      }
      if ('groups' in shown) {
        print(JSON.stringify(gradeJson({ ...report, byIndicator: shown.groups }), null, 2));
        return report.validation.errors > 0 ? 1 : 0;
      }
      if (report.validation.issues.length > 0) formatIssueDigest(report.validation.issues, lang).forEach(print);
      shown.lines.forEach(print);
      for (const note of columnNotes(report, refused)) print(note[lang]);
      if (report.yearErrors.length > 0)
        print(cliMessage('CLI_GRADE_ERRORS_LEFT', { year: report.year, n: report.yearErrors.length })[lang]);
      print(cliMessage('CLI_GRADE_SAVED', { year: report.year, out })[lang]);
      if (report.changed.length > 0) print(cliMessage('CLI_UNDO_HINT', { out })[lang]);
      return report.validation.errors > 0 ? 1 : 0;
    }
    case 'summary': {
      const path = requireBook(args, command);
      const book = step('reading', () => openWorkbookFile(path));
      const summarise = () =>
        summariseWorkbook(book.grid, { year: options.year, previous: options.previous, policy, draft: options.draft });
      const report = step('working', summarise);
      const year = report.summary.year;
      if (!report.changes || !report.sheet) {
        // Figures that rest on errors are not written: the errors, with their cells, and how to get a draft.
        if (options.json) {
          print(JSON.stringify({ year, errors: report.yearErrors }, null, 2));
        } else {
          formatIssueDigest(report.validation.issues, lang).forEach(print);
          print(cliMessage('CLI_SUMMARY_STOPPED', { year, n: report.yearErrors.length })[lang]);
        }
        return 1;
      }
      const out = options.output ?? defaultOutput(path, 'summary');
      const changes = report.changes;
      step('writing', () => saveWorkbook(out, patchXlsx(book.bytes, changes), path));
      if (options.json) {
        print(JSON.stringify(summaryJson(report.summary, report.yearErrors.length), null, 2));
      } else {
        if (report.validation.issues.length > 0) formatIssueDigest(report.validation.issues, lang).forEach(print);
        formatSummary(report.summary, policy, lang).forEach(print);
        if (report.yearErrors.length > 0) print(cliMessage('CLI_SUMMARY_DRAFT', { n: report.yearErrors.length })[lang]);
        print(cliMessage('CLI_SUMMARY_SAVED', { sheet: report.sheet.name, out })[lang]);
      }
      return report.validation.errors > 0 ? 1 : 0;
    }
    case 'boxes': {
      const path = requireBook(args, command);
      // As in grade, the grid and the model go before the patch: a box per project of a large register is a million cells.
      const boxFile = () => {
        const book = step('reading', () => openWorkbookFile(path));
        const { validation, ...boxed } = step('working', () => boxesWorkbook(book.grid, { year: options.year, policy }));
        return { bytes: book.bytes, report: { ...boxed, validation: { issues: validation.issues, errors: validation.errors } } };
      };
      const { bytes, report } = boxFile();
      if (!report.changes || !report.sheet) {
        formatIssueDigest(report.validation.issues, lang).forEach(print);
        print(message('COMMAND_BOXES_STOPPED', { year: report.year, n: report.yearErrors.length })[lang]);
        return 1;
      }
      const out = options.output ?? defaultOutput(path, 'boxes');
      const changes = report.changes;
      releaseMemory();
      step('writing', () => saveWorkbook(out, patchXlsx(bytes, changes), path));
      print(cliMessage('CLI_BOXES_SAVED', { sheet: report.sheet.name, out })[lang]);
      return report.validation.errors > 0 ? 1 : 0;
    }
    case 'trend': {
      const path = requireBook(args, command);
      const book = step('reading', () => openWorkbookFile(path));
      const report = step('working', () => trendWorkbook(book.grid, { from: options.from, to: options.to, policy }));
      if (!report.changes || !report.sheet) {
        // No year with results, or figures that would rest on errors: nothing is written.
        if (options.json) print(JSON.stringify({ ...trendJson(report.trend), errors: report.yearErrors }, null, 2));
        else {
          if (report.validation.issues.length > 0) formatIssueDigest(report.validation.issues, lang).forEach(print);
          // figures that rest on errors are not shown, on the terminal either
          if (report.yearErrors.length > 0) print(cliMessage('CLI_TREND_STOPPED', { n: report.yearErrors.length })[lang]);
          else formatTrend(report.trend, policy, lang).forEach(print);
        }
        return 1;
      }
      const out = options.output ?? defaultOutput(path, 'trend');
      const changes = report.changes;
      step('writing', () => saveWorkbook(out, patchXlsx(book.bytes, changes), path));
      if (options.json) print(JSON.stringify(trendJson(report.trend), null, 2));
      else {
        formatTrend(report.trend, policy, lang).forEach(print);
        print(cliMessage('CLI_SHEET_SAVED', { sheet: report.sheet.name, out })[lang]);
      }
      return report.validation.errors > 0 ? 1 : 0;
    }
    case 'restore': {
      const path = requireBook(args, command);
      const { bytes, report } = plannedFile(path, (grid) => restoreWorkbook(grid, { overwrite: options.overwrite }));
      formatRestore(report, lang).forEach(print);
      if (!report.changes) return 1;
      const out = options.output ?? defaultOutput(path, 'restored');
      releaseMemory();
      saveWorkbook(out, patchXlsx(bytes, report.changes, { stepDone: releaseMemory }), path);
      print(`${restoredText(report)[lang]} → ${out}`);
      return 0;
    }
    case 'compare': {
      if (!args[0] || !args[1]) throw new CliError(cliMessage('CLI_TWO_BOOKS_REQUIRED', { command }));
      const [oldPath, newPath] = args;
      const [oldBook, newBook] = step('reading', () => [openWorkbookFile(oldPath), openWorkbookFile(newPath)]);
      const sources = { old: basename(oldPath), new: basename(newPath) };
      const report = step('working', () => compareWorkbooks(oldBook.grid, newBook.grid, { policy, draft: options.draft, sources }));
      const errors = errorCount(report.errors);
      // each register's errors under its file's name: both may have a sheet called 事業一覧
      const digest = () =>
        (['old', 'new'] as const).forEach((which) => {
          if (report.errors[which].length === 0) return;
          print(message('COMPARE_ERRORS_IN', { file: sources[which] })[lang]);
          formatIssueDigest(report.errors[which], lang).forEach(print);
        });
      if (!report.changes || !report.sheet) {
        // figures that rest on errors are not shown, on the terminal either
        if (options.json) print(JSON.stringify({ errors: report.errors }, null, 2));
        else {
          digest();
          print(message('COMPARE_STOPPED', { n: errors })[lang]);
        }
        return 1;
      }
      if (options.json) print(JSON.stringify(comparisonJson(report.comparison, errors), null, 2));
      else {
        digest();
        formatComparison(report.comparison, sources, lang).forEach(print);
      }
      const out = options.output ?? defaultOutput(newPath, 'compare');
      const changes = report.changes;
      step('writing', () => saveWorkbook(out, patchXlsx(newBook.bytes, changes), [oldPath, newPath]));
      if (!options.json) print(cliMessage('CLI_SHEET_SAVED', { sheet: report.sheet.name, out })[lang]);
      return errors > 0 ? 1 : 0;
    }
    case 'template': {
      const out = requireBook(args, command);
      const years = templateYears(options.from, options.to);
      saveWorkbook(out, createXlsx(createTemplateSheets(years.from, years.to, policy)));
      print(cliMessage('CLI_TEMPLATE_SAVED', { out })[lang]);
      return 0;
    }
    case 'demo':
      return runDemo(args[0] ?? 'shinchoku-demo', options, policy, print);
    default:
      throw new CliError(cliMessage('CLI_UNKNOWN_COMMAND', { command: String(command) }));
  }
}

/** The sample workbook end to end: write it, validate, grade, summarise, print the table. */
async function runDemo(dir: string, options: CliOptions, policy: GradingPolicy, print: Print): Promise<number> {
  const lang = options.lang;
  mkdirSync(dir, { recursive: true });
  const sample = join(dir, SAMPLE_FILE_NAME);
  saveWorkbook(sample, createXlsx(buildSampleSheets()));
  print(cliMessage('CLI_DEMO_SAMPLE', { path: sample })[lang]);
  const book = openWorkbookFile(sample);
  const validation = validateWorkbook(book.grid, policy);
  print(cliMessage('CLI_DEMO_VALIDATE')[lang]);
  formatIssues(validation.issues, lang).forEach(print);
  const graded = gradeWorkbook(book.grid, { year: options.year, policy });
  const gradedPath = join(dir, 'aomori-sample.graded.xlsx');
  const gradedBytes = patchXlsx(book.bytes, graded.changes);
  saveWorkbook(gradedPath, gradedBytes);
  print(cliMessage('CLI_DEMO_GRADE', { year: graded.year, n: graded.changed.length, path: gradedPath })[lang]);
  const gradedBook = openWorkbookFile(gradedPath);
  // The year before, when the workbook has its columns; the summary says so if it holds no results.
  const before = graded.year - 1;
  const previous = graded.validation.model.years.includes(before) ? before : undefined;
  const summary = summariseWorkbook(gradedBook.grid, { year: graded.year, previous, policy });
  if (!summary.changes) {
    formatIssues(summary.yearErrors, lang).forEach(print);
    print(cliMessage('CLI_SUMMARY_STOPPED', { year: graded.year, n: summary.yearErrors.length })[lang]);
    return 1;
  }
  const summaryPath = join(dir, 'aomori-sample.summary.xlsx');
  const summaryBytes = patchXlsx(gradedBytes, summary.changes);
  saveWorkbook(summaryPath, summaryBytes);
  print(cliMessage('CLI_DEMO_SUMMARY', { path: summaryPath })[lang]);
  formatSummary(summary.summary, policy, lang).forEach(print);
  // The conference's other pages, each its own run (and restore point) on top of the summary.
  const trend = trendWorkbook(readXlsx(summaryBytes), { policy });
  const withTrend = trend.changes ? patchXlsx(summaryBytes, trend.changes) : summaryBytes;
  const boxes = boxesWorkbook(readXlsx(withTrend), { year: graded.year, policy });
  const reportsPath = join(dir, 'aomori-sample.reports.xlsx');
  saveWorkbook(reportsPath, boxes.changes ? patchXlsx(withTrend, boxes.changes) : withTrend);
  print(cliMessage('CLI_DEMO_REPORTS', { path: reportsPath })[lang]);
  formatTrend(trend.trend, policy, lang).forEach(print);
  // the next year's list beside it: what the second vision's plan carries over, adds, drops and merges
  const plan = join(dir, PLAN_2026_FILE_NAME);
  const planBytes = createXlsx(buildPlan2026Sheets());
  saveWorkbook(plan, planBytes);
  const sources = { old: SAMPLE_FILE_NAME, new: PLAN_2026_FILE_NAME };
  const compared = compareWorkbooks(book.grid, readXlsx(planBytes), { policy, sources });
  const comparePath = join(dir, 'aomori-plan-2026.compare.xlsx');
  if (compared.changes) saveWorkbook(comparePath, patchXlsx(planBytes, compared.changes));
  print(cliMessage('CLI_DEMO_COMPARE', { plan, path: comparePath })[lang]);
  formatComparison(compared.comparison, sources, lang).slice(0, 3).forEach(print);
  return validation.errors > 0 ? 1 : 0;
}

/** A workbook file read and planned: only its bytes and the plan outlive this, so its grid can go before the patch. */
function plannedFile<T>(path: string, plan: (grid: WorkbookGrid) => T): { bytes: Uint8Array; report: T } {
  const book = openWorkbookFile(path);
  return { bytes: book.bytes, report: plan(book.grid) };
}
