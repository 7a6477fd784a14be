// ESLint, flat config. Beyond the usual TypeScript and React-hooks rules it enforces the project's
// import rules (shared/docs/design.md, "Imports run one way"), so they are checked, not just written.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

/** Capability folders: each may use the shared layers, none may import another (routes compose them). */
const CAPABILITIES = ['guide', 'handbook', 'search', 'offline', 'trainer', 'diagrams'];

/** The shared layers every capability may use. */
const SHARED = ['engine', 'machines', 'law', 'training', 'components', 'content', 'prerender'];

const elements = [
  // Decision logic: XState machines, importing only xstate and the law registry.
  { type: 'machines', pattern: 'src/machines' },
  // The provision registry and its types.
  { type: 'law', pattern: 'src/law' },
  // The guide engine shared by every capability: machine model, URL state, guide bundles.
  { type: 'engine', pattern: 'src/engine' },
  // Training cases as data, shared by the case pages and trainer mode.
  { type: 'training', pattern: 'src/training' },
  // Shared UI pieces (header, footer, citation, formatting).
  { type: 'components', pattern: 'src/components' },
  ...CAPABILITIES.map((c) => ({ type: c, pattern: `src/${c}` })),
  // Composition: routes, the root layout and the prerendering entry.
  { type: 'routes', pattern: 'src/routes' },
  // Modules available synchronously while prerendering (see docs/arkitektur.md): shared by all.
  { type: 'prerender', pattern: 'src/prerender' },
  { type: 'app', pattern: 'src/*.{ts,tsx}' },
  // Build-time code (Node): may read anything it builds from.
  { type: 'buildtime', pattern: 'src/buildtime' },
  // Data editors change.
  { type: 'content', pattern: 'content' },
];

const allow = (from, to) => ({ from: { element: { types: from } }, allow: { to: { element: { types: { anyOf: to } } } } });

export default tseslint.config(
  { ignores: ['dist/**', 'build/**', '.react-router/**', 'node_modules/**', 'test/artefacts/**', 'test-results/**', 'granskning/**', '.e2e-bygg/**', 'scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Scripts, configs and build-time code run in Node; the site and its tests in a browser (or jsdom).
  { files: ['scripts/**', '*.{js,ts}', 'src/buildtime/**', 'src/entry.server.tsx'], languageOptions: { globals: globals.node } },
  { files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser, ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two classic hook rules. The React Compiler rules in the plugin's "recommended" set assume
      // the compiler, which this project does not use.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'content/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            allow('machines', ['machines', 'law']),
            allow('law', ['law', 'content']),
            allow('engine', ['engine', 'machines', 'law', 'content', 'prerender']),
            allow('training', ['training', 'engine', 'law', 'content']),
            allow('components', ['components', 'engine', 'law', 'content']),
            // A capability uses the shared layers and its own folder — never another capability.
            ...CAPABILITIES.map((c) => allow(c, [c, ...SHARED])),
            allow('routes', ['routes', 'app', ...CAPABILITIES, ...SHARED]),
            allow('app', ['app', 'routes', ...CAPABILITIES, ...SHARED]),
            allow('buildtime', ['buildtime', ...CAPABILITIES, ...SHARED]),
            // Content imports only types, and only from the registry (the rule below forbids values).
            allow('content', ['content', 'law']),
            allow('prerender', ['prerender', ...CAPABILITIES, 'engine']),
          ],
        },
      ],
    },
  },
  {
    // Content is data: from src/ it may import types only (the registry's types), never code.
    files: ['content/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: ['**/src/**'], allowTypeImports: true, message: 'content/ importerar bara typer från src/law/.' }] }],
    },
  },
);
