import { message, type LocalizedText } from '../messages/catalogue';
import type { GradingPolicy, Summary } from '../model';
import { allLabels } from './build-summary';

/**
 * The year by member municipality, a line each, for the terminal and the pane:
 * 「平内町【57事業】57項目: A 6 · B 4 · C 0 · D 0 · - 47 / 比較的順調 10項目 17.5%」. None without ○ columns.
 */
export function townLines(summary: Summary, policy: GradingPolicy): LocalizedText[] {
  const towns = summary.towns ?? [];
  if (towns.length === 0) return [];
  const labels = allLabels(policy);
  const line = (t: (typeof towns)[number], lang: 'ja' | 'en') =>
    message('SUMMARY_TOWN_LINE', {
      town: t.name,
      projects: t.projects,
      items: t.items,
      counts: labels.map((l) => `${l} ${t.counts[l] ?? 0}`).join(' · '),
      labels: policy.favorable.join('+'),
      favorable: t.favorable.count,
      percent: t.favorable.percent.toFixed(1),
    })[lang];
  return [message('SUMMARY_TOWNS'), ...towns.map((t) => ({ ja: line(t, 'ja'), en: line(t, 'en') }))];
}
