// The Content-Security-Policy of every page, in one place: webpack writes it into each page's
// <meta http-equiv> (first in <head>, before any script or style), the playground server also sends
// it as a header, and test/security checks both.
//
// - Scripts come only from the add-in's own files (and, on the Office pages, from Microsoft's
//   office.js CDN, which loads the rest of Office.js from the same host): no inline script, no eval.
// - Styles allow 'unsafe-inline': Fluent UI (griffel) inserts <style> elements at run time. Styles
//   cannot run code.
// - connect-src: the pages fetch nothing; office.js may fetch its own localized strings from its host.
// - frame-src on the Office pages: office.js itself opens frames to the Office host it runs in
//   (Excel on the web's trust check and the Dialog API); our code opens none.
'use strict';

const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';

const COMMON = {
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'none'"],
};

const POLICIES = {
  office: { ...COMMON, 'script-src': ["'self'", OFFICE_JS_HOST], 'connect-src': ["'self'", OFFICE_JS_HOST], 'frame-src': ["'self'", 'https:'] },
  playground: { ...COMMON, 'script-src': ["'self'"], 'connect-src': ["'self'"], 'frame-src': ["'none'"] },
  // The help page: text, its icon and its own <style>; no script at all.
  help: { 'default-src': ["'none'"], 'style-src': ["'unsafe-inline'"], 'img-src': ["'self'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] },
};

/** The policy text of a page kind: 'office' (task pane, commands, notification), 'playground' or 'help'. */
function contentSecurityPolicy(kind) {
  const policy = POLICIES[kind];
  if (!policy) throw new Error(`No Content-Security-Policy for "${kind}".`);
  return Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

module.exports = { contentSecurityPolicy, OFFICE_JS_HOST };
