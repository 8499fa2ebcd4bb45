import { useCallback, useRef, useState } from 'react';
import type { LocalizedText } from '../../../core/messages/catalogue';
import { message } from '../../../core/messages/catalogue';
import { errorText } from '../../../core/messages/error-text';
import type { GradingPolicy } from '../../../core/model';
import { restoredText } from '../../../use-cases/restore-workbook';
import { errorCount } from '../../../use-cases/compare-workbooks';
import type {
  ActionOptions,
  CompareResult,
  GradeResult,
  PickedFile,
  RestoreResult,
  SummaryResult,
  TrendResult,
  ValidateResult,
  WorkbookActions,
} from '../../../use-cases/workbook-session';

export type ActionKind = 'validate' | 'grade' | 'summarise' | 'boxes' | 'trend' | 'compare' | 'restore';

/** A result together with the scale it was computed with (labels and level names for display). */
export interface WithPolicy<T> {
  result: T;
  policy: GradingPolicy;
}

/** A finished action's sentence, and whether it needs the user's attention (errors, nothing written, a draft). */
export interface Outcome {
  text: LocalizedText;
  attention: boolean;
}

export interface SessionState {
  busy: ActionKind | null;
  error: LocalizedText | null;
  /** What the last finished action reported, for the status line. */
  done: Outcome | null;
  validation: ValidateResult | null;
  grade: WithPolicy<GradeResult> | null;
  summary: WithPolicy<SummaryResult> | null;
  trend: WithPolicy<TrendResult> | null;
  compare: CompareResult | null;
  restore: RestoreResult | null;
  /** Counts finished runs: result views are keyed by it, so each result starts with its lists folded. */
  runs: number;
}

/** What the pane asks for: the settings resolved to action options. */
export interface RunRequest {
  year: number | undefined;
  /** undefined = none; 'auto' = the year before the one graded, when the workbook has it. */
  previous: number | 'auto' | undefined;
  policy: GradingPolicy;
  overwrite?: boolean;
  /** Summary: build the sheet over the year's validation errors, marked 暫定 (the user confirmed). */
  draft?: boolean;
  /** Compare: the earlier register the user picked. */
  file?: PickedFile;
}

const INITIAL: SessionState = {
  busy: null,
  error: null,
  done: null,
  validation: null,
  grade: null,
  summary: null,
  trend: null,
  compare: null,
  restore: null,
  runs: 0,
};

function validationOf(r: ValidateResult): ValidateResult {
  return { issues: r.issues, errors: r.errors, warnings: r.warnings, years: r.years, latestYear: r.latestYear, plan: r.plan };
}

/** The year before `year` when the workbook has it. */
function yearBefore(year: number | undefined, years: number[]): number | undefined {
  return year !== undefined && years.includes(year - 1) ? year - 1 : undefined;
}

/** What the status line says after 評価: what was written, and that rows with errors were not graded. */
function gradeDone(result: GradeResult): Outcome {
  const written = message('COMMAND_GRADE_DONE', { year: result.year, changed: result.changed.length, skipped: result.skipped.length });
  if (result.yearErrors.length === 0) return { text: written, attention: false };
  const left = message('COMMAND_GRADE_ERRORS_LEFT', { n: result.yearErrors.length });
  return { text: { ja: `${written.ja} ${left.ja}`, en: `${written.en} ${left.en}` }, attention: true };
}

/** What the status line says after 集計: the sheet and its headline, or why no sheet was written. */
function summaryDone(result: SummaryResult): Outcome {
  const { favorable, year } = result.summary;
  const n = result.yearErrors.length;
  if (result.sheetName === null) return { text: message('COMMAND_SUMMARY_STOPPED', { year, n }), attention: true };
  const text = message('COMMAND_SUMMARY_DONE', { sheet: result.sheetName, count: favorable.count, percent: favorable.percent.toFixed(1) });
  // a draft is written, but its figures rest on errors
  return { text, attention: n > 0 };
}

/** What the status line says after 推移: the sheet and the last year's share, or why no sheet was written. */
function trendDone(result: TrendResult): Outcome {
  const { years } = result.trend;
  if (result.sheetName === null) {
    const text =
      result.yearErrors.length > 0 ? message('COMMAND_TREND_STOPPED', { n: result.yearErrors.length }) : message('TREND_NO_YEARS');
    return { text, attention: true };
  }
  const last = years[years.length - 1];
  return {
    text: message('COMMAND_TREND_DONE', { sheet: result.sheetName, years: years.length, percent: last.favorable.percent.toFixed(1) }),
    attention: false,
  };
}

