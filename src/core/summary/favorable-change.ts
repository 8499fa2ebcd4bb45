import { message, type LocalizedText } from '../messages/catalogue';

/** 比較的順調 against the year compared with: 「3項目増加」, 「2項目減少」 or 「増減なし」. */
export function favorableChange(now: number, before: number): LocalizedText {
  const diff = now - before;
  if (diff > 0) return message('SUMMARY_CHANGE_UP', { n: diff });
  if (diff < 0) return message('SUMMARY_CHANGE_DOWN', { n: -diff });
  return message('SUMMARY_CHANGE_SAME');
}
