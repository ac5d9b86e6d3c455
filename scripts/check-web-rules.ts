/**
 * `tsx scripts/check-web-rules.ts`: lists every exported function in web/ that touches no browser
 * API (DOM, window, navigator, canvas, media, fetch, timers, React, or any other package the
 * browser code drives), i.e. pure logic that belongs in src/ (docs/ARCHITECTURE.md, "No pure rule
 * in web/"). It fails on any such function that scripts/web-rules-allow.json does not name with a
 * reason, and warns about allow-list entries that no longer match.
 *
 * How "touches a browser API" is decided, with the type checker: a function does when its body or
 * signature refers to anything declared in TypeScript's DOM library or in a package under
 * node_modules (zod excepted: it is plain data validation), contains JSX, reads the clock or
 * chance, is async or awaits (it waits on I/O), or calls a function of web/ that does (followed
 * through files, memoised).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface PureExport {
  /** Path relative to the project root, with forward slashes. */
  readonly file: string;
  readonly name: string;
  readonly line: number;
}

/** An allow-list entry: functions of one file that stay in web/, and why (or which work moves them). */
export interface AllowEntry {
  readonly file: string;
  readonly names: readonly string[];
  readonly reason: string;
}

const PURE_PACKAGES = /[\\/]node_modules[\\/](zod)[\\/]/;
const BROWSER_LIBS = /[\\/]typescript[\\/]lib[\\/]lib\.(dom|webworker|scripthost)/;
const ES_LIBS = /[\\/]typescript[\\/]lib[\\/]lib\./;

/**
 * True when a symbol is the browser's or a package's API. A symbol the ECMAScript library declares
 * (String, Math, Array...) is plain language even where @types/node or the DOM add to it.
 */
function isEdgeSymbol(declarations: readonly ts.Declaration[]): boolean {
  const files = declarations.map((declaration) => declaration.getSourceFile().fileName);
  if (files.some((file) => ES_LIBS.test(file) && !BROWSER_LIBS.test(file))) {
    return false;
  }
  return files.some(
    (file) => BROWSER_LIBS.test(file) || (/[\\/]node_modules[\\/]/.test(file) && !PURE_PACKAGES.test(file)),
  );
}

/** `new Date()`, `Date.now()`, `Math.random()`: the clock and chance are edges too. */
function readsClockOrChance(node: ts.Node): boolean {
  if (ts.isNewExpression(node)) {
    return node.expression.getText() === 'Date' && (node.arguments?.length ?? 0) === 0;
  }
  if (ts.isPropertyAccessExpression(node)) {
    const text = node.getText();
    return text === 'Date.now' || text === 'Math.random';
  }
  return false;
}

/**
 * An async function waits on something outside it (the network, storage, a media element): an
 * effect, not a rule. A rule in src/ never waits, so nothing pure is missed by this.
 */
function isAsync(fn: ts.FunctionLikeDeclaration): boolean {
  return (ts.getCombinedModifierFlags(fn) & ts.ModifierFlags.Async) !== 0;
}

type FunctionLike = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.MethodDeclaration;

const isFunctionLike = (node: ts.Node): node is FunctionLike =>
  ts.isFunctionDeclaration(node) ||
  ts.isArrowFunction(node) ||
  ts.isFunctionExpression(node) ||
  ts.isMethodDeclaration(node);

/** The function a declaration stands for (`function f`, `const f = () => …`), if any. */
function functionOf(declaration: ts.Declaration): FunctionLike | null {
  if (isFunctionLike(declaration)) {
    return declaration;
  }
  if (
    ts.isVariableDeclaration(declaration) &&
    declaration.initializer &&
    isFunctionLike(declaration.initializer)
  ) {
    return declaration.initializer;
  }
  return null;
}

