/**
 * `npm run mutate -- [--limit N] [--seed N] [--folder src/vision]...`: a mutation probe of the
 * clinical and vision rules. It flips one comparison at a time (>= ↔ >, < ↔ <=, === ↔ !==) in
 * the production files of src/assessment, src/program and src/vision, runs the tests that import
 * the file (`vitest related`, stopping at the first failure), puts the file back, and prints the
 * share of mutants a test caught and the ones that survived. Not part of `npm test`: it runs the
 * tests once per mutant.
 *
 * It refuses to start on a dirty work tree, and restores every file it changes (finally, and on
 * Ctrl-C), so `git status` is clean afterwards.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const rootDir = join(dirname(fileURLToPath(import.meta.url)), '..');

const FLIPS: Readonly<Partial<Record<ts.SyntaxKind, string>>> = {
  [ts.SyntaxKind.GreaterThanEqualsToken]: '>',
  [ts.SyntaxKind.GreaterThanToken]: '>=',
  [ts.SyntaxKind.LessThanToken]: '<=',
  [ts.SyntaxKind.LessThanEqualsToken]: '<',
  [ts.SyntaxKind.EqualsEqualsEqualsToken]: '!==',
  [ts.SyntaxKind.ExclamationEqualsEqualsToken]: '===',
};

/** Tests too slow or too far from a rule to run per mutant (pose models, video, browsers, tooling). */
const SLOW_TESTS = [
  'e2e/**',
  'src/vision/pose/**',
  'src/cli/analyze*.test.ts',
  '**/*.e2e.test.ts',
  'bench/**',
  'scripts/**',
  'eslint/**',
];

export interface Mutant {
  readonly file: string;
  readonly line: number;
  /** Offset of the operator in the file. */
  readonly start: number;
  readonly from: string;
  readonly to: string;
  readonly code: string;
}

/** Every comparison in `text` that can be flipped. */
export function mutantsOf(file: string, text: string): Mutant[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Mutant[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isBinaryExpression(node)) {
      const to = FLIPS[node.operatorToken.kind];
      if (to !== undefined) {
        const start = node.operatorToken.getStart(source);
        const { line } = source.getLineAndCharacterOfPosition(start);
        const code = text.split('\n')[line]?.trim() ?? '';
        found.push({ file, line: line + 1, start, from: node.operatorToken.getText(source), to, code });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `text` with one mutant applied. */
export function applyMutant(text: string, mutant: Mutant): string {
  if (text.slice(mutant.start, mutant.start + mutant.from.length) !== mutant.from) {
    throw new Error(`${mutant.file}:${mutant.line}: expected "${mutant.from}" at offset ${mutant.start}`);
  }
  return text.slice(0, mutant.start) + mutant.to + text.slice(mutant.start + mutant.from.length);
}

/** A small seeded generator (mulberry32), so a sample can be run again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `limit` mutants drawn evenly at random from `all` (all of them when there are fewer). */
export function sample(all: readonly Mutant[], limit: number, seed: number): Mutant[] {
  const random = seeded(seed);
  const shuffled = [...all];
  for (let i = shuffled.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j] as Mutant, shuffled[i] as Mutant];
  }
  return shuffled.slice(0, limit).sort((a, b) => a.file.localeCompare(b.file) || a.start - b.start);
}

function git(...args: string[]): string {
  const result = spawnSync('git', args, { cwd: rootDir, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
  }
  return result.stdout;
}

/** True when a test run catches the mutant: a test fails, or the run hangs past the timeout. */
function killed(file: string, timeoutMs: number): { killed: boolean; how: string } {
  const vitest = join(rootDir, 'node_modules', '.bin', 'vitest');
  const excludes = SLOW_TESTS.flatMap((pattern) => ['--exclude', pattern]);
  const run = spawnSync(
    vitest,
    ['related', file, '--run', '--bail', '1', '--passWithNoTests', '--reporter', 'dot', ...excludes],
    {
      cwd: rootDir,
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...process.env, CI: '1' },
    },
  );
  if (run.error !== undefined || run.signal !== null) {
    return { killed: true, how: 'timed out' };
  }
  return { killed: run.status !== 0, how: run.status !== 0 ? 'a test failed' : 'every test passed' };
}

interface Options {
  readonly limit: number;
  readonly seed: number;
  readonly folders: readonly string[];
  readonly timeoutMs: number;
}

function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const folders = argv.flatMap((arg, index) => (argv[index - 1] === '--folder' ? [arg] : []));
  const limit = Number(value('--limit') ?? Number.POSITIVE_INFINITY);
  const seed = Number(value('--seed') ?? 1);
  if (Number.isNaN(limit) || limit < 1 || !Number.isInteger(seed)) {
    throw new Error('usage: npm run mutate -- [--limit N] [--seed N] [--folder src/vision]...');
  }
  return {
    limit,
    seed,
    folders: folders.length > 0 ? folders : ['src/assessment', 'src/program', 'src/vision'],
    timeoutMs: Number(value('--timeout-seconds') ?? 240) * 1000,
  };
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const dirty = git('status', '--porcelain', '--untracked-files=no');
  if (dirty.trim() !== '') {
    console.error('mutate: the work tree has uncommitted changes; commit or stash them first:\n' + dirty);
    process.exitCode = 2;
    return;
  }
  const files = git('ls-files', ...options.folders)
    .split('\n')
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .filter(
      (file) =>
        !/(test-fixtures|synthetic-frames|test-frame|pose-fixture|system-parts|sample-input|eval-manifest)\.ts$/.test(
          file,
        ),
    )
    .filter((file) => !file.startsWith('src/vision/pose/'));
  const all = files.flatMap((file) => mutantsOf(file, readFileSync(join(rootDir, file), 'utf8')));
  const chosen = sample(all, options.limit, options.seed);
  console.log(
    `mutate: ${all.length} comparisons in ${files.length} files; running ${chosen.length} (seed ${options.seed}).`,
  );

  let current: { path: string; original: string } | null = null;
  const restore = (): void => {
    if (current !== null) {
      writeFileSync(current.path, current.original);
      current = null;
    }
  };
  const onSignal = (): void => {
    restore();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const survivors: Mutant[] = [];
  let caught = 0;
  try {
    for (const [index, mutant] of chosen.entries()) {
      const path = join(rootDir, mutant.file);
      const original = readFileSync(path, 'utf8');
      current = { path, original };
      try {
        writeFileSync(path, applyMutant(original, mutant));
        const result = killed(mutant.file, options.timeoutMs);
        caught += result.killed ? 1 : 0;
        if (!result.killed) {
          survivors.push(mutant);
        }
        console.log(
          `  ${String(index + 1).padStart(3)}/${chosen.length} ${result.killed ? 'killed  ' : 'SURVIVED'} ` +
            `${mutant.file}:${mutant.line} ${mutant.from} → ${mutant.to} (${result.how})`,
        );
      } finally {
        restore();
      }
    }
  } finally {
    restore();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }

  const rate = chosen.length === 0 ? 0 : (100 * caught) / chosen.length;
  console.log(`\nmutate: ${caught} of ${chosen.length} mutants killed (${rate.toFixed(0)}%).`);
  for (const mutant of survivors) {
    console.log(
      `  survived: ${relative(rootDir, join(rootDir, mutant.file))}:${mutant.line} ${mutant.from} → ${mutant.to}   ${mutant.code}`,
    );
  }
  if (git('status', '--porcelain', '--untracked-files=no').trim() !== '') {
    console.error('mutate: the work tree is not clean after the run; check `git diff`.');
    process.exitCode = 2;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main();
}
