import type { WorkbookModel } from '../core/sheets/read-workbook';
import { parseFiscalYear } from '../core/values/parse-fiscal-year';

export class UsageError extends Error {
  constructor(readonly text: { ja: string; en: string }) {
    super(text.en);
  }
}

/** --year in any notation; without it, the latest year that has an actual. */
export function resolveYear(model: WorkbookModel, requested: string | number | undefined): number {
  if (requested !== undefined) {
    const parsed = parseFiscalYear(requested);
    if (!parsed.ok) {
      throw new UsageError({
        ja: `年度「${requested}」を読めません。2024、2024年度、R6、令和6年度のいずれかで指定してください。`,
        en: `Cannot read year "${requested}". Use 2024, 2024年度, R6 or 令和6年度.`,
      });
    }
    if (model.years.length > 0 && !model.years.includes(parsed.year)) {
      const known = model.years.map((y) => `${y}年度`).join('、');
      throw new UsageError({
        ja: `${parsed.year}年度の目標値・実績値の列（または行）がブックにありません（あるのは ${known}）。`,
        en: `The workbook has no target/actual columns (or rows) for FY${parsed.year}; it has ${model.years.map((y) => `FY${y}`).join(', ')}.`,
      });
    }
    return parsed.year;
  }
  let latest: number | undefined;
  for (const row of model.indicators) {
    for (const r of row.indicator.results) {
      if ((r.actual || r.enteredGrade) && (latest === undefined || r.year > latest)) latest = r.year;
    }
  }
  const fallback = latest ?? model.years.at(-1);
  if (fallback === undefined) {
    throw new UsageError({
      ja: '実績値の入った年度が見つかりません。--year で年度を指定してください。',
      en: 'No year with actuals found; give one with --year.',
    });
  }
  return fallback;
}
