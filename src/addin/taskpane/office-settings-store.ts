import type { PaneSettings, SettingsStore } from './hooks/use-pane-settings';

const KEY = 'shinchoku.pane';

/**
 * The pane's settings in the workbook's own settings (Office.context.document.settings): they
 * travel with the file, so each area's workbook reopens on its own year and scale.
 */
export function officeSettingsStore(): SettingsStore {
  return {
    load: () => Office.context.document.settings.get(KEY) as unknown,
    save: (settings: PaneSettings) => {
      Office.context.document.settings.set(KEY, settings);
      Office.context.document.settings.saveAsync(() => undefined);
    },
  };
}
