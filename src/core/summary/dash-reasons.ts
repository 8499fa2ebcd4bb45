import { message, type LocalizedText, type MessageCode } from '../messages/catalogue';
import { DASH_REASONS, type DashReason, type DashReasons, type GradingPolicy } from '../model';

const REASON_WORDS: Record<DashReason, MessageCode & `NOT_GRADED_${string}`> = {
  merged: 'NOT_GRADED_MERGED',
  pending: 'NOT_GRADED_TALLYING',
  biennial: 'NOT_GRADED_BIENNIAL',
  noActual: 'NOT_GRADED_NO_ACTUAL',
  noTarget: 'NOT_GRADED_NO_TARGET',
  other: 'NOT_GRADED_OTHER',
};

/** The word for one reason an item is "-" (実績値未入力, 統合事業 …). */
export function dashReasonWord(reason: DashReason): LocalizedText {
  return message(REASON_WORDS[reason]);
}

/** 「「-」47項目の内訳: 実績値未入力 47」: the reasons that occur, in the legend's order; null when no item is "-". */
export function dashReasonsText(reasons: DashReasons, policy: GradingPolicy): LocalizedText | null {
  const present = DASH_REASONS.filter((r) => reasons[r] > 0);
  const n = present.reduce((sum, r) => sum + reasons[r], 0);
  if (n === 0) return null;
  const listed = (lang: 'ja' | 'en') =>
    present
      .map((r) => message('SUMMARY_DASH_REASON', { reason: dashReasonWord(r)[lang], n: reasons[r] })[lang])
      .join(lang === 'ja' ? '、' : ', ');
  const label = policy.notGraded.label;
  return {
    ja: message('SUMMARY_DASH_REASONS', { label, n, reasons: listed('ja') }).ja,
    en: message('SUMMARY_DASH_REASONS', { label, n, reasons: listed('en') }).en,
  };
}
