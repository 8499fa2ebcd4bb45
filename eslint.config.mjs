// The lint gate (npm run lint, part of npm test): the layers' import boundaries, no import cycles,
// Office.js only in its adapter, no I/O in the core, and the Office add-in rules.
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Layers, inner first: each may import only from the layers before it (core ← use-cases ← the edges). */
const EDGES = ['src/adapters', 'src/addin', 'src/cli', 'src/playground'];
const zones = [
  // The core is pure: it imports nothing outside itself.
  {
    target: './src/core',
    from: ['./src/use-cases', './src/sample', ...EDGES.map((e) => `./${e}`)],
    message: 'The core imports nothing outside src/core.',
  },
  {
    target: './src/use-cases',
    from: EDGES.map((e) => `./${e}`),
    message: 'Use cases import only the core (and the sample data), never an adapter or a host.',
  },
  // The edges do not import each other, except: the playground shows the real task pane, and hosts use their adapter.
  { target: './src/adapters', from: ['./src/addin', './src/cli', './src/playground'], message: 'Adapters do not import a host.' },
  {
    target: './src/adapters/xlsx',
    from: './src/adapters/office',
    message: 'The .xlsx adapter and the Office adapter are twins, not layers.',
  },
  {
    target: './src/adapters/office',
    from: './src/adapters/xlsx',
    message: 'The .xlsx adapter and the Office adapter are twins, not layers.',
  },
  {
    target: './src/addin',
    from: ['./src/cli', './src/playground'],
    message: 'The add-in uses only the Office adapter.',
  },
  // An .xlsx file the user picks (an earlier register to compare with) is read by the file reader, given by the pane's root.
  {
    target: './src/addin',
    from: './src/adapters/xlsx',
    except: ['./read-picked-file.ts'],
    message: 'The add-in uses only the Office adapter; the pane’s root may read a picked file with read-picked-file.',
  },
  {
    target: './src/addin/commands',
    from: './src/adapters/xlsx',
    message: 'The ribbon reads no file: only the pane’s root (index.tsx) does.',
  },
  {
    target: './src/cli',
    from: ['./src/addin', './src/playground', './src/adapters/office'],
    message: 'The command line uses only the .xlsx adapter.',
  },
  {
    target: './src/playground',
    from: ['./src/cli', './src/adapters/office', './src/addin/commands'],
    message: 'The playground shows the task pane over the .xlsx adapter.',
  },
  // The task pane and the ribbon call use cases through the port; only the Office adapter touches Excel.
  // index.tsx is the pane's composition root: it gives the Office port to the app.
  {
    target: ['./src/addin/taskpane/app.tsx', './src/addin/taskpane/components', './src/addin/taskpane/hooks'],
    from: './src/adapters',
    message: 'The task pane calls use cases with plain callbacks; the port is given to it.',
  },
];

const NODE_IO = [
  'fs',
  'node:fs',
  'fs/promises',
  'node:fs/promises',
  'path',
  'node:path',
  'child_process',
  'node:child_process',
  'os',
  'node:os',
  'http',
  'node:http',
  'https',
  'node:https',
];

export default tseslint.config(
  { ignores: ['dist/**', '.bench-out/**', 'node_modules/**', 'test-results/**', 'coverage/**', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      // The .xlsx reader and writer handle control characters on purpose (XML escapes, _xHHHH_).
      'no-control-regex': 'off',
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSAsExpression > TSAsExpression[typeAnnotation.keyword='unknown']",
          message: 'A double cast (as unknown as T) hides a type error; fix the type.',
        },
      ],
    },
  },
  {
    // Microsoft's Office.js rules where Office.js is called (its recommended set also brings a formatter
    // config; the project has its own). They match property names, so tests' plain objects are left out.
    files: ['src/adapters/office/**/*.ts', 'src/addin/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/no-office-initialize': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // Excel is reached only through the Office adapter: the pane, the ribbon and the use cases call the port.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/adapters/office/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'Excel', message: 'Only src/adapters/office talks to Excel (Excel.run).' }] },
  },
  {
    // The core and the use cases do no I/O: they take grids and return values.
    files: ['src/core/**/*.ts', 'src/use-cases/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: NODE_IO.map((name) => ({ name, message: 'The core and the use cases do no I/O.' })) }],
      'no-restricted-globals': [
        'error',
        { name: 'Excel', message: 'Only src/adapters/office talks to Excel.' },
        { name: 'fetch', message: 'The core and the use cases do no I/O.' },
        { name: 'window', message: 'The core and the use cases run anywhere: no browser globals.' },
        { name: 'document', message: 'The core and the use cases run anywhere: no browser globals.' },
      ],
    },
  },
  {
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
