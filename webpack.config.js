// The Excel add-in's browser build: the task pane and the ribbon commands, with their pages, the
// icons and the manifest, into dist/addin/ (the command line builds into dist/cli/ with tsc).
// With `--env playground`, the playground page instead (the real task pane beside a grid view of a
// workbook held in the browser), into dist/playground/.
//
//   npm run build             production bundles; the manifest's URLs moved to SHINCHOKU_BASE_URL
//   npm run dev-server        https://localhost:3000/ with office-addin-dev-certs (http if they can't be installed)
//   npm start                 the dev server plus sideloading into desktop Excel (office-addin-debugging)
//   npm run build:playground  the playground into dist/playground/ (npm run playground builds and serves it)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, BASE_URL_VARIABLE, productionBaseUrl, rewriteManifestUrls } = require('./scripts/manifest-base-url.js');
const { contentSecurityPolicy } = require('./scripts/content-security-policy.js');

const OUTPUT_DIRS = { addin: path.resolve(__dirname, 'dist/addin'), playground: path.resolve(__dirname, 'dist/playground') };
const DEV_PORT = Number(new URL(DEV_BASE_URL).port);
const PLAYGROUND_PORT = 8080;

/**
 * An entry and the page that loads it (paths from the repository root), and the build it belongs to:
 * the add-in (the default) or the playground. Optional pages are built only when their files exist.
 */
const PAGES = [
  { name: 'taskpane', entry: 'src/addin/taskpane/index.tsx', template: 'src/addin/taskpane/taskpane.html' },
  { name: 'commands', entry: 'src/addin/commands/commands.ts', template: 'src/addin/commands/commands.html' },
  // The ribbon commands' notification dialog, when the commands module has one.
  { name: 'notification', entry: 'src/addin/commands/notification.ts', template: 'src/addin/commands/notification.html', optional: true },
  // Not part of the add-in: a local page for people and the end-to-end tests (no office.js).
  { name: 'playground', entry: 'src/playground/index.tsx', template: 'src/playground/playground.html', build: 'playground' },
];

/** The files the add-in's deployment needs besides the bundles and pages. */
function addinFiles(baseUrl) {
  return [
    // The icons the manifest names (their SVG sources stay behind).
    { from: 'assets/*.png', to: 'assets/[name][ext]', info: { minimized: true } },
    // The support page the manifest's SupportUrl and LearnMoreUrl point at.
    { from: 'src/addin/help/help.html', to: 'help.html', info: { minimized: true } },
    // The manifest, with its URLs moved to the production base when one is set. Marked as
    // minimized so Terser leaves it alone.
    {
      from: 'manifest.xml',
      to: 'manifest.xml',
      info: { minimized: true },
      transform: {
        transformer: (content) => (baseUrl ? Buffer.from(rewriteManifestUrls(content.toString('utf8'), baseUrl)) : content),
        cache: { keys: { baseUrl: baseUrl ?? DEV_BASE_URL } },
      },
    },
  ];
}

/** The playground's favicon; nothing of the add-in's deployment (manifest, help page). */
function playgroundFiles() {
  return [{ from: 'assets/icon-32.png', to: 'assets/[name][ext]', info: { minimized: true } }];
}

