import { message, type LocalizedText } from '../messages/catalogue';
import type { RoleIndicatorResult, Summary } from '../model';
import { dashReasonWord } from './dash-reasons';

/** The grade a role indicator shows, with its rate, why it is "-", or the rule's grade where a typed one differs. */
export function roleIndicatorGrade(r: RoleIndicatorResult): LocalizedText {
  const note = (lang: 'ja' | 'en') => {
    if (r.computed !== null) return message('SUMMARY_ROLE_COMPUTED', { computed: r.computed })[lang];
    if (r.dashReason !== null) return dashReasonWord(r.dashReason)[lang];
    return r.rate === null ? null : `${(r.rate * 100).toFixed(1)}%`;
  };
  const text = (lang: 'ja' | 'en') => {
    const n = note(lang);
    return n === null ? r.label : message('SUMMARY_ROLE_GRADE', { label: r.label, note: n })[lang];
  };
  return { ja: text('ja'), en: text('en') };
}

/**
 * 役割ごとの成果指標, a line each, for the terminal and the pane: 「役割1 指標: 実績値 597人 / 目標値 582人 → A（102.6%）」.
 * None when the register has no role indicator.
 */
export function roleIndicatorLines(summary: Summary): LocalizedText[] {
  const results = summary.roleIndicators ?? [];
  if (results.length === 0) return [];
  const line = (r: RoleIndicatorResult, lang: 'ja' | 'en') =>
    message('SUMMARY_ROLE_LINE', {
      role: message('OWNER_ROLE', { no: r.roleNo })[lang],
      indicator: r.indicator,
      actual: r.actual ?? '—',
      target: r.target ?? '—',
      grade: roleIndicatorGrade(r)[lang],
    })[lang];
  return [message('SUMMARY_ROLE_INDICATORS'), ...results.map((r) => ({ ja: line(r, 'ja'), en: line(r, 'en') }))];
}
