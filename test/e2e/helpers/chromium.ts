/** Debian's chromium; playwright-core downloads no browser of its own. The end-to-end tests and the bench launch it so. */
export const CHROMIUM = process.env.SHINCHOKU_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
