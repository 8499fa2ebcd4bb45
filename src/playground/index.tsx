import { createRoot } from 'react-dom/client';
import { BrowserWorkbookPort } from './browser-workbook-port';
import { createPlaygroundHandle, displayFromUrl, installPlaygroundHandle, urlWithDisplay } from './playground-handle';
import { PlaygroundPage } from './playground-page';

/** The playground's entry: the sample workbook, the language and theme from the URL, the page. No office.js. */
const { language, dark } = displayFromUrl(window.location.search);
const sample = BrowserWorkbookPort.sample();
let current = sample;
const handle = createPlaygroundHandle(() => current);
installPlaygroundHandle(handle);
document.documentElement.lang = language;

createRoot(document.getElementById('root')!).render(
  <PlaygroundPage
    initialPort={sample}
    initialLanguage={language}
    initialDark={dark}
    onWorkbook={(port) => {
      current = port;
    }}
    onReady={() => {
      handle.readyAt = performance.now();
      handle.ready = true;
    }}
    onDisplayChange={(nextLanguage, nextDark) =>
      window.history.replaceState(null, '', urlWithDisplay(window.location.href, nextLanguage, nextDark))
    }
  />,
);
