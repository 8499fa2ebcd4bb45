import type { GradingPolicy, Trend } from '../core/model';
import { message } from '../core/messages/catalogue';
import type { Language } from '../core/messages/language';
import { allLabels } from '../core/summary/build-summary';
import { displayWidth } from '../core/values/display-width';
import { padEnd, padStart } from './terminal-text';

/** The sign a change in points is printed with: +2.5, -1.0, 0.0. */
const signed = (n: number | null) => (n === null ? '' : n > 0 ? `+${n.toFixed(1)}` : n.toFixed(1));

/** 進捗評価の推移 on a terminal: a row per year, the sentences, the new projects, the years left out. */
export function formatTrend(trend: Trend, policy: GradingPolicy, lang: Language): string[] {
  const labels = allLabels(policy);
  const { years } = trend;
  const first = years[0];
  const last = years[years.length - 1];
  const lines: string[] = [];
  if (first && last) lines.push(message('TREND_TITLE', { from: first.year, to: last.year })[lang]);
  const header = [
    message('TREND_YEAR')[lang],
    message('TREND_PROJECTS')[lang],
    message('TREND_ITEMS')[lang],
    ...labels,
    message('TREND_FAVORABLE_COUNT', { labels: policy.favorable.join('+') })[lang],
    message('TREND_FAVORABLE_SHARE')[lang],
    message('TREND_FROM_FIRST')[lang],
    message('TREND_FROM_PREVIOUS')[lang],
  ];
  const rows = years.map((y) => [
    message('UI_YEAR_OPTION', { year: y.year })[lang],
    String(y.projects),
    String(y.items),
    ...labels.map((l) => String(y.counts[l])),
    String(y.favorable.count),
    `${y.favorable.percent.toFixed(1)}%`,
    signed(y.changeFromFirst),
    signed(y.changeFromPrevious),
  ]);
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i]))));
  for (const r of [header, ...rows])
    lines.push(
      r
        .map((c, i) => (i === 0 ? padEnd(c, widths[i]) : padStart(c, widths[i])))
        .join('  ')
        .trimEnd(),
    );
  if (first && last && first !== last) {
    const span = { from: first.year, to: last.year };
    lines.push(message('TREND_PROJECTS_CHANGE', { ...span, before: first.projects, after: last.projects })[lang]);
    const change = { before: first.favorable.percent, after: last.favorable.percent, points: last.changeFromFirst ?? 0 };
    lines.push(message('TREND_FAVORABLE_CHANGE', { ...span, ...change })[lang]);
  }
  if (years.length === 0) lines.push(message('TREND_NO_YEARS')[lang]);
  if (trend.withoutResults.length > 0) lines.push(message('TREND_WITHOUT_RESULTS', { years: trend.withoutResults })[lang]);
  for (const [i, y] of years.entries()) {
    if (i === 0 || y.newProjects.length === 0) continue;
    lines.push(
      `${message('TREND_NEW_PROJECTS')[lang]} ${message('TREND_NEW_YEAR', { year: y.year, before: years[i - 1].projects, after: y.projects })[lang]}`,
    );
    for (const p of y.newProjects) lines.push(`  ${p.no} ${p.name}`);
  }
  return lines;
}

/** The --json shape of the command-line contract (DOMAIN.md): the figures of each year shown. */
export function trendJson(trend: Trend): { years: unknown[]; withoutResults: number[] } {
  return {
    years: trend.years.map((y) => ({
      year: y.year,
      projects: y.projects,
      newProjects: y.newProjects,
      items: y.items,
      counts: y.counts,
      percents: y.percents,
      favorable: y.favorable,
      changeFromFirst: y.changeFromFirst,
      changeFromPrevious: y.changeFromPrevious,
    })),
    withoutResults: trend.withoutResults,
  };
}
