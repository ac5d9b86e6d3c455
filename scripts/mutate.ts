/**
 * `npm run mutate -- [--limit N] [--seed N] [--folder src/vision]... [--only file:line]...`: a
 * mutation probe of the clinical and vision rules. It flips one comparison at a time (>= ↔ >,
 * < ↔ <=, === ↔ !==) in the production files of src/assessment, src/program and src/vision, runs
 * the tests that import the file (`vitest related`, stopping at the first failure), puts the file
 * back, and prints the share of mutants a test caught and the ones that survived. Not part of
 * `npm test`: it runs the tests once per mutant.
 *
 * Before the first mutant it runs the same tests on the real code (`--skip-baseline` leaves that
 * out when running a few mutants again): a failure there would count every mutant as caught. Each
 * kill names the test that caught it. A run past `--timeout-seconds` counts as caught (a flip can
 * make a loop endless) but is shown apart, because on a loaded machine it can also just be slow.
 * A run where only a test's own time limit failed is run once more, and is not counted as caught
 * if it does that again. Each run has its own process group, so a timeout or Ctrl-C ends vitest's
 * workers too.
 *
 * It refuses to start on a dirty work tree, and restores every file it changes (finally, and on
 * Ctrl-C), so `git status` is clean afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
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

/**
 * What one test run said: a test failed, every test passed, a test failed only by running past its
 * own time limit (on a loaded machine that says nothing about the mutant), the whole run ran past
 * the timeout, or it was stopped from outside.
 */
export type Outcome = 'failed' | 'passed' | 'slow test' | 'timed out' | 'interrupted';

export interface RunResult {
  readonly outcome: Outcome;
  /** The first failing test, `file > describe > it`, when one failed. */
  readonly failing?: string;
}

/** Reads a failed vitest run's output (colours off): which test failed first, and whether only by time. */
export function readFailure(output: string): RunResult {
  const failing = /^\s*FAIL\s+(\S+\.test\.tsx?.*)$/m.exec(output)?.[1]?.trim();
  const assertion = output.split(/^\s*FAIL\s+/m).slice(1);
  // Every failure block is a test or hook that ran out of time: no assertion failed.
  const onlyTime =
    assertion.length > 0 && assertion.every((block) => /(Test|Hook) timed out in \d+ms/.test(block));
  return { outcome: onlyTime ? 'slow test' : 'failed', ...(failing === undefined ? {} : { failing }) };
}

/** The test run in flight, so Ctrl-C can stop it along with its workers. */
let running: ChildProcess | null = null;

