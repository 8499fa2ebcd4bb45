// The add-in manifest's base URL: manifest.xml is written for the development server
// (https://localhost:3000/); the production build writes a copy whose every URL starts with the
// base the add-in is hosted at, SHINCHOKU_BASE_URL. Used by webpack.config.js and test/manifest/.
'use strict';

/** The base every URL in manifest.xml starts with. */
const DEV_BASE_URL = 'https://localhost:3000/';

/** The environment variable that names the production base URL at build time. */
const BASE_URL_VARIABLE = 'SHINCHOKU_BASE_URL';

/**
 * Checks and normalises a base URL: absolute https, no query or fragment, ending in '/'.
 * Throws an Error whose message says what is wrong.
 */
function normaliseBaseUrl(raw) {
  const text = String(raw ?? '').trim();
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`${BASE_URL_VARIABLE} must be an absolute https URL such as https://addin.example.jp/shinchoku/ (got "${text}")`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(`${BASE_URL_VARIABLE} must use https: Office loads add-ins only over HTTPS (got "${text}")`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`${BASE_URL_VARIABLE} must not contain a query, fragment or credentials (got "${text}")`);
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${path}`;
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Returns the manifest with every development URL moved to baseUrl: URLs under
 * https://localhost:3000/ keep their path below the base, and the bare origin (AppDomain) becomes
 * the new origin. Throws if anything still names the development host afterwards.
 */
function rewriteManifestUrls(manifestXml, baseUrl, devBaseUrl = DEV_BASE_URL) {
  const base = normaliseBaseUrl(baseUrl);
  const devBase = normaliseBaseUrl(devBaseUrl);
  const devOrigin = new URL(devBase).origin;
  const origin = new URL(base).origin;
  const rewritten = manifestXml.split(devBase).join(escapeXmlAttribute(base)).split(devOrigin).join(escapeXmlAttribute(origin));
  const devHost = new URL(devBase).host;
  if (base !== devBase && rewritten.includes(devHost)) {
    throw new Error(`manifest still names ${devHost} after moving it to ${base}`);
  }
  return rewritten;
}

/**
 * The production base URL from the environment, or undefined when the variable is unset or empty
 * (the build then keeps the development URLs and says so).
 */
function productionBaseUrl(env = process.env) {
  const raw = env[BASE_URL_VARIABLE];
  return raw && raw.trim() ? normaliseBaseUrl(raw) : undefined;
}

module.exports = { DEV_BASE_URL, BASE_URL_VARIABLE, normaliseBaseUrl, rewriteManifestUrls, productionBaseUrl };
