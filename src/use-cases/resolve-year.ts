import { isPlanRegister, type WorkbookModel } from '../core/sheets/read-workbook';
import { message } from '../core/messages/catalogue';
import { parseFiscalYear } from '../core/values/parse-fiscal-year';

export class UsageError extends Error {
  constructor(readonly text: { ja: string; en: string }) {
    super(text.en);
  }
}

/** --year in any notation; without it, the latest year that has an actual. */
export function resolveYear(model: WorkbookModel, requested: string | number | undefined): number {
  if (isPlanRegister(model)) throw new UsageError(message('NO_INDICATORS'));
  if (requested !== undefined) {
    const parsed = parseFiscalYear(requested);
    if (!parsed.ok) {
      throw new UsageError(message('YEAR_UNREADABLE', { requested }));
    }
    if (model.years.length > 0 && !model.years.includes(parsed.year)) {
      throw new UsageError(message('YEAR_NOT_IN_WORKBOOK', { year: parsed.year, years: model.years }));
    }
    return parsed.year;
  }
  const fallback = latestYearWithResults(model) ?? model.years.at(-1);
  if (fallback === undefined) {
    throw new UsageError(message('YEAR_NONE_WITH_ACTUALS'));
  }
  return fallback;
}

/** The latest year any indicator has an actual or a grade for; null for a register with no results yet. */
export function latestYearWithResults(model: WorkbookModel): number | null {
  let latest: number | null = null;
  for (const row of model.indicators) {
    for (const r of row.indicator.results) {
      if ((r.actual || r.enteredGrade) && (latest === null || r.year > latest)) latest = r.year;
    }
  }
  return latest;
}
