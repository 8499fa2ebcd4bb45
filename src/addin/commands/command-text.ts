import { message, type MessageArgs, type MessageCode } from '../../core/messages/catalogue';
import type { GradeResult, RestoreResult, SummaryResult, ValidateResult } from '../../use-cases/workbook-session';
import { errorText } from '../../core/messages/error-text';
import type { Language } from '../../core/messages/language';
import { restoredText } from '../../use-cases/restore-workbook';

function say<C extends MessageCode>(code: C, lang: Language, ...params: MessageArgs<C>): string {
  return message(code, ...params)[lang];
}

/** Problems are listed in the pane; the notification only counts them and says where to look. */
function withPaneHint(lines: string[], result: ValidateResult, lang: Language): string {
  if (result.errors + result.warnings > 0) lines.push(say('COMMAND_SEE_PANE', lang));
  return lines.join('\n');
}

export function validateText(result: ValidateResult, lang: Language): string {
  return withPaneHint([say('COMMAND_VALIDATE_DONE', lang, { errors: result.errors, warnings: result.warnings })], result, lang);
}

export function gradeText(result: GradeResult, lang: Language): string {
  const lines = [say('COMMAND_GRADE_DONE', lang, { year: result.year, changed: result.changed.length, skipped: result.skipped.length })];
  if (result.yearErrors.length > 0) lines.push(say('COMMAND_GRADE_ERRORS_LEFT', lang, { n: result.yearErrors.length }));
  // a column put into the sheet moved the columns right of it: the notification says so
  lines.push(...result.notes.map((note) => note[lang]));
  if (result.errors + result.warnings > 0)
    lines.push(say('COMMAND_VALIDATE_DONE', lang, { errors: result.errors, warnings: result.warnings }));
  return withPaneHint(lines, result, lang);
}

export function summaryText(result: SummaryResult, lang: Language): string {
  const { favorable, year } = result.summary;
  // Over errors the ribbon never builds a draft: the pane asks for that.
  const lines =
    result.sheetName === null
      ? [say('COMMAND_SUMMARY_STOPPED', lang, { year, n: result.yearErrors.length })]
      : [say('COMMAND_SUMMARY_DONE', lang, { sheet: result.sheetName, count: favorable.count, percent: favorable.percent.toFixed(1) })];
  if (result.errors + result.warnings > 0)
    lines.push(say('COMMAND_VALIDATE_DONE', lang, { errors: result.errors, warnings: result.warnings }));
  return withPaneHint(lines, result, lang);
}

export function restoreText(result: RestoreResult, lang: Language): string {
  if (result.restored) return [restoredText(result)[lang], say('UI_RESTORE_REMAINING', lang, { n: result.remaining })].join('\n');
  return [say('RESTORE_CONFLICTS', lang, { count: result.conflicts.length }), say('COMMAND_RESTORE_SEE_PANE', lang)].join('\n');
}

/** A sentence the user can act on, in the user's language (see errorText). */
export function failureText(error: unknown, lang: Language): string {
  return say('COMMAND_FAILED', lang, { reason: errorText(error)[lang] });
}
