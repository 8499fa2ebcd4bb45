// Builds what the end-to-end tests need when it is missing (a fresh clone straight into `npm run test:e2e`),
// and clears the screenshots of the previous run so the folder shows this run only.
'use strict';

const { execSync } = require('node:child_process');
const { existsSync, rmSync } = require('node:fs');
const { join } = require('node:path');

module.exports = async function globalSetup() {
  const root = join(__dirname, '..', '..');
  if (!existsSync(join(root, 'dist', 'playground'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });
  // The summary and download tests compare with the command line's own output.
  if (!existsSync(join(root, 'dist', 'cli', 'main.js'))) execSync('npm run build:cli', { cwd: root, stdio: 'inherit' });
  rmSync(join(root, 'test-results', 'e2e-screenshots'), { recursive: true, force: true });
};
