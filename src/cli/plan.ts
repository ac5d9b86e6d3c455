/**
 * `kneeline plan --answers FILE [--format text|json|ics] [--start YYYY-MM-DD] [--days mon,wed,fri]
 * [--weeks N] [--reminder HH:MM]`: reads an assessment answers file, finds the drivers, builds the
 * program and its schedule, and prints it. The clock is read here (the edge) for the default start
 * day and the calendar's stamp, never in the domain code.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CATALOG } from '../catalog/catalog.js';
import { assessmentInputSchema } from '../assessment/input.js';
import { describeTriage } from '../assessment/describe-triage.js';
import { findDrivers, preferencesFrom } from '../assessment/find-drivers.js';
import { triageOf } from '../assessment/triage.js';
import type { AssessmentInput } from '../assessment/input.js';
import type { Findings, Preferences, Triage } from '../assessment/types.js';
import type { Program } from '../program/types.js';
import { buildProgram } from '../program/build-program.js';
import { formatProgramText } from '../program/format-text.js';
import { isIsoDate } from '../program/iso-date.js';
import { scheduleSessions } from '../program/schedule.js';
import { toICalendar } from '../program/calendar.js';
import { UsageError, describeZodError, reportCliError } from './errors.js';

const HELP = `Usage: kneeline plan --answers FILE [options]

Builds your corrective program from an assessment answers file and lays it out on a calendar.

Options:
  --answers FILE        the answers file (JSON: { "answers": ..., "tests": ... })
  --format text|json|ics  what to print (default text)
  --start YYYY-MM-DD    the first day of week 1 (default today)
  --days mon,wed,fri    the days you can train (default: spread over the days per week you gave)
  --weeks N             how many weeks to schedule, 1-52 (default 4, up to the 4-week review)
  --reminder HH:MM      with --format ics: a reminder at this time on each day
  -h, --help            this help`;

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** Training days when none are given: spread over the week for the days per week the person has. */
const DEFAULT_DAYS: Readonly<Record<number, readonly number[]>> = {
  1: [1],
  2: [1, 4],
  3: [1, 3, 5],
  4: [1, 2, 4, 5],
  5: [1, 2, 3, 4, 5],
  6: [1, 2, 3, 4, 5, 6],
  7: [0, 1, 2, 3, 4, 5, 6],
};

const optionsSchema = z.object({
  answers: z.string({ error: () => 'say which answers file to read: --answers FILE' }).min(1),
  format: z
    .enum(['text', 'json', 'ics'], { error: () => '--format must be text, json or ics' })
    .default('text'),
  start: z
    .string()
    .refine(isIsoDate, { error: () => '--start must be a calendar date written YYYY-MM-DD' })
    .optional(),
  days: z
    .string()
    .transform((value) =>
      value
        .toLowerCase()
        .split(',')
        .map((day) => day.trim().slice(0, 3)),
    )
    .refine(
      (days) => days.length > 0 && days.every((day) => (DAY_NAMES as readonly string[]).includes(day)),
      {
        error: () => '--days takes day names separated by commas, e.g. mon,wed,fri',
      },
    )
    .transform((days) => [...new Set(days.map((day) => (DAY_NAMES as readonly string[]).indexOf(day)))])
    .optional(),
  weeks: z.coerce
    .number({ error: () => '--weeks must be a number' })
    .int()
    .min(1)
    .max(52, { error: () => '--weeks must be 1 to 52' })
    .default(4),
  reminder: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
      error: () => '--reminder must be a time written HH:MM, e.g. 07:30',
    })
    .transform((value) => ({ hour: Number(value.slice(0, 2)), minute: Number(value.slice(3)) }))
    .optional(),
});
type PlanOptions = z.output<typeof optionsSchema>;

function parseOptions(args: readonly string[]): PlanOptions | 'help' {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        answers: { type: 'string' },
        format: { type: 'string' },
        start: { type: 'string' },
        days: { type: 'string' },
        weeks: { type: 'string' },
        reminder: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}\nRun \`kneeline plan --help\` for the options.`,
    );
  }
  if (values.help === true) {
    return 'help';
  }
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    throw new UsageError(
      `the options are not valid:\n${describeZodError(parsed.error)}\n\nRun \`kneeline plan --help\` for the options.`,
    );
  }
  return parsed.data;
}

async function readAnswers(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : (code ?? 'it cannot be read');
    throw new UsageError(`cannot read the answers file "${file}": ${why}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `"${file}" is not valid JSON (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Today's local calendar day; the CLI is the edge that may read the clock. */
function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Everything `kneeline plan` decides, from parsed answers: the same functions the server calls. */
export function planFor(input: AssessmentInput): {
  readonly findings: Findings;
  readonly preferences: Preferences;
  readonly program: Program;
  readonly triage: Triage;
} {
  const findings = findDrivers(input);
  const preferences = preferencesFrom(input);
  const program = buildProgram(findings, preferences, CATALOG);
  return { findings, preferences, program, triage: findings.triage ?? triageOf(input) };
}

/** The triage as data for a reviewer: outcome, who, why with sources, exclusions. */
function triageData(triage: Triage) {
  return {
    outcome: triage.outcome,
    professionals: triage.professionals,
    reasons: triage.reasons.map((r) => ({ text: r.text, source: r.source, ruleId: r.ruleId })),
    exclusions: triage.exclusions,
    nextSteps: triage.nextSteps,
  };
}

async function plan(options: PlanOptions): Promise<string> {
  const parsed = assessmentInputSchema.safeParse(await readAnswers(options.answers));
  if (!parsed.success) {
    throw new UsageError(
      `"${options.answers}" has answers that are not valid:\n${describeZodError(parsed.error)}`,
    );
  }
  const { findings, preferences, program, triage } = planFor(parsed.data);
  const weekdays = options.days ?? DEFAULT_DAYS[preferences.daysPerWeek] ?? DEFAULT_DAYS[3] ?? [];
  const startDate = options.start ?? today();
  const sessions = scheduleSessions(program, { startDate, weekdays, weeks: options.weeks });
  switch (options.format) {
    case 'json':
      return JSON.stringify(
        { triage: triageData(triage), findings, preferences, program, sessions },
        null,
        2,
      );
    case 'ics':
      if (program.blocks.length === 0) {
        console.error(
          `kneeline: the calendar is empty: ${triage.nextSteps.join(' ') || 'no exercises were found to schedule.'}`,
        );
      }
      return toICalendar(sessions, {
        createdOn: today(),
        ...(options.reminder !== undefined ? { reminder: options.reminder } : {}),
        description: `About ${program.minutesPerSession} minutes: ${program.blocks.map((b) => b.title).join(', ')}.`,
      });
    case 'text':
      return [
        ...describeTriage(triage),
        '',
        ...(findings.notes.length > 0 ? ['Keep in mind:', ...findings.notes.map((n) => `  - ${n}`), ''] : []),
        // The triage above already says who to see: the program text does not repeat it.
        formatProgramText({ ...program, referral: null }, CATALOG, sessions),
      ].join('\n');
  }
}

/** Runs `kneeline plan`; returns the exit code (0 done, 1 a mistake to fix, 2 a bug). */
export async function run(args: readonly string[]): Promise<number> {
  try {
    const options = parseOptions(args);
    if (options === 'help') {
      console.log(HELP);
      return 0;
    }
    process.stdout.write(`${await plan(options)}\n`);
    return 0;
  } catch (error) {
    return reportCliError(error);
  }
}
