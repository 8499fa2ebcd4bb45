import { message, type LocalizedText } from '../messages/catalogue';
import type { GradingPolicy, Summary } from '../model';
import { dashReasonsText } from './dash-reasons';
import { favorableChange } from './favorable-change';

/**
 * The sentences under the table, in the order the sheet, the command line and the pane show them:
 * 比較的順調, the comparison (or why there is none), the reasons for "-", and the grades counted as typed.
 */
export function summaryNotes(summary: Summary, policy: GradingPolicy): { favorable: LocalizedText; details: LocalizedText[] } {
  const favorable = message('SUMMARY_FAVORABLE', {
    labels: policy.favorable.join('+'),
    count: summary.favorable.count,
    percent: summary.favorable.percent.toFixed(1),
  });
  const details: LocalizedText[] = [];
  const { previous } = summary;
  if (previous) {
    const change = favorableChange(summary.favorable.count, previous.favorable.count);
    const params = { year: previous.year, count: previous.favorable.count, percent: previous.favorable.percent.toFixed(1) };
    details.push({
      ja: message('SUMMARY_PREVIOUS', { ...params, change: change.ja }).ja,
      en: message('SUMMARY_PREVIOUS', { ...params, change: change.en }).en,
    });
  }
  if (summary.previousWithoutResults !== undefined)
    details.push(message('SUMMARY_PREVIOUS_NO_RESULTS', { year: summary.previousWithoutResults }));
  const dashes = dashReasonsText(summary.totals.dashReasons, policy);
  if (dashes) details.push(dashes);
  if (summary.typedGrades.length > 0) {
    details.push(message('SUMMARY_TYPED_GRADES', { n: summary.typedGrades.length }));
    for (const t of summary.typedGrades) {
      details.push(
        message('SUMMARY_TYPED_GRADE', {
          address: t.address,
          no: t.projectNo,
          indicator: t.indicator,
          typed: t.typed,
          computed: t.computed,
        }),
      );
    }
  }
  return { favorable, details };
}
