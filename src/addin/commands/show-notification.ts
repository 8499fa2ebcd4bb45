import { message } from '../../core/messages/catalogue';
import type { Language } from '../../core/messages/language';

export type NotificationTone = 'info' | 'error';

export interface NotificationOptions {
  /** The page the dialog's URL is resolved against (the commands page); notification.html sits beside it. */
  baseUrl?: string;
  /** Tests close the dialog sooner than the command's own deadline. */
  timeoutMs?: number;
}

/** notification.html?… with everything the page shows, so it needs no script of ours beyond reading its URL. */
export function notificationUrl(text: string, tone: NotificationTone, lang: Language, baseUrl: string): string {
  const url = new URL('notification.html', baseUrl);
  const title = message(tone === 'error' ? 'COMMAND_NOTIFICATION_ERROR_TITLE' : 'COMMAND_NOTIFICATION_TITLE')[lang];
  url.search = new URLSearchParams({ lang, tone, title, text, close: message('COMMAND_NOTIFICATION_CLOSE')[lang] }).toString();
  return url.toString();
}

/**
 * Shows text in a small Office dialog (Dialog API 1.1: Excel on the web, Windows and Mac) and
 * resolves when it is closed, by its button or by the user, or when it could not open (e.g. the
 * user declined Excel on the web's prompt). It never rejects: the caller completes its event next.
 */
export function showNotification(
  text: string,
  tone: NotificationTone,
  lang: Language,
  /** ExecuteFunction commands time out after five minutes: the dialog closes itself before that. */
  closeAfterMs: number,
  options: NotificationOptions = {},
): Promise<void> {
  return new Promise<void>((resolve) => {
    let dialog: Office.Dialog | undefined;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      try {
        dialog?.close();
      } catch {
        // Already closed by the user.
      }
      resolve();
    };
    const timer = setTimeout(finish, Math.min(closeAfterMs, options.timeoutMs ?? closeAfterMs));
    try {
      const baseUrl = options.baseUrl ?? globalThis.location?.href ?? 'https://localhost:3000/commands.html';
      Office.context.ui.displayDialogAsync(
        notificationUrl(text, tone, lang, baseUrl),
        { height: 30, width: 35, displayInIframe: true },
        (result) => {
          if (result.status !== Office.AsyncResultStatus.Succeeded) {
            console.warn(`Shinchoku: notification not shown (${result.error?.code}): ${text}`);
            finish();
            return;
          }
          dialog = result.value;
          dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
          dialog.addEventHandler(Office.EventType.DialogEventReceived, finish);
        },
      );
    } catch (error) {
      console.warn('Shinchoku: notification not shown', error, text);
      finish();
    }
  });
}
