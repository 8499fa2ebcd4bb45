import { message } from './catalogue';
import type { hostMessages } from './host-messages';
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

/** Excel's error codes (Excel.ErrorCodes, OfficeExtension.ErrorCodes) that a user can act on. */
const HOST_ERRORS: Record<string, Exclude<keyof typeof hostMessages, 'HOST_ERROR_UNKNOWN' | 'HOST_ERROR_PARTIAL'>> = {
  InvalidOperationInCellEditMode: 'HOST_ERROR_CELL_EDIT',
  AccessDenied: 'HOST_ERROR_ACCESS_DENIED',
  InactiveWorkbook: 'HOST_ERROR_INACTIVE_WORKBOOK',
  UndoNotSupported: 'HOST_ERROR_UNDO_GROUP',
  RequestPayloadSizeLimitExceeded: 'HOST_ERROR_PAYLOAD',
  ResponsePayloadSizeLimitExceeded: 'HOST_ERROR_PAYLOAD',
  ItemNotFound: 'HOST_ERROR_SHEET_GONE',
};

/** The code Excel gave an error, or the error's own name (TypeError) when it has none. */
export function errorCode(error: unknown): string {
  if (typeof error !== 'object' || error === null) return typeof error;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code !== '') return code;
  return error instanceof Error ? error.name : 'Unknown';
}

/**
 * What went wrong, for the pane and the ribbon alike: the engine's own sentence, else Excel's
 * refusal by its code, else "unexpected" with the code. Excel's message text is never shown:
 * Microsoft says it is not meant for end users, and it is in the host's language, not the user's.
 */
export function errorText(error: unknown): LocalizedText {
  const own = localizedText(error);
  if (own) return own;
  const code = errorCode(error);
  const known = HOST_ERRORS[code];
  return known ? message(known) : message('HOST_ERROR_UNKNOWN', { code });
}