/** HTTPS options for the dev server from office-addin-dev-certs, or undefined (serve http) when they can't be had. */
async function devServerHttps() {
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.warn(
      [
        '',
        `shinchoku: could not install or read the development certificates (${reason.split('\n')[0]}).`,
        `shinchoku: serving over plain http://localhost:${DEV_PORT}/ instead. Office loads add-ins only over HTTPS,`,
        'shinchoku: so manifest.xml will not load from this server; run `npx office-addin-dev-certs install`',
        'shinchoku: where certificates can be installed, or use `npm run build` and an HTTPS host.',
        '',
      ].join('\n'),
    );
    return undefined;
  }
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  const build = env.playground ? 'playground' : 'addin';
  const playground = build === 'playground';

  // Where the manifest says the add-in lives. Development: https://localhost:3000/. Production:
  // SHINCHOKU_BASE_URL; without it the build still succeeds and keeps the development URLs.
  const baseUrl = dev || playground ? undefined : productionBaseUrl();
  if (!dev && !playground && !baseUrl) {
    console.warn(
      `shinchoku: ${BASE_URL_VARIABLE} is not set, so dist/addin/manifest.xml keeps ${DEV_BASE_URL}.\n` +
        `shinchoku: set it to the HTTPS address the files will be served from, e.g. ${BASE_URL_VARIABLE}=https://addin.example.jp/shinchoku/ npm run build`,
    );
  }

  // An optional page is built when its template exists; its script only when that exists too.
  const pages = PAGES.filter((page) => (page.build ?? 'addin') === build)
    .filter((page) => !page.optional || fs.existsSync(path.join(__dirname, page.template)))
    .map((page) => ({
      ...page,
      hasEntry: !page.optional || fs.existsSync(path.join(__dirname, page.entry)),
    }));

  return {
    mode,
    context: __dirname,
    target: ['web', 'es2020'],
    // Never an eval-* devtool: the pages' Content-Security-Policy forbids eval in development too.
    devtool: 'source-map',
    entry: Object.fromEntries(pages.filter((page) => page.hasEntry).map((page) => [page.name, `./${page.entry}`])),
    output: {
      path: OUTPUT_DIRS[build],
      // Office caches add-in files hard: production names carry a content hash, the pages don't.
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      chunkFilename: dev ? '[name].js' : '[name].[contenthash:8].js',
      // Relative script URLs, so the files work under any base path (e.g. https://host/shinchoku/).
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.tsx', '.ts', '.mjs', '.js'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            // Types are checked by `npm run typecheck`; here only transpiled, as ES modules for tree shaking.
            options: { configFile: path.resolve(__dirname, 'tsconfig.web.json'), transpileOnly: true },
          },
        },
      ],
    },
    optimization: {
      // One small runtime for all pages, so the shared chunks below are loaded once and cached.
      runtimeChunk: 'single',
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // React and Fluent UI change with upgrades, not with our code: their own long-cached files.
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 30,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc[\\/]helpers|rtl-css-js|stylis|use-sync-external-store)[\\/]/,
            name: 'fluent',
            priority: 20,
          },
          // The engine (core, use cases, Office adapter, zod) is shared by the pane and the ribbon commands.
          engine: {
            test: /[\\/](src[\\/](core|use-cases|adapters)|node_modules[\\/]zod)[\\/]/,
            name: 'engine',
            minChunks: 2,
            priority: 10,
          },
          defaultVendors: false,
          default: false,
        },
      },
    },
    performance: {
      // The pane's first load (runtime + react + fluent + engine + taskpane) is reported by webpack
      // when it passes these; see the README for the measured gzipped size.
      hints: dev ? false : 'warning',
      maxEntrypointSize: 1_200_000,
      maxAssetSize: 800_000,
    },
    plugins: [
      ...pages.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: `${page.name}.html`,
            template: `./${page.template}`,
            chunks: page.hasEntry ? [page.name] : [],
            inject: 'head',
            scriptLoading: 'defer',
            // Written into the template's <meta http-equiv="Content-Security-Policy">.
            csp: contentSecurityPolicy(playground ? 'playground' : 'office'),
          }),
      ),
      new CopyWebpackPlugin({ patterns: playground ? playgroundFiles() : addinFiles(baseUrl) }),
    ],
    devServer: !serving
      ? undefined
      : playground
        ? {
            // http://127.0.0.1:8080/playground.html, rebuilt on change (npm run playground serves the production build)
            host: '127.0.0.1',
            port: PLAYGROUND_PORT,
            server: { type: 'http' },
            static: false,
            hot: false,
            liveReload: true,
            open: false,
            client: { overlay: { warnings: false, errors: true } },
          }
        : {
            host: 'localhost',
            port: DEV_PORT,
            server: await devServerHttps().then((options) => (options ? { type: 'https', options } : { type: 'http' })),
            headers: { 'Access-Control-Allow-Origin': '*' },
            static: false,
            hot: false,
            liveReload: true,
            client: { overlay: { warnings: false, errors: true } },
          },
    stats: dev ? 'minimal' : 'normal',
  };
};