/** Lists the exported functions of the files under `webDir` that use no browser API. */
export function findPureExports(program: ts.Program, rootDir: string, webDir: string): PureExport[] {
  const checker = program.getTypeChecker();
  const memo = new Map<ts.Node, boolean>();
  const inWeb = (fileName: string): boolean =>
    !relative(webDir, fileName).startsWith('..') && !/\.test\.tsx?$/.test(fileName);

  const usesBrowser = (fn: FunctionLike): boolean => {
    const known = memo.get(fn);
    if (known !== undefined) {
      return known;
    }
    memo.set(fn, false); // recursion: a function calling itself adds nothing
    let found = isAsync(fn);
    const visit = (node: ts.Node): void => {
      if (found) {
        return;
      }
      if (
        ts.isJsxElement(node) ||
        ts.isJsxSelfClosingElement(node) ||
        ts.isJsxFragment(node) ||
        ts.isAwaitExpression(node) ||
        readsClockOrChance(node)
      ) {
        found = true;
        return;
      }
      if (ts.isIdentifier(node)) {
        let symbol = checker.getSymbolAtLocation(node);
        if (symbol && symbol.flags & ts.SymbolFlags.Alias) {
          symbol = checker.getAliasedSymbol(symbol);
        }
        const declarations = symbol?.declarations ?? [];
        if (isEdgeSymbol(declarations)) {
          found = true;
          return;
        }
        for (const declaration of declarations) {
          const callee = functionOf(declaration);
          if (callee && callee !== fn && inWeb(declaration.getSourceFile().fileName) && usesBrowser(callee)) {
            found = true;
            return;
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(fn);
    memo.set(fn, found);
    return found;
  };

  const pure: PureExport[] = [];
  for (const source of program.getSourceFiles()) {
    if (source.isDeclarationFile || !inWeb(source.fileName)) {
      continue;
    }
    const moduleSymbol = checker.getSymbolAtLocation(source);
    for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      const fn = declaration ? functionOf(declaration) : null;
      if (!declaration || !fn || declaration.getSourceFile() !== source || usesBrowser(fn)) {
        continue;
      }
      const { line } = source.getLineAndCharacterOfPosition(declaration.getStart());
      pure.push({
        file: relative(rootDir, source.fileName).split('\\').join('/'),
        name: exported.name,
        line: line + 1,
      });
    }
  }
  return pure.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** A program over the project's tsconfig.json, limited to the files under web/. */
export function webProgram(rootDir: string): ts.Program {
  const configPath = join(rootDir, 'tsconfig.json');
  const config = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, rootDir);
  const webDir = join(rootDir, 'web');
  const rootNames = parsed.fileNames.filter((name) => !relative(webDir, name).startsWith('..'));
  return ts.createProgram({ rootNames, options: parsed.options });
}

export interface CheckResult {
  readonly unexplained: readonly PureExport[];
  readonly allowed: readonly (PureExport & { readonly reason: string })[];
  readonly stale: readonly AllowEntry[];
}

/** Splits the pure exports by the allow-list. */
export function checkAgainst(pure: readonly PureExport[], allow: readonly AllowEntry[]): CheckResult {
  const key = (file: string, name: string): string => `${file}#${name}`;
  const reasons = new Map(
    allow.flatMap((entry) => entry.names.map((name) => [key(entry.file, name), entry.reason])),
  );
  const found = new Set(pure.map((entry) => key(entry.file, entry.name)));
  return {
    unexplained: pure.filter((entry) => !reasons.has(key(entry.file, entry.name))),
    allowed: pure.flatMap((entry) => {
      const reason = reasons.get(key(entry.file, entry.name));
      return reason === undefined ? [] : [{ ...entry, reason }];
    }),
    stale: allow.flatMap((entry) =>
      entry.names
        .filter((name) => !found.has(key(entry.file, name)))
        .map((name) => ({ ...entry, names: [name] })),
    ),
  };
}

function main(): void {
  const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');
  const allowPath = join(rootDir, 'scripts', 'web-rules-allow.json');
  const allow = JSON.parse(readFileSync(allowPath, 'utf8')) as AllowEntry[];
  const pure = findPureExports(webProgram(rootDir), rootDir, join(rootDir, 'web'));
  const { unexplained, allowed, stale } = checkAgainst(pure, allow);
  const line = (entry: PureExport): string => `${entry.file}:${entry.line} ${entry.name}`;
  console.log(`check-web-rules: ${pure.length} exported function(s) in web/ use no browser API.`);
  for (const entry of allowed) {
    console.log(`  allowed  ${line(entry)} (${entry.reason})`);
  }
  for (const entry of stale) {
    console.warn(
      `  stale    ${entry.file} ${entry.names.join(', ')}: not a pure export of web/ (moved out, or its branch not merged yet); delete it once gone`,
    );
  }
  for (const entry of unexplained) {
    console.error(
      `  MOVE     ${line(entry)}: pure logic belongs in src/ (or justify it in web-rules-allow.json)`,
    );
  }
  if (unexplained.length > 0) {
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
