import type { Language } from '../core/messages/language';
import type { WorkbookGrid } from '../core/workbook/cell-grid';
import type { BrowserWorkbookPort, CellSelection } from './browser-workbook-port';

/** What the page offers scripts (the end-to-end tests) as window.__shinchoku. */
export interface PlaygroundHandle {
  /** true once the first workbook is loaded and the task pane rendered. */
  ready: boolean;
  /** When it became ready: milliseconds since the navigation started (performance.now()). */
  readyAt?: number;
  /** The current workbook as the engine reads it (every sheet's values, formulas, number formats, merges). */
  grid(): WorkbookGrid;
  /** The current workbook's file name (what the download is called). */
  fileName(): string;
  /** The selected cell, if any. */
  selection(): CellSelection | null;
  /** The current workbook as .xlsx bytes. */
  bytes(): Uint8Array;
}

/** Puts the handle on window (not declared globally here: the end-to-end tests declare the part they use). */
export function installPlaygroundHandle(handle: PlaygroundHandle): void {
  (window as unknown as { __shinchoku: PlaygroundHandle }).__shinchoku = handle;
}

/** window.__shinchoku over whichever workbook is open. */
export function createPlaygroundHandle(current: () => BrowserWorkbookPort): PlaygroundHandle {
  return {
    ready: false,
    grid: () => current().getSnapshot().grid,
    fileName: () => current().fileName,
    selection: () => current().getSnapshot().selection,
    bytes: () => current().toBytes(),
  };
}

/** ?lang=en and ?theme=dark; Japanese and light otherwise. */
export function displayFromUrl(search: string): { language: Language; dark: boolean } {
  const params = new URLSearchParams(search);
  return { language: params.get('lang') === 'en' ? 'en' : 'ja', dark: params.get('theme') === 'dark' };
}

/** The URL with ?lang and ?theme set to the display (defaults left out), other parameters kept. */
export function urlWithDisplay(href: string, language: Language, dark: boolean): string {
  const url = new URL(href);
  if (language === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  if (dark) url.searchParams.set('theme', 'dark');
  else url.searchParams.delete('theme');
  return url.toString();
}
