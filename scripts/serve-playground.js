#!/usr/bin/env node
// Serves the playground's production build (dist/playground/, from `npm run build:playground`) on
// http://127.0.0.1:8080/playground.html (PORT to change it). Static files only, on the loopback
// address; Node's http module, no dependency. The end-to-end tests start it in-process:
//
//   const { startPlaygroundServer } = require('./scripts/serve-playground.js');
//   const server = await startPlaygroundServer(0);   // 0: any free port
//   await page.goto(server.url);                     // http://127.0.0.1:PORT/playground.html
//   await server.close();
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { contentSecurityPolicy } = require('./content-security-policy.js');

const HOST = '127.0.0.1';
const DEFAULT_PORT = 8080;
const PAGE = 'playground.html';
const ROOT = path.resolve(__dirname, '..', 'dist', 'playground');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The file under `root` a request path names, or undefined when it names nothing there. */
function fileFor(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  try {
    return fs.statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

function handler(root, page, csp) {
  return (req, res) => {
    const send = (status, body, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n', { Allow: 'GET, HEAD' });
    const { pathname } = new URL(req.url ?? '/', `http://${HOST}`);
    if (pathname === '/') return send(302, `See /${page}\n`, { Location: `/${page}` });
    const file = fileFor(root, pathname);
    if (!file) return send(404, 'Not found\n');
    const ext = path.extname(file).toLowerCase();
    const headers = {
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Content-Length': fs.statSync(file).size,
      // bundle names carry a content hash; the page and the rest are always fetched fresh
      'Cache-Control': /\.[0-9a-f]{8}\.js$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    };
    // The page's own <meta> policy, sent as a header as well (a header also covers what a meta cannot).
    if (ext === '.html') headers['Content-Security-Policy'] = csp;
    res.writeHead(200, headers);
    if (req.method === 'HEAD') return res.end();
    fs.createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

/**
 * Starts the server on 127.0.0.1. `port` defaults to $PORT, then 8080; 0 picks a free port.
 * options: `root` (default dist/playground/), `page` (default playground.html), `csp` (the policy
 * kind sent with HTML, default 'playground'; see content-security-policy.js).
 * Resolves once listening to { url, origin, port, server, close(), closeAllConnections() }; rejects when dist/playground/
 * has not been built or the port is taken.
 */
function startPlaygroundServer(
  port = process.env.PORT === undefined || process.env.PORT === '' ? DEFAULT_PORT : Number(process.env.PORT),
  options = {},
) {
  const root = path.resolve(options.root ?? ROOT);
  // Tests serve the add-in's pages too (root dist/addin, page taskpane.html, the Office policy).
  const page = options.page ?? PAGE;
  const csp = contentSecurityPolicy(options.csp ?? 'playground');
  return new Promise((resolve, reject) => {
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      reject(new Error(`serve-playground: ${port} is not a port number`));
      return;
    }
    if (!fs.existsSync(path.join(root, page))) {
      reject(
        new Error(
          `serve-playground: ${path.relative(process.cwd(), path.join(root, page)) || page} is missing; run \`npm run build:playground\` first`,
        ),
      );
      return;
    }
    const server = http.createServer(handler(root, page, csp));
    const sockets = new Set();
    server.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    server.once('error', (error) => {
      if (error && error.code === 'EADDRINUSE')
        reject(new Error(`serve-playground: port ${port} on ${HOST} is in use; set PORT to another one`));
      else reject(error);
    });
    server.listen(port, HOST, () => {
      const actual = server.address().port;
      const origin = `http://${HOST}:${actual}`;
      // close() works both ways: awaited, or with a callback as http.Server's (the keep-alive
      // connections of a browser are dropped, or they would hold it open).
      const closeAllConnections = () => {
        for (const socket of sockets) socket.destroy();
      };
      const close = (callback) =>
        new Promise((done, fail) => {
          server.close((error) => {
            if (typeof callback === 'function') {
              // the callback hears of a failure; the promise then settles quietly
              callback(error);
              done();
            } else if (error) fail(error);
            else done();
          });
          closeAllConnections();
        });
      resolve({ url: `${origin}/${page}`, origin, port: actual, server, close, closeAllConnections });
    });
  });
}

module.exports = { startPlaygroundServer, DEFAULT_PORT, PAGE };

if (require.main === module) {
  startPlaygroundServer().then(
    (running) => {
      console.log(`Shinchoku playground: ${running.url}`);
      console.log('Ctrl+C で終了 / Ctrl+C to stop');
      const stop = () => running.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
