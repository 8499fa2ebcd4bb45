// The Excel add-in's browser build: the task pane and the ribbon commands, with their pages, the
// icons and the manifest, into dist/addin/ (the command line builds into dist/cli/ with tsc).
//
//   npm run build        production bundles; the manifest's URLs moved to SHINCHOKU_BASE_URL
//   npm run dev-server   https://localhost:3000/ with office-addin-dev-certs (http if they can't be installed)
//   npm start            the dev server plus sideloading into desktop Excel (office-addin-debugging)
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { DEV_BASE_URL, BASE_URL_VARIABLE, productionBaseUrl, rewriteManifestUrls } = require('./scripts/manifest-base-url.js');

const OUTPUT_DIR = path.resolve(__dirname, 'dist/addin');
const DEV_PORT = Number(new URL(DEV_BASE_URL).port);
const ADDIN_DIR = path.resolve(__dirname, 'src/addin');

/** An entry and the page that loads it; optional pages are built only when their files exist. */
const PAGES = [
  { name: 'taskpane', entry: 'taskpane/index.tsx', template: 'taskpane/taskpane.html' },
  { name: 'commands', entry: 'commands/commands.ts', template: 'commands/commands.html' },
  // The ribbon commands' notification dialog, when the commands module has one.
  { name: 'notification', entry: 'commands/notification.ts', template: 'commands/notification.html', optional: true },
];

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

  // Where the manifest says the add-in lives. Development: https://localhost:3000/. Production:
  // SHINCHOKU_BASE_URL; without it the build still succeeds and keeps the development URLs.
  const baseUrl = dev ? undefined : productionBaseUrl();
  if (!dev && !baseUrl) {
    console.warn(
      `shinchoku: ${BASE_URL_VARIABLE} is not set, so dist/addin/manifest.xml keeps ${DEV_BASE_URL}.\n` +
        `shinchoku: set it to the HTTPS address the files will be served from, e.g. ${BASE_URL_VARIABLE}=https://addin.example.jp/shinchoku/ npm run build`,
    );
  }

  // An optional page is built when its template exists; its script only when that exists too.
  const pages = PAGES.filter((page) => !page.optional || fs.existsSync(path.join(ADDIN_DIR, page.template))).map((page) => ({
    ...page,
    hasEntry: !page.optional || fs.existsSync(path.join(ADDIN_DIR, page.entry)),
  }));

  return {
    mode,
    context: __dirname,
    target: ['web', 'es2020'],
    devtool: dev ? 'eval-source-map' : 'source-map',
    entry: Object.fromEntries(pages.filter((page) => page.hasEntry).map((page) => [page.name, `./src/addin/${page.entry}`])),
    output: {
      path: OUTPUT_DIR,
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
            template: `./src/addin/${page.template}`,
            chunks: page.hasEntry ? [page.name] : [],
            inject: 'head',
            scriptLoading: 'defer',
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
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
        ],
      }),
    ],
    devServer: serving
      ? {
          host: 'localhost',
          port: DEV_PORT,
          server: await devServerHttps().then((options) => (options ? { type: 'https', options } : { type: 'http' })),
          headers: { 'Access-Control-Allow-Origin': '*' },
          static: false,
          hot: false,
          liveReload: true,
          client: { overlay: { warnings: false, errors: true } },
        }
      : undefined,
    stats: dev ? 'minimal' : 'normal',
  };
};
