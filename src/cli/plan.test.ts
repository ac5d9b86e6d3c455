import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RIGHT_KNEE_FLAT_FOOT } from '../assessment/sample-input.js';
import { run } from './plan.js';

const exec = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const MAIN = join(process.cwd(), 'src', 'cli', 'main.ts');

let dir = '';
let answersFile = '';

async function kneeline(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(TSX, [MAIN, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

/** Runs `plan` in this process, collecting what it prints. */
async function runHere(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out.push(String(chunk));
    return true;
  });
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void out.push(parts.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void err.push(parts.join(' ')));
  const code = await run(args);
  vi.restoreAllMocks();
  return { code, out: out.join(''), err: err.join('\n') };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kneeline-plan-'));
  answersFile = join(dir, 'right-knee-flat-foot.json');
  await writeFile(answersFile, JSON.stringify(RIGHT_KNEE_FLAT_FOOT));
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('run', () => {
  it('prints a right-leg program with the foot work first, from the real command line', async () => {
    const result = await kneeline('plan', '--answers', answersFile, '--start', '2026-11-30');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const blocks = result.stdout.split('\n').filter((line) => /^[A-Z]/.test(line));
    // The safety check and the findings notes come first (issue 9), then the program.
    expect(result.stdout).toMatch(/^Safety check: You can start/);
    expect(result.stdout).toContain('Keep in mind:');
    expect(blocks[blocks.indexOf('Your Kneeline program') + 2]).toBe('Foot and ankle (walking pattern)');
    expect(result.stdout).toContain('the right side');
    expect(result.stdout).not.toContain('(the left side');
    expect(result.stdout).toContain('2026-11-30 Mon  week 1  session');
    expect(result.stdout).toContain('REVIEW');
  });

  it('says in one sentence, without a stack trace, that the answers file is missing', async () => {
    const result = await kneeline('plan', '--answers', join(dir, 'nope.json'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe(
      `kneeline: cannot read the answers file "${join(dir, 'nope.json')}": there is no such file.`,
    );
    expect(result.stderr).not.toContain('    at ');
  });

  it('plans the shipped right-knee-flat-foot example', async () => {
    const result = await runHere(
      '--answers',
      join('examples', 'right-knee-flat-foot.json'),
      '--start',
      '2026-11-30',
    );
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('Foot and ankle (walking pattern)');
    expect(result.out).toContain('Pain now 3/10: stop if it hurts more');
  });

  it('writes a calendar with a reminder', async () => {
    const result = await runHere(
      '--answers',
      answersFile,
      '--format',
      'ics',
      '--start',
      '2026-11-30',
      '--reminder',
      '07:30',
    );
    expect(result.code).toBe(0);
    expect(result.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(result.out.split('\r\n').filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(15);
    expect(result.out).toContain('TRIGGER:PT7H30M');
  });

  it('writes the findings, program and schedule as JSON', async () => {
    const result = await runHere(
      '--answers',
      answersFile,
      '--format',
      'json',
      '--start',
      '2026-11-30',
      '--days',
      'tue,thu',
    );
    const parsed = JSON.parse(result.out) as {
      program: { minutesPerSession: number };
      sessions: { date: string }[];
    };
    expect(parsed.program.minutesPerSession).toBeLessThanOrEqual(15);
    expect(parsed.sessions[0]?.date).toBe('2026-12-01');
  });

  it('says why the calendar is empty when the findings say see a professional first', async () => {
    const result = await runHere('--answers', join('examples', 'toddler.json'), '--format', 'ics');
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('BEGIN:VEVENT');
    expect(result.err).toContain('kneeline: the calendar is empty: ');
    expect(result.err).toContain('See your doctor if only one leg turns in');
  });

  it('carries the triage as data in --format json: outcome, professionals, reasons with sources, exclusions', async () => {
    const result = await runHere(
      '--answers',
      join('examples', 'giving-way-old-acl-tear.json'),
      '--format',
      'json',
    );
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out) as { triage: Record<string, unknown> };
    expect(parsed.triage).toMatchObject({
      outcome: 'see-professional-first',
      professionals: ['orthopedic-specialist'],
      exclusions: [],
    });
    const reasons = parsed.triage['reasons'] as { text: string; source: string }[];
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.every((r) => r.text.length > 0 && /seed|NORMS|USER-NEEDS|guideline/i.test(r.source))).toBe(
      true,
    );
  });

  it('explains a file that is not JSON', async () => {
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{ "answers": ');
    const result = await runHere('--answers', broken);
    expect(result.code).toBe(1);
    expect(result.err).toContain('is not valid JSON');
  });

  it('lists each answer that is wrong', async () => {
    const wrong = join(dir, 'wrong.json');
    await writeFile(
      wrong,
      JSON.stringify({
        ...RIGHT_KNEE_FLAT_FOOT,
        answers: { ...RIGHT_KNEE_FLAT_FOOT.answers, minutesPerSession: 2 },
      }),
    );
    const result = await runHere('--answers', wrong);
    expect(result.code).toBe(1);
    expect(result.err).toContain('answers.minutesPerSession: minutes per session must be at least 5 minutes');
  });

  it('refuses options it cannot use, naming each', async () => {
    const result = await runHere(
      '--answers',
      answersFile,
      '--format',
      'pdf',
      '--start',
      '2026-02-30',
      '--days',
      'mon,funday',
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('--format must be text, json or ics');
    expect(result.err).toContain('--start must be a calendar date');
    expect(result.err).toContain('--days takes day names');
    const unknown = await runHere('--answers', answersFile, '--colour');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain("Unknown option '--colour'");
  });
});
