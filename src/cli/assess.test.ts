import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseAssessmentInput } from '../assessment/input.js';
import type { Prompter } from './assess.js';
import { run } from './assess.js';
import { UsageError } from './errors.js';

type Script = Readonly<Record<string, unknown>>;

/**
 * A person at the keyboard: answers a prompt containing a script key with its value, does only
 * the self-tests named in `doTests`, and otherwise takes the first choice, the last list option,
 * "no", or the smallest number allowed (at least 5).
 */
function person(script: Script, doTests: readonly string[] = []): Prompter & { readonly said: string[] } {
  const said: string[] = [];
  const scripted = (message: string): unknown => {
    const key = Object.keys(script).find((part) => message.includes(part));
    return key === undefined ? undefined : script[key];
  };
  const currentTest = (): string | undefined => said.findLast((line) => line.startsWith('\n'))?.trim();
  return {
    said,
    say: (text) => said.push(text),
    yesNo: (message) =>
      message === 'Do this test now?'
        ? Promise.resolve(doTests.some((name) => currentTest()?.startsWith(`${name}:`)))
        : Promise.resolve((scripted(message) as boolean | undefined) ?? false),
    single: (message, choices) =>
      Promise.resolve((scripted(message) as string | undefined) ?? choices[0]?.value ?? ''),
    multi: (message, choices, check) => {
      const chosen = (scripted(message) as string[] | undefined) ?? [
        choices[choices.length - 1]?.value ?? '',
      ];
      const verdict = check(chosen);
      return verdict === true ? Promise.resolve(chosen) : Promise.reject(new Error(verdict));
    },
    number: (message, min) => Promise.resolve((scripted(message) as number | undefined) ?? Math.max(min, 5)),
  };
}

const ADULT = {
  'age group': 'adult',
  'How old are you': 34,
  'Which knee caves in': 'right',
  'Female or male': 'female',
};

describe('run', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kneeline-assess-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints how to use it with --help', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    await expect(run(['--help'])).resolves.toBe(0);
    expect(String(log.mock.calls[0]?.[0])).toMatch(/Usage: kneeline assess \[--out FILE\]/);
    log.mockRestore();
  });

  it('tells the person about an option it does not know', async () => {
    await expect(run(['--output', 'x.json'])).rejects.toThrow(UsageError);
  });

  it('saves the answers and self-tests it was given, and explains what they show', async () => {
    const out = join(dir, 'answers.json');
    const keyboard = person(
      { ...ADULT, 'minutes can you give': 15, 'days a week': 7, 'Which unit': 'in', '(in)': 3 },
      ['Knee-to-wall ankle test'],
    );
    await expect(run(['--out', out], keyboard)).resolves.toBe(0);
    const saved = parseAssessmentInput(JSON.parse(await readFile(out, 'utf8')));
    expect(saved.answers).toMatchObject({
      ageGroup: 'adult',
      sidesAffected: 'right',
      minutesPerSession: 15,
      daysPerWeek: 7,
    });
    expect(saved.tests.kneeToWall).toEqual({
      left: { value: 3, unit: 'in' },
      right: { value: 3, unit: 'in' },
    });
    const report = keyboard.said.join('\n');
    expect(report).toMatch(/Knees that cave in: the right knee/);
    expect(report).toMatch(/the ankle does not bend forwards enough \(both legs, mild\)/);
    expect(report).toMatch(/Left knee-to-wall 3 in = 7.6 cm/);
    expect(report).toMatch(/Next: kneeline plan --answers .*answers.json/);
  });

  it('skips the self-tests and points to a specialist when the knee gives way', async () => {
    const out = join(dir, 'answers.json');
    const keyboard = person({ ...ADULT, 'give way': true }, ['Knee-to-wall ankle test']);
    await expect(run(['--out', out], keyboard)).resolves.toBe(0);
    const saved = parseAssessmentInput(JSON.parse(await readFile(out, 'utf8')));
    expect(saved.tests).toEqual({});
    const report = keyboard.said.join('\n');
    expect(report).toMatch(/we skip the self-tests/);
    expect(report).toMatch(/Please see an orthopedic specialist before starting exercises/);
    expect(report).toMatch(/No program for now/);
    expect(report).not.toMatch(/kneeline plan/);
  });

  it('stops without saving when the person presses Ctrl+C', async () => {
    const out = join(dir, 'answers.json');
    const keyboard = person(ADULT);
    const quitter = {
      ...keyboard,
      yesNo: () =>
        Promise.reject(Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' })),
    };
    await expect(run(['--out', out], quitter)).resolves.toBe(130);
    await expect(readFile(out, 'utf8')).rejects.toThrow(/ENOENT/);
    expect(keyboard.said.at(-1)).toMatch(/Nothing was saved/);
  });
});
