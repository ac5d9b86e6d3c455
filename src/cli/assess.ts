/**
 * `kneeline assess [--out FILE]`: the questionnaire and self-tests in the terminal, built from
 * the same definitions as the web app. Writes the AssessmentInput JSON, then prints the findings
 * in plain words (and the referral, if any).
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { checkbox, confirm, number, select } from '@inquirer/prompts';
import { answersSchema } from '../assessment/answers.js';
import { describeFindings } from '../assessment/describe-findings.js';
import { describeTriage } from '../assessment/describe-triage.js';
import { findDrivers } from '../assessment/find-drivers.js';
import type { AssessmentInput } from '../assessment/input.js';
import { assessmentInputSchema } from '../assessment/input.js';
import type { Question, QuestionInput } from '../assessment/question-types.js';
import { shouldAsk } from '../assessment/question-types.js';
import { QUESTIONS } from '../assessment/questions.js';
import type { SelfTest } from '../assessment/self-tests.js';
import { SELF_TESTS } from '../assessment/self-tests.js';
import { UsageError } from './errors.js';

const HELP = `Usage: kneeline assess [--out FILE]

Asks about your knees, pain, history, time and kit, guides you through the self-tests
(any of them can be skipped), saves your answers and tells you what they show.

Options:
  --out FILE   where to save your answers (default kneeline-answers.json);
               build your program from it with: kneeline plan --answers FILE
  -h, --help   this help`;

/** The prompts the questionnaire needs; the real ones are @inquirer/prompts, tests pass a script. */
export interface Prompter {
  /** `fallback` is what Enter alone answers. */
  readonly yesNo: (message: string, fallback: boolean) => Promise<boolean>;
  readonly single: (message: string, options: QuestionChoice[]) => Promise<string>;
  readonly multi: (
    message: string,
    options: QuestionChoice[],
    check: (values: string[]) => true | string,
  ) => Promise<string[]>;
  readonly number: (message: string, min: number, max: number, integer: boolean) => Promise<number>;
  readonly say: (text: string) => void;
}
export interface QuestionChoice {
  readonly value: string;
  readonly name: string;
}

const inquirer: Prompter = {
  yesNo: (message, fallback) => confirm({ message, default: fallback }),
  single: (message, choices) => select({ message, choices }),
  multi: (message, choices, check) =>
    checkbox({ message, choices, validate: (chosen) => check(chosen.map((choice) => choice.value)) }),
  number: (message, min, max, integer) =>
    number({
      message,
      min,
      max,
      step: integer ? 1 : 'any',
      required: true,
      validate: (value) => (value >= min && value <= max) || `enter a number from ${min} to ${max}`,
    }),
  say: (text) => console.log(text),
};

async function ask(
  input: QuestionInput,
  message: string,
  prompter: Prompter,
  check: (value: unknown) => true | string,
): Promise<unknown> {
  switch (input.kind) {
    case 'yes-no':
      // No default "yes": a red flag or a history item must be said, not slipped past with Enter.
      return prompter.yesNo(message, false);
    case 'single':
      return prompter.single(
        message,
        input.options.map((o) => ({ value: o.value, name: o.label })),
      );
    case 'multi':
      return prompter.multi(
        message,
        input.options.map((o) => ({ value: o.value, name: o.label })),
        check,
      );
    case 'number':
      return prompter.number(`${message} (${input.unit})`, input.min, input.max, input.integer);
    case 'length': {
      const unit = await prompter.single(`${message} Which unit?`, [
        { value: 'cm', name: 'centimetres' },
        { value: 'in', name: 'inches' },
      ]);
      const max = unit === 'cm' ? input.maxCm : Math.floor(input.maxCm / 2.54);
      return { value: await prompter.number(`${message} (${unit})`, 0, max, false), unit };
    }
  }
}

/** Checks one answer with its own field of the answers schema, so a mistake is caught at once. */
function checkAnswer(question: Question): (value: unknown) => true | string {
  const field = answersSchema.shape[question.id as keyof typeof answersSchema.shape];
  return (value) => {
    const result = field.safeParse(value);
    return result.success || (result.error.issues[0]?.message ?? 'not a valid answer');
  };
}

