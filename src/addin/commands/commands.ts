import { createOfficeWorkbookPort } from '../../adapters/office/office-workbook-port';
import { createWorkbookActions, type WorkbookActions } from '../../use-cases/workbook-session';
import { languageOf, type Language } from '../../core/messages/language';
import { failureText, gradeText, restoreText, summaryText, validateText } from './command-text';
import { showNotification, type NotificationOptions, type NotificationTone } from './show-notification';

/** The manifest's ExecuteFunction FunctionNames. */
export const COMMAND_FUNCTIONS = ['validateWorkbook', 'gradeWorkbook', 'summariseWorkbook', 'restoreWorkbook'] as const;
export type CommandFunction = (typeof COMMAND_FUNCTIONS)[number];

type Action = (actions: WorkbookActions, lang: Language) => Promise<string>;

const ACTIONS: Record<CommandFunction, Action> = {
  validateWorkbook: async (actions, lang) => validateText(await actions.validate(), lang),
  gradeWorkbook: async (actions, lang) => gradeText(await actions.grade(), lang),
  summariseWorkbook: async (actions, lang) => summaryText(await actions.summarise(), lang),
  // Never with overwrite: cells changed since the run are only listed, and the pane asks before discarding them.
  restoreWorkbook: async (actions, lang) => restoreText(await actions.restore(), lang),
};

/** Options for tests; the ribbon uses the defaults. */
export interface RibbonCommandOptions {
  notification?: NotificationOptions;
  /** The clock the five-minute limit is measured with. */
  now?: () => number;
}

/** Excel stops a ribbon command (ExecuteFunction) after five minutes. */
export const COMMAND_LIMIT_MS = 5 * 60 * 1000;
/** The notification closes itself this long after the click, well before the cut. */
export const NOTIFICATION_CLOSE_AT_MS = 4.5 * 60 * 1000;
/** The read and the write together must fit well within it: the rest is for the notification to be read. */
export const WORK_LIMIT_MS = 2.5 * 60 * 1000;

/**
 * One ribbon button: the same use cases as the task pane over the live workbook, the outcome (or
 * the error) in a notification, and event.completed() in every case, or Excel keeps the button busy.
 */
export function commandHandler(
  name: CommandFunction,
  options: RibbonCommandOptions = {},
): (event: Office.AddinCommands.Event) => Promise<void> {
  const now = options.now ?? Date.now;
  return async (event) => {
    const startedAt = now();
    try {
      const lang = languageOf(Office.context?.displayLanguage);
      let text: string;
      let tone: NotificationTone = 'info';
      try {
        const port = createOfficeWorkbookPort({ timeLimit: { startedAt, limitMs: WORK_LIMIT_MS, now } });
        text = await ACTIONS[name](createWorkbookActions(port), lang);
      } catch (error) {
        console.error(`Shinchoku: ${name} failed`, error);
        text = failureText(error, lang);
        tone = 'error';
      }
      // The notification closes itself before the command's limit, counted from the click, not from when it opened.
      await showNotification(text, tone, lang, Math.max(0, startedAt + NOTIFICATION_CLOSE_AT_MS - now()), options.notification);
    } finally {
      event.completed();
    }
  };
}

export function registerCommands(options: RibbonCommandOptions = {}): void {
  for (const name of COMMAND_FUNCTIONS) Office.actions.associate(name, commandHandler(name, options));
}

// The commands page loads office.js first; under tests Office is installed before this module loads.
if (typeof Office !== 'undefined') {
  void Office.onReady();
  registerCommands();
}
