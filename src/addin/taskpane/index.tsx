import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { createOfficeWorkbookPort } from '../../adapters/office/office-workbook-port';
import { createWorkbookActions } from '../../use-cases/workbook-session';
import { App } from './app';
import { languageOf } from '../../core/messages/language';
import { isDarkTheme } from './office-display';

/** The task pane's entry: Office's language and theme in, the engine's actions over the live workbook down. */
Office.onReady(() => {
  const language = languageOf(Office.context.displayLanguage);
  let dark = false;
  try {
    dark = isDarkTheme(Office.context.officeTheme);
  } catch {
    // officeTheme is not offered on every platform: light it is.
  }
  document.documentElement.lang = language;
  createRoot(document.getElementById('root')!).render(
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} style={{ minHeight: '100vh' }}>
      <App actions={createWorkbookActions(createOfficeWorkbookPort())} language={language} dark={dark} />
    </FluentProvider>,
  );
});