/** What the status line says after 変更点: the sheet and the file compared, or why no sheet was written. */
function compareDone(result: CompareResult): Outcome {
  const n = errorCount(result.errors);
  if (result.sheetName === null) return { text: message('UI_COMPARE_STOPPED', { n }), attention: true };
  return {
    text: message('COMMAND_COMPARE_DONE', { sheet: result.sheetName, old: result.sources.old }),
    attention: n > 0,
  };
}

/**
 * The pane's state over the five actions: one action at a time, its result kept for display,
 * any error turned into a sentence in both languages. No Office.js here: only WorkbookActions.
 */
export function useWorkbookSession(actions: WorkbookActions) {
  const [state, setState] = useState<SessionState>(INITIAL);
  const stateRef = useRef(state);
  stateRef.current = state;
  const running = useRef(false);

  const update = useCallback((patch: Partial<SessionState>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      stateRef.current = next;
      return next;
    });
  }, []);

  const run = useCallback(
    async (kind: ActionKind, request: RunRequest) => {
      if (running.current) return;
      running.current = true;
      update({ busy: kind, error: null, done: null });
      const base: ActionOptions = { policy: request.policy };
      if (request.year !== undefined) base.year = request.year;
      try {
        if (kind === 'validate') {
          const result = await actions.validate(base);
          update({
            validation: validationOf(result),
            done: {
              text: message('COMMAND_VALIDATE_DONE', { errors: result.errors, warnings: result.warnings }),
              attention: result.errors > 0,
            },
          });
        } else if (kind === 'restore') {
          const result = await actions.restore({ overwrite: request.overwrite ?? false });
          update({
            restore: result,
            // what was undone is no longer in the sheets; a stopped restore changed nothing
            ...(result.restored ? { grade: null, summary: null, trend: null, compare: null } : {}),
            done: result.restored
              ? { text: restoredText(result), attention: false }
              : { text: message('RESTORE_CONFLICTS', { count: result.conflicts.length }), attention: true },
          });
        } else if (kind === 'grade') {
          const result = await actions.grade({ ...base, overwrite: request.overwrite ?? false });
          update({
            validation: validationOf(result),
            restore: null,
            grade: { result, policy: request.policy },
            // the grades changed: an earlier summary or trend no longer describes the sheet
            summary: null,
            trend: null,
            done: gradeDone(result),
          });
        } else if (kind === 'boxes') {
          const result = await actions.boxes(base);
          const n = result.yearErrors.length;
          update({
            validation: validationOf(result),
            restore: null,
            done:
              result.sheetName === null
                ? { text: message('COMMAND_BOXES_STOPPED', { year: result.year, n }), attention: true }
                : { text: message('COMMAND_BOXES_DONE', { sheet: result.sheetName, year: result.year }), attention: false },
          });
        } else if (kind === 'compare') {
          if (!request.file) return;
          const result = await actions.compare(request.file, { policy: request.policy, draft: request.draft ?? false });
          update({ compare: result, restore: null, done: compareDone(result) });
        } else if (kind === 'trend') {
          const result = await actions.trend({ policy: request.policy });
          update({ validation: validationOf(result), restore: null, trend: { result, policy: request.policy }, done: trendDone(result) });
        } else {
          const options: ActionOptions = { ...base, draft: request.draft ?? false };
          let previous = request.previous;
          if (previous === 'auto') {
            let known = stateRef.current.validation;
            if (!known) {
              // The comparison needs the workbook's years: read them first, in the same busy period.
              known = validationOf(await actions.validate(base));
              update({ validation: known });
            }
            previous = yearBefore(request.year ?? known.latestYear ?? undefined, known.years);
          }
          if (previous !== undefined) options.previous = previous;
          const result = await actions.summarise(options);
          update({
            validation: validationOf(result),
            restore: null,
            summary: { result, policy: request.policy },
            done: summaryDone(result),
          });
        }
      } catch (error) {
        update({ error: errorText(error) });
      } finally {
        running.current = false;
        update({ busy: null, runs: stateRef.current.runs + 1 });
      }
    },
    [actions, update],
  );

  /** Select a cell (an issue, a changed cell) or bring a sheet forward; a failure is shown like any other. */
  const go = useCallback(
    async (target: { sheet: string; row?: number; col?: number }) => {
      try {
        if (target.row !== undefined && target.col !== undefined) await actions.select(target.sheet, target.row, target.col);
        else await actions.activate(target.sheet);
      } catch (error) {
        update({ error: errorText(error) });
      }
    },
    [actions, update],
  );

  const dismissError = useCallback(() => update({ error: null }), [update]);

  return { state, run, go, dismissError };
}
