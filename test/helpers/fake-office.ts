/**
 * The parts of the Office namespace the adapter and the ribbon commands use: requirement sets,
 * the platform, the display language, ribbon function association and the Dialog API.
 */

export interface FakeDialog {
  url: string;
  options: unknown;
  closed: boolean;
  /** The user pressed the dialog's button (the page sends messageParent). */
  pressClose(): void;
  /** The user closed it with its X (Office reports 12006). */
  dismiss(): void;
}

export interface FakeOfficeOptions {
  /** Highest ExcelApi set the host supports, e.g. '1.20' or '1.19'. */
  excelApi?: string;
  platform?: 'OfficeOnline' | 'PC';
  displayLanguage?: string;
  /** Make displayDialogAsync fail with this code (12009: the user declined the dialog on the web). */
  dialogError?: number;
  /** The document's settings (Office.context.document.settings), shared between installs to model reopening. */
  documentSettings?: Map<string, unknown>;
}

export interface FakeOffice {
  dialogs: FakeDialog[];
  associations: Map<string, (event: { completed: () => void }) => unknown>;
  /** Resolves when the next dialog opens. */
  nextDialog(): Promise<FakeDialog>;
  uninstall(): void;
}

function versionAtMost(wanted: string, supported: string): boolean {
  const [a1, a2 = 0] = wanted.split('.').map(Number);
  const [b1, b2 = 0] = supported.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

export function installFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const dialogs: FakeDialog[] = [];
  const waiting: ((d: FakeDialog) => void)[] = [];
  const associations = new Map<string, (event: { completed: () => void }) => unknown>();
  const documentSettings = options.documentSettings ?? new Map<string, unknown>();
  const EventType = { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
  const AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };

  const office = {
    EventType,
    AsyncResultStatus,
    onReady: (cb?: () => void) => {
      cb?.();
      return Promise.resolve({ host: 'Excel', platform: options.platform ?? 'OfficeOnline' });
    },
    actions: {
      associate: (name: string, fn: (event: { completed: () => void }) => unknown) => associations.set(name, fn),
    },
    context: {
      // Settings.get/set/saveAsync: kept with the document (here, in the fake's map).
      document: {
        settings: {
          get: (name: string) => documentSettings.get(name) ?? null,
          set: (name: string, value: unknown) => void documentSettings.set(name, JSON.parse(JSON.stringify(value))),
          saveAsync: (callback?: (result: { status: string }) => void) => setTimeout(() => callback?.({ status: 'succeeded' }), 0),
        },
      },
      platform: options.platform ?? 'OfficeOnline',
      displayLanguage: options.displayLanguage ?? 'ja-JP',
      requirements: {
        isSetSupported: (name: string, version = '1.1') => {
          if (name === 'ExcelApi') return versionAtMost(version, options.excelApi ?? '1.20');
          return name === 'DialogApi';
        },
      },
      ui: {
        displayDialogAsync: (url: string, dialogOptions: unknown, callback: (result: unknown) => void) => {
          setTimeout(() => {
            if (options.dialogError !== undefined) {
              callback({ status: AsyncResultStatus.Failed, error: { code: options.dialogError, message: 'declined' } });
              return;
            }
            const handlers = new Map<string, (arg: unknown) => void>();
            const dialog: FakeDialog = {
              url,
              options: dialogOptions,
              closed: false,
              pressClose: () => handlers.get(EventType.DialogMessageReceived)?.({ message: 'close', origin: new URL(url).origin }),
              dismiss: () => {
                dialog.closed = true;
                handlers.get(EventType.DialogEventReceived)?.({ error: 12006 });
              },
            };
            dialogs.push(dialog);
            callback({
              status: AsyncResultStatus.Succeeded,
              value: {
                addEventHandler: (type: string, handler: (arg: unknown) => void) => handlers.set(type, handler),
                close: () => {
                  if (dialog.closed) throw new Error('dialog already closed');
                  dialog.closed = true;
                },
              },
            });
            waiting.shift()?.(dialog);
          }, 0);
        },
      },
    },
  };

  const g = globalThis as unknown as { Office?: unknown };
  const before = g.Office;
  g.Office = office;
  return {
    dialogs,
    associations,
    nextDialog: () => new Promise<FakeDialog>((resolve) => waiting.push(resolve)),
    uninstall: () => {
      g.Office = before;
    },
  };
}
