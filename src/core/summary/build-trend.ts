import type { GradingPolicy, Trend, TrendYear } from '../model';
import type { WorkbookModel } from '../sheets/read-workbook';
import { buildYearSummary, hasResults } from './build-summary';

/** A vision period is five years; a range longer than this is a typing error, not a request. */
export const MAX_TREND_YEARS = 30;

/** Percentage points between two shares printed to one decimal (78.9 − 48.9 = 30.0, never 29.999…). */
const points = (now: number, before: number) => Math.round((now - before) * 10) / 10;

/**
 * 進捗評価の推移 over the vision period: each year with results, as the year's summary counts it
 * (the same items, the same largest-remainder shares), with the projects new that year.
 */
export function buildTrend(model: WorkbookModel, policy: GradingPolicy, range: { from?: number; to?: number } = {}): Trend {
  const from = range.from ?? Math.min(...model.years);
  const to = range.to ?? Math.max(...model.years);
  // every year asked for: one the workbook has no columns for is named as having no results, like an empty one
  const years =
    model.years.length === 0 ? [] : Array.from({ length: Math.max(0, Math.min(to - from + 1, MAX_TREND_YEARS)) }, (_, i) => from + i);
  const shown = years.filter((y) => hasResults(model, y));
  const rows: TrendYear[] = [];
  for (const year of shown) {
    const summary = buildYearSummary(model, year, policy);
    const first = rows[0];
    const previous = rows[rows.length - 1];
    rows.push({
      year,
      projects: summary.totals.projects,
      newProjects: model.projects.filter((p) => p.project.startYear === year).map((p) => ({ no: p.project.no, name: p.project.name })),
      items: summary.totals.items,
      counts: summary.totals.counts,
      percents: summary.totals.percents,
      favorable: summary.favorable,
      changeFromFirst: first ? points(summary.favorable.percent, first.favorable.percent) : null,
      changeFromPrevious: previous ? points(summary.favorable.percent, previous.favorable.percent) : null,
    });
  }
  return { years: rows, withoutResults: years.filter((y) => !shown.includes(y)) };
}