function stopGroup(child: ChildProcess): void {
  if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
    try {
      // The run has its own process group: this ends vitest and every worker it started.
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/** Runs vitest with `args` (`related` files, or `run` test files), stopping at the first failure. */
function runVitest(args: readonly string[], timeoutMs: number): Promise<RunResult> {
  const vitest = join(rootDir, 'node_modules', '.bin', 'vitest');
  const excludes = SLOW_TESTS.flatMap((pattern) => ['--exclude', pattern]);
  return new Promise((resolve) => {
    const child = spawn(
      vitest,
      [...args, '--run', '--bail', '1', '--passWithNoTests', '--reporter', 'dot', ...excludes],
      {
        cwd: rootDir,
        env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    running = child;
    let output = '';
    const keep = (chunk: Buffer): void => {
      // The failure summary comes last; a megabyte is plenty.
      output = (output + chunk.toString('utf8')).slice(-1_000_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopGroup(child);
    }, timeoutMs);
    const done = (result: RunResult): void => {
      clearTimeout(timer);
      running = null;
      resolve(result);
    };
    child.on('error', () => done({ outcome: 'interrupted' }));
    child.on('close', (code, signal) => {
      if (timedOut) {
        done({ outcome: 'timed out' });
      } else if (signal !== null) {
        // Killed from outside (out of memory, a stray kill): says nothing about the mutant.
        done({ outcome: 'interrupted' });
      } else {
        done(code === 0 ? { outcome: 'passed' } : readFailure(output));
      }
    });
  });
}

/** Runs the fast tests that import `files`. */
function runRelated(files: readonly string[], timeoutMs: number): Promise<RunResult> {
  return runVitest(['related', ...files], timeoutMs);
}

/**
 * Judges one applied mutant. The module's own test (`name.test.ts` beside it) runs first: it is
 * one of the related tests, and the one most likely to catch a flip, while vitest would start the
 * related set with its slowest files. Only when it does not fail do all related tests run, so the
 * verdict is the same as one related run, only sooner for most kills.
 */
async function judge(file: string, timeoutMs: number): Promise<RunResult> {
  const ownTest = file.replace(/\.ts$/, '.test.ts');
  if (existsSync(join(rootDir, ownTest))) {
    const own = await runVitest(['run', ownTest], timeoutMs);
    if (own.outcome === 'failed' || own.outcome === 'interrupted') {
      return own;
    }
  }
  const related = await runRelated([file], timeoutMs);
  // Only a time limit failed: run once more before calling it either way.
  return related.outcome === 'slow test' ? runRelated([file], timeoutMs) : related;
}

interface Options {
  readonly limit: number;
  readonly seed: number;
  readonly folders: readonly string[];
  readonly timeoutMs: number;
  /** `file:line` filters, to run a few mutants again. */
  readonly only: readonly string[];
  /** Leave out the run on the real code (to run a few mutants again right after a full run). */
  readonly skipBaseline: boolean;
  /** Start at this mutant of the sample (1-based), to go on with a run that was stopped. */
  readonly from: number;
}

const USAGE =
  'usage: npm run mutate -- [--limit N] [--seed N] [--folder src/vision]... [--only src/x.ts:12]... [--skip-baseline] [--from N] [--timeout-seconds N]';

export function parseOptions(argv: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const index = argv.indexOf(name);
    return index === -1 ? undefined : argv[index + 1];
  };
  const repeated = (name: string): string[] =>
    argv.flatMap((arg, index) => (argv[index - 1] === name ? [arg] : []));
  const folders = repeated('--folder');
  const limit = Number(value('--limit') ?? Number.POSITIVE_INFINITY);
  const seed = Number(value('--seed') ?? 1);
  const timeoutSeconds = Number(value('--timeout-seconds') ?? 240);
  const from = Number(value('--from') ?? 1);
  if (
    Number.isNaN(limit) ||
    limit < 1 ||
    !Number.isInteger(seed) ||
    !(timeoutSeconds > 0) ||
    !Number.isInteger(from) ||
    from < 1
  ) {
    throw new Error(USAGE);
  }
  return {
    limit,
    seed,
    folders: folders.length > 0 ? folders : ['src/assessment', 'src/program', 'src/vision'],
    timeoutMs: timeoutSeconds * 1000,
    only: repeated('--only'),
    skipBaseline: argv.includes('--skip-baseline'),
    from,
  };
}

/** A share as a percentage with one decimal, rounded down so 89.96% never reads as 90%. */
export function percentDown(part: number, whole: number): string {
  if (whole === 0) {
    return '0.0%';
  }
  return `${(Math.floor((1000 * part) / whole) / 10).toFixed(1)}%`;
}

function minutes(ms: number): string {
  return `${(ms / 60_000).toFixed(1)} min`;
}

async function main(): Promise<void> {
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
  const wanted =
    options.only.length === 0
      ? all
      : all.filter((mutant) => options.only.includes(`${mutant.file}:${mutant.line}`));
  const chosen = sample(wanted, options.limit, options.seed);
  const todo = [...chosen.entries()].slice(options.from - 1);
  console.log(
    `mutate: ${all.length} comparisons in ${files.length} files; running ${chosen.length} (seed ${options.seed})` +
      (options.from > 1 ? `, from number ${options.from}: ${todo.length} of them.` : '.'),
  );

  let current: { path: string; original: string } | null = null;
  const restore = (): void => {
    if (current !== null) {
      writeFileSync(current.path, current.original);
      current = null;
    }
  };
  const onSignal = (): void => {
    if (running !== null) {
      stopGroup(running);
    }
    restore();
    process.exit(130);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  const began = Date.now();
  const tally: Record<Outcome, number> = {
    failed: 0,
    passed: 0,
    'slow test': 0,
    'timed out': 0,
    interrupted: 0,
  };
  const survivors: Mutant[] = [];
  try {
    // A kill only means something if the same tests pass on the real code.
    const touched = [...new Set(todo.map(([, mutant]) => mutant.file))];
    const baseline = options.skipBaseline
      ? { outcome: 'passed' as const }
      : await runRelated(touched, options.timeoutMs * 4);
    if (baseline.outcome !== 'passed') {
      console.error(
        `mutate: the tests of the sampled files do not pass unmutated (${baseline.outcome}${baseline.failing === undefined ? '' : `: ${baseline.failing}`}); fix that first.`,
      );
      process.exitCode = 2;
      return;
    }
    console.log(
      options.skipBaseline
        ? 'mutate: not checking the unmutated code first (--skip-baseline).'
        : `mutate: the unmutated code passes its tests (${minutes(Date.now() - began)}).`,
    );

    for (const [index, mutant] of todo) {
      const path = join(rootDir, mutant.file);
      const original = readFileSync(path, 'utf8');
      current = { path, original };
      const started = Date.now();
      let result: RunResult;
      try {
        writeFileSync(path, applyMutant(original, mutant));
        result = await judge(mutant.file, options.timeoutMs);
      } finally {
        restore();
      }
      if (result.outcome === 'interrupted') {
        throw new Error(`${mutant.file}:${mutant.line}: the test run was stopped from outside; run again.`);
      }
      tally[result.outcome] += 1;
      if (result.outcome === 'passed') {
        survivors.push(mutant);
      }
      const labels: Record<Outcome, string> = {
        failed: 'killed  ',
        passed: 'SURVIVED',
        'slow test': 'SLOW    ',
        'timed out': 'TIMEOUT ',
        interrupted: '',
      };
      console.log(
        `  ${String(index + 1).padStart(3)}/${chosen.length} ${labels[result.outcome]} ` +
          `${mutant.file}:${mutant.line} ${mutant.from} → ${mutant.to} (${((Date.now() - started) / 1000).toFixed(0)} s)` +
          (result.failing === undefined ? '' : ` by ${result.failing}`),
      );
    }
  } finally {
    restore();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  if (process.exitCode === 2) {
    return;
  }

  const total = todo.length;
  const caught = tally.failed + tally['timed out'];
  console.log(
    `\nmutate: ${caught} of ${total} mutants killed (${percentDown(caught, total)}), seed ${options.seed}, ` +
      `${minutes(Date.now() - began)}.`,
  );
  console.log(
    `  by a failing test: ${tally.failed} (${percentDown(tally.failed, total)}); ` +
      `by running past ${options.timeoutMs / 1000} s: ${tally['timed out']}; ` +
      `a test only ran out of time, twice (not counted as killed): ${tally['slow test']}; survived: ${tally.passed}.`,
  );
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
  await main();
}