async function askQuestions(prompter: Prompter): Promise<Record<string, unknown>> {
  const answers: Record<string, unknown> = {};
  prompter.say('First, a few safety questions.');
  for (const question of QUESTIONS) {
    if (question.id === 'ageGroup') {
      prompter.say('\nNow about you.');
    }
    if (!shouldAsk(question, answers)) {
      continue;
    }
    prompter.say(`  (${question.help})`);
    const check = checkAnswer(question);
    answers[question.id] = await ask(question.input, question.prompt, prompter, check);
  }
  return answers;
}

async function runSelfTest(test: SelfTest, prompter: Prompter): Promise<unknown> {
  const entry = async (side: string): Promise<unknown> => {
    const values: Record<string, unknown> = {};
    for (const field of test.fields) {
      const message = side === '' ? field.question.prompt : `${side}: ${field.question.prompt}`;
      const value = await ask(field.question.input, message, prompter, () => true);
      if (field.name === null) {
        return value;
      }
      values[field.name] = value;
    }
    return values;
  };
  const result = test.perSide
    ? { left: await entry('Left leg'), right: await entry('Right leg') }
    : await entry('');
  const parsed = test.resultSchema.safeParse(result);
  if (!parsed.success) {
    prompter.say(
      `  That result does not add up (${parsed.error.issues[0]?.message ?? 'check it'}); skipping this test.`,
    );
    return undefined;
  }
  return parsed.data;
}

async function askSelfTests(prompter: Prompter): Promise<Record<string, unknown>> {
  const tests: Record<string, unknown> = {};
  prompter.say('\nNow the self-tests. Each takes a minute or two; skip any you cannot do.');
  for (const test of SELF_TESTS) {
    prompter.say(`\n${test.name}: ${test.tellsUs}`);
    test.steps.forEach((step, index) => prompter.say(`  ${index + 1}. ${step}`));
    if (await prompter.yesNo('Do this test now?', true)) {
      const result = await runSelfTest(test, prompter);
      if (result !== undefined) {
        tests[test.key] = result;
      }
    }
  }
  return tests;
}

/** Runs the questionnaire with `prompter` and returns the parsed assessment input. */
export async function interview(prompter: Prompter): Promise<AssessmentInput> {
  const answers = await askQuestions(prompter);
  // Skip the self-tests when the answers alone already say "see a professional first":
  // some tests load the knee.
  const screened = findDrivers(assessmentInputSchema.parse({ answers, tests: {} }));
  const flagged = screened.referral?.urgency === 'stop';
  let tests: Record<string, unknown> = {};
  if (flagged) {
    prompter.say('\nBecause of your answers we skip the self-tests: some of them load the knee.');
  } else {
    tests = await askSelfTests(prompter);
  }
  return assessmentInputSchema.parse({ answers, tests });
}

function options(args: readonly string[]): { out: string; help: boolean } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
      allowPositionals: false,
    });
    if (values.out === '') {
      throw new UsageError('--out needs a file name, e.g. --out my-answers.json');
    }
    return { out: values.out ?? 'kneeline-answers.json', help: values.help ?? false };
  } catch (error) {
    if (error instanceof UsageError) {
      throw error;
    }
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`);
  }
}

/** `kneeline assess`; `prompter` is replaced in tests. Returns the exit code. */
export async function run(args: readonly string[], prompter: Prompter = inquirer): Promise<number> {
  const { out, help } = options(args);
  if (help) {
    console.log(HELP);
    return 0;
  }
  prompter.say('Kneeline assessment. Answer what you can; every answer can be changed later.\n');
  let input: AssessmentInput;
  try {
    input = await interview(prompter);
  } catch (error) {
    // Ctrl+C in a prompt: the person chose to stop, which is not an error.
    if (error instanceof Error && error.name === 'ExitPromptError') {
      prompter.say('\nStopped. Nothing was saved.');
      return 130;
    }
    throw error;
  }
  await writeFile(out, `${JSON.stringify(input, null, 2)}\n`, 'utf8');
  prompter.say(`\nSaved your answers to ${out}.\n`);
  const findings = findDrivers(input);
  if (findings.triage !== undefined) {
    prompter.say(describeTriage(findings.triage).join('\n'));
  }
  prompter.say(describeFindings(findings).join('\n'));
  if (findings.programAllowed) {
    prompter.say(`\nNext: kneeline plan --answers ${out}`);
  }
  return 0;
}
