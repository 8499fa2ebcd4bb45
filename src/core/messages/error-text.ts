import type { LocalizedText } from './entry';

/**
 * The sentence an engine error carries in both languages (UsageError, WorkbookChangedError), or
 * undefined for any other error.
 */
export function localizedText(error: unknown): LocalizedText | undefined {
  if (typeof error !== 'object' || error === null || !('text' in error)) return undefined;
  const text = (error as { text: unknown }).text;
  if (typeof text !== 'object' || text === null) return undefined;
  const { ja, en } = text as Partial<LocalizedText>;
  return typeof ja === 'string' && typeof en === 'string' ? { ja, en } : undefined;
}
