// @ts-check
/**
 * The import rules of docs/ARCHITECTURE.md ("Import rules") as data, and the ESLint rule that
 * enforces them. A test (eslint/import-layers.test.ts) checks that the document's table and
 * LAYERS say the same thing, so the page cannot drift from what the linter enforces.
 */
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const SHARED = ['src/units', 'src/errors'];
const DOMAIN = ['src/catalog', 'src/assessment', 'src/program', 'src/coaching', 'src/progress'];
const VISION = ['src/vision/geometry', 'src/vision/capture', 'src/vision/trial'];

/**
 * Each module and the modules it may import (besides itself). Longest prefix wins when a file is
 * placed in a module. Modules not listed here (scripts/, bench/, e2e/, config files) are unchecked.
 * @type {ReadonlyArray<{ module: string, mayImport: readonly string[] }>}
 */
export const LAYERS = [
  { module: 'src/units', mayImport: [] },
  { module: 'src/errors', mayImport: [] },
  { module: 'src/catalog', mayImport: [...SHARED] },
  { module: 'src/assessment', mayImport: ['src/catalog', ...SHARED] },
  { module: 'src/program', mayImport: ['src/catalog', 'src/assessment', ...SHARED] },
  {
    module: 'src/coaching',
    mayImport: [
      'src/catalog',
      'src/assessment',
      'src/program',
      'src/vision/geometry',
      'src/vision/trial',
      ...SHARED,
    ],
  },
  {
    module: 'src/progress',
    mayImport: [
      'src/catalog',
      'src/assessment',
      'src/program',
      'src/coaching',
      'src/vision/geometry',
      ...SHARED,
    ],
  },
  { module: 'src/vision/geometry', mayImport: [...SHARED] },
  { module: 'src/vision/capture', mayImport: ['src/vision/geometry', 'src/vision/trial', ...SHARED] },
  { module: 'src/vision/trial', mayImport: ['src/vision/geometry', ...SHARED] },
  { module: 'src/vision/pose', mayImport: ['src/vision/geometry', ...SHARED] },
  { module: 'src/report', mayImport: [...DOMAIN, 'src/vision/geometry', 'src/vision/trial', ...SHARED] },
  { module: 'src/contract', mayImport: [...DOMAIN, ...VISION, ...SHARED] },
  { module: 'src/store', mayImport: [...DOMAIN, ...VISION, 'src/contract', ...SHARED] },
  {
    module: 'src/server',
    mayImport: [...DOMAIN, ...VISION, 'src/vision/pose', 'src/contract', 'src/store', ...SHARED],
  },
  {
    module: 'src/cli',
    mayImport: [
      ...DOMAIN,
      ...VISION,
      'src/vision/pose',
      'src/contract',
      'src/store',
      'src/server',
      ...SHARED,
    ],
  },
  { module: 'src/testing', mayImport: [] },
  {
    module: 'web',
    mayImport: [...DOMAIN, ...VISION, 'src/vision/pose', 'src/report', 'src/contract', ...SHARED],
  },
];

/**
 * Imports the table forbids that still exist, each with the work that removes it. The integrator
 * deletes an entry when that work lands; eslint/import-layers.test.ts fails on a stale one.
 * @type {ReadonlyArray<{ from: string, to: string, until: string }>}
 */
export const PENDING_EXCEPTIONS = [];

/**
 * Test helpers: only tests, other helpers, e2e/, bench/ and scripts/ may import them.
 * Matched against the repository-relative path.
 */
export const TEST_HELPERS = [
  /^src\/[a-z/]+\/test-fixtures\.ts$/,
  /^src\/server\/test-app\.ts$/,
  /^src\/store\/test-databases\.ts$/,
  /^src\/vision\/geometry\/test-frame\.ts$/,
  /^src\/vision\/trial\/synthetic-frames\.ts$/,
  /^src\/vision\/trial\/eval-manifest\.ts$/,
  /^src\/vision\/pose\/pose-fixture\.ts$/,
  /^src\/vision\/pose\/system-parts\.ts$/,
  /^src\/assessment\/sample-input\.ts$/,
  /^src\/personas\//,
  /^src\/testing\//,
  /^e2e\//,
];

const TEST_FILE = /\.test\.tsx?$/;

/** @param {string} path repository-relative */
export const isTestHelper = (path) => TEST_HELPERS.some((pattern) => pattern.test(path));

/** @param {string} path repository-relative, with extension */
export function moduleOf(path) {
  const bare = path.replace(/\.(ts|tsx|js|mjs)$/, '');
  let best = null;
  for (const { module } of LAYERS) {
    if (
      (bare === module || bare.startsWith(`${module}/`)) &&
      (best === null || module.length > best.length)
    ) {
      best = module;
    }
  }
  return best;
}

/** The repository-relative path an import specifier points at, or null for a package. */
function targetOf(/** @type {string} */ filename, /** @type {string} */ specifier) {
  if (!specifier.startsWith('.')) {
    return null;
  }
  const absolute = resolve(dirname(filename), specifier).replace(/\.js$/, '.ts');
  return relative(repoRoot, absolute).split('\\').join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import rules of docs/ARCHITECTURE.md (type imports included).' },
    schema: [],
    messages: {
      layer:
        '{{from}} may not import {{to}} ("{{specifier}}"): see the import rules in docs/ARCHITECTURE.md.',
      helper: 'Production code may not import the test helper {{to}}: move what it needs into the module.',
    },
  },
  create(context) {
    const from = relative(repoRoot, context.filename).split('\\').join('/');
    if (TEST_FILE.test(from) || isTestHelper(from)) {
      return {};
    }
    const fromModule = moduleOf(from);
    if (fromModule === null) {
      return {};
    }
    const allowed = new Set([
      fromModule,
      ...(LAYERS.find((layer) => layer.module === fromModule)?.mayImport ?? []),
    ]);
    /** @param {import('estree').Node} node @param {unknown} source */
    const check = (node, source) => {
      if (typeof source !== 'string') {
        return;
      }
      const to = targetOf(context.filename, source);
      if (to === null) {
        return;
      }
      if (isTestHelper(to) || TEST_FILE.test(to)) {
        context.report({ node, messageId: 'helper', data: { to } });
        return;
      }
      const toModule = moduleOf(to);
      if (toModule === null || allowed.has(toModule)) {
        return;
      }
      if (PENDING_EXCEPTIONS.some((exception) => exception.from === from && exception.to === to)) {
        return;
      }
      context.report({
        node,
        messageId: 'layer',
        data: { from: fromModule, to: toModule, specifier: source },
      });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : null),
      /** `import('x').T` in a type position (not an ESTree node, hence the casts). @param {unknown} node */
      TSImportType: (node) => {
        const typed = /** @type {{ argument?: { literal?: { value?: unknown } } }} */ (node);
        check(/** @type {import('estree').Node} */ (node), typed.argument?.literal?.value);
      },
    };
  },
};

export const importLayersPlugin = { rules: { layers: layersRule } };
