/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // office-addin-manifest pulls in ESM-only strip-bom and uuid.
    'node_modules/(strip-bom|uuid)/.+\\.js$': ['ts-jest', { tsconfig: { allowJs: true } }],
  },
  // Also their copies nested under other packages (@microsoft/app-manifest/node_modules/strip-bom,
  // office-addin-manifest/node_modules/uuid).
  transformIgnorePatterns: ['node_modules/(?!((@[^/]+/)?[^/]+/node_modules/)*(strip-bom|uuid)/)'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // Tests run on real files, LibreOffice and cold React modules: on a busy CI machine jest's 5 s passed one that takes 1 s here.
  testTimeout: 30_000,
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/'], // npm run test:e2e (jest.e2e.config.js)
};
