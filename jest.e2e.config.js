/**
 * End-to-end tests: the playground page in Debian's chromium through playwright-core
 * (`npm run test:e2e`; .ci/run runs it after `npm run build`). Kept out of `npm test`.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Builds dist/ only when it is missing; the tests start the server and the browser themselves.
  globalSetup: '<rootDir>/test/e2e/global-setup.js',
  // One browser at a time: the load figures are not disturbed by another test file's work.
  maxWorkers: 1,
  testTimeout: 180_000,
  verbose: true,
};
