// The Content-Security-Policy of every page, in one place: webpack writes it into each page's
// <meta http-equiv> (first in <head>, before any script or style), the playground server also sends
// it as a header, and test/security checks both.
//
// - Scripts come only from the add-in's own files (and, on the Office pages, from Microsoft's
//   office.js CDN, which loads the rest of Office.js from the same host): no inline script, no eval.
// - Styles allow 'unsafe-inline': Fluent UI (griffel) and Excel on the web's office.js insert <style>
//   elements at run time, and a nonce would need a server writing each response (these are static
//   files). Styles run no code, and default-src keeps any url() in them to the pages' own files.
// - connect-src: our code fetches nothing ('self' is the dev server's live reload); office.js may
//   fetch its own files from its host. Its telemetry upload (*.pipe.aria.microsoft.com) is refused.
// - frame-src on the Office pages: only office.js's host, whose page Excel on the web's office.js
//   frames to ask about an unlisted host (AgaveErrorUX). Our code opens no frame; office.js's
//   telemetry frame (telemetryservice.firstpartyapps.oaspapps.com, loaded outside Office and by
//   older desktop builds) is refused: the pages talk to nothing but their own files and office.js.
'use strict';

const OFFICE_JS_HOST = 'https://appsforoffice.microsoft.com';

// Images and fonts fall back to default-src 'self': the pages use no data: URL (Fluent's icons are inline SVG).
const COMMON = {
  'default-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

const POLICIES = {
  office: { ...COMMON, 'script-src': ["'self'", OFFICE_JS_HOST], 'connect-src': ["'self'", OFFICE_JS_HOST], 'frame-src': [OFFICE_JS_HOST] },
  playground: { ...COMMON, 'script-src': ["'self'"], 'connect-src': ["'self'"], 'frame-src': ["'none'"] },
  // The help page: text, its icon and its own <style>; no script at all.
  help: {
    'default-src': ["'none'"],
    'style-src': ["'unsafe-inline'"],
    'img-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  },
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
