import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { createOfficeWorkbookPort } from '../../adapters/office/office-workbook-port';
import { createWorkbookActions, type PickedFile } from '../../use-cases/workbook-session';
import { App } from './app';
import { languageOf } from '../../core/messages/language';
import { isDarkTheme } from './office-display';
import { OfficeUnavailable } from './office-unavailable';
import { officeSettingsStore } from './office-settings-store';

/**
 * An earlier register the user picks to compare with (変更点): read by the .xlsx reader, loaded
 * only then, in its own chunk, so the pane's first load does not carry it.
 */
const readWorkbookFile = async (file: PickedFile) => (await import('../../adapters/xlsx/read-picked-file')).readPickedFile(file);

/** Office.onReady answers within a second or two in Excel; past this the page is not in Office. */
const OFFICE_READY_TIMEOUT_MS = 15_000;

let root: Root | undefined;

function render(node: ReactNode, dark = false): void {
  root ??= createRoot(document.getElementById('root')!);
  root.render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      {node}
    </FluentProvider>,
  );
}

/** Before Office answers, the browser's language is all there is. */
const browserLanguage = () => (navigator.language ? languageOf(navigator.language) : 'ja');

/** The task pane's entry: Office's language and theme in, the engine's actions over the live workbook down. */
function start(): void {
  if (typeof Office === 'undefined') {
    // office.js comes from Microsoft's CDN, which closed networks (LGWAN-connected terminals) may block.
    render(<OfficeUnavailable reason="not-loaded" language={browserLanguage()} />);
    return;
  }
  const timer = setTimeout(() => render(<OfficeUnavailable reason="no-host" language={browserLanguage()} />), OFFICE_READY_TIMEOUT_MS);
  void Office.onReady(() => {
    clearTimeout(timer);
    const language = languageOf(Office.context.displayLanguage);
    let dark = false;
    try {
      dark = isDarkTheme(Office.context.officeTheme);
    } catch {
      // officeTheme is not offered on every platform: light it is.
    }
    document.documentElement.lang = language;
    render(
      <App
        actions={createWorkbookActions(createOfficeWorkbookPort(), { readWorkbookFile })}
        language={language}
        dark={dark}
        settingsStore={officeSettingsStore()}
        helpUrl="help.html"
      />,
      dark,
    );
  });
}

start();
