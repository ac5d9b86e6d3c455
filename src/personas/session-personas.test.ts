/**
 * Session personas: weeks of logged sessions a PT reviews (issue 9, "Pain during the program
 * never escalates", "Progression ignores movement quality"). Each runs through the functions the
 * server calls when a session is logged (applyProgression, applySessionTriage).
 */
import { describe, expect, it } from 'vitest';
import { parseAssessmentInput } from '../assessment/input.js';
import type { SessionLog } from '../coaching/types.js';
import { planFor } from '../cli/plan.js';
import { addDays } from '../program/iso-date.js';
import type { Program } from '../program/types.js';
import { applyProgression, applySessionTriage } from '../server/log-session.js';
import { BOTH_CAVE, adult } from './persona-types.js';

const START = '2026-11-30';
const RIGHT_ONLY_TESTS = {
  standingKnee: { left: 'in-line', right: 'in' },
  singleLegSquat: { left: { observed: 'holds' }, right: { observed: 'caves' } },
  straightLegRaise: { right: { reps: 20 } },
} as const;

const programOf = (
  answers = adult({ minutesPerSession: 60 }),
  tests: Record<string, unknown> = BOTH_CAVE,
): Program => planFor(parseAssessmentInput({ answers, tests })).program;
const itemIds = (program: Program): string[] =>
  program.blocks.flatMap((b) => b.items.map((i) => i.exerciseId));

type ExerciseLog = SessionLog['exercises'][number];
/** One session of every item in the program, clean unless `each` says otherwise. */
function session(
  program: Program,
  date: string,
  each: (id: string) => Partial<ExerciseLog> = () => ({}),
  extra: Partial<SessionLog> = {},
): SessionLog {
  return {
    sessionDate: date,
    startedAt: `${date}T18:00:00.000Z`,
    finishedAt: `${date}T18:30:00.000Z`,
    painBefore: 0,
    painAfter: 0,
    exercises: program.blocks
      .flatMap((b) => b.items)
      .map((item) => ({
        exerciseId: item.exerciseId,
        sides: item.sides,
        sidesDone: item.sides === 'both' ? ['left', 'right'] : [item.sides],
        completed: true,
        setsDone: 1,
        repsDone: 10,
        holdSecondsDone: 0,
        painDuring: 0,
        stoppedForPain: false,
        flaggedForRegression: false,
        skipped: null,
        caveIns: { left: 0, right: 0 },
        notes: null,
        ...each(item.exerciseId),
      })),
    kneeCaveIns: { left: 0, right: 0 },
    ...extra,
  };
}

/** Logs sessions one by one as the server does: progression, then the session triage. */
function logAll(program: Program, logs: readonly SessionLog[]) {
  let current = program;
  let last = applySessionTriage(current, [], START, START);
  const changes: string[] = [];
  for (let i = 0; i < logs.length; i += 1) {
    const log = logs[i];
    if (log === undefined) {
      continue;
    }
    const seen = logs.slice(0, i + 1);
    const touched = new Set(log.exercises.map((e) => e.exerciseId));
    const progressed = applyProgression(current, seen, touched, log.sessionDate);
    last = applySessionTriage(progressed.program, seen, log.sessionDate, START);
    current = last.program;
    changes.push(
      ...[...progressed.changes, ...last.changes].map((c) => `${c.exerciseId}:${c.decision.kind}`),
    );
  }
  return { program: current, triage: last.triage, changes };
}

const days = (n: number, every = 2): string[] =>
  Array.from({ length: n }, (_, i) => addDays(START, i * every));
const painful = (pain: number, where?: 'left-knee' | 'right-knee' | 'elsewhere') => (id: string) =>
  id === 'step-up' ? { painDuring: pain, ...(where !== undefined ? { painWhere: where } : {}) } : {};

describe('session personas: pain and symptoms during the program', () => {
  const program = programOf();

  it('one session at 7/10 knee pain: stop the program, see a physical therapist', () => {
    const { triage, program: after } = logAll(program, [session(program, START, painful(7, 'right-knee'))]);
    expect(triage.outcome).toBe('see-professional-first');
    expect(triage.professionals).toEqual(['physical-therapist']);
    expect(after.paused?.reasons.join(' ')).toMatch(/7\/10/);
  });

  it('6/10 in the right knee: the exercises loading the right knee step down, the program goes on', () => {
    const {
      triage,
      changes,
      program: after,
    } = logAll(program, [session(program, START, painful(6, 'right-knee'))]);
    expect(triage.outcome).toBe('start-with-adaptations');
    expect(after.paused).toBeUndefined();
    expect(triage.regress.length).toBeGreaterThan(0);
    expect(changes.some((c) => c.startsWith('step-up:'))).toBe(true);
    expect(new Set(itemIds(after)).size).toBe(itemIds(after).length);
  });

  it('pain only in the back (6/10 elsewhere): the knee ladders stay', () => {
    const { triage, program: after } = logAll(program, [session(program, START, painful(6, 'elsewhere'))]);
    expect(triage.outcome).toBe('go');
    expect(itemIds(after)).toContain('step-up');
  });

  it.each([
    ['nextMorningWorse', 'see-professional-first', ['physical-therapist']],
    ['newSwelling', 'see-professional-first', ['doctor']],
    ['givingWay', 'see-professional-first', ['orthopedic-specialist']],
    ['locking', 'urgent', ['orthopedic-specialist']],
  ] as const)('%s since the last session: stop and refer', (symptom, outcome, who) => {
    const log = session(program, START, () => ({}), { symptoms: { [symptom]: true } });
    const { triage, program: after } = logAll(program, [log]);
    expect(triage.outcome).toBe(outcome);
    expect(triage.professionals).toEqual(who);
    expect(after.paused).toBeDefined();
  });

  it('pain not settled within an hour: the loading work steps down', () => {
    const log = session(program, START, () => ({}), {
      symptoms: { painSettledWithinHour: false, knee: 'left' },
    });
    const { triage } = logAll(program, [log]);
    expect(triage.outcome).toBe('start-with-adaptations');
    expect(triage.reasons[0]?.source).toMatch(/pain-monitoring/);
  });

  it('knee pain rising week to week (1, 2, 3 out of 10): the loading work steps down', () => {
    const logs = [0, 7, 14].map((d, i) => session(program, addDays(START, d), painful(i + 1, 'left-knee')));
    const { triage } = logAll(program, logs);
    expect(triage.reasons.map((r) => r.ruleId)).toContain('session-pain-rising');
  });

  it('"this exercise made it worse": the step-up is swapped for its easier version, with the reason', () => {
    const { program: after } = logAll(program, [
      session(program, START, (id) => (id === 'step-up' ? { madeItWorse: true } : {})),
    ]);
    expect(itemIds(after)).not.toContain('step-up');
    const why = [...after.leftOut, ...after.blocks.flatMap((b) => b.items.map((i) => ({ why: i.reason })))]
      .map((x) => x.why)
      .join(' ');
    expect(why).toMatch(/made your knee worse/);
  });
});

describe('session personas: progression by movement quality', () => {
  it('knee caving in on every rep for 8 sessions: nothing moves up a rung', () => {
    const program = programOf();
    const logs = days(8).map((d) => session(program, d, () => ({ caveIns: { left: 3, right: 3 } })));
    const { changes } = logAll(program, logs);
    expect(changes.filter((c) => c.endsWith(':progress-rung'))).toEqual([]);
  });

  it('a hip hitch logged on the hip-hitch exercise holds it at its rung', () => {
    const program = programOf();
    const logs = days(6).map((d) =>
      session(program, d, (id) => (id === 'hip-hitch' ? { faults: ['hip-hitch'] } : {})),
    );
    const { program: after } = logAll(program, logs);
    expect(itemIds(after)).toContain('hip-hitch');
  });

  it('clean sessions move up, keep the lower rung available and never list a rung twice', () => {
    const program = programOf();
    const { program: after, changes } = logAll(
      program,
      days(8).map((d) => session(program, d)),
    );
    expect(changes.some((c) => c.endsWith(':progress-rung') || c.endsWith(':progress-dosage'))).toBe(true);
    expect(new Set(itemIds(after)).size).toBe(itemIds(after).length);
    const moved = after.blocks.flatMap((b) => b.items).filter((i) => i.easierExerciseId !== undefined);
    for (const item of moved) {
      expect(item.easierExerciseId).not.toBe(item.exerciseId);
    }
  });

  it('a meniscal tear never progresses into the deep single-leg squat', () => {
    const program = programOf(
      adult({ diagnoses: ['meniscus-tear'], clearedForExercise: true, minutesPerSession: 60 }),
    );
    const { program: after } = logAll(
      program,
      days(16).map((d) => session(program, d)),
    );
    expect(itemIds(after)).not.toContain('single-leg-squat');
    expect(itemIds(after)).not.toContain('one-leg-squat');
  });

  it('right knee only: pain in the left knee does not step down the right-side work', () => {
    const program = programOf(adult({ sidesAffected: 'right' }), RIGHT_ONLY_TESTS);
    const { triage } = logAll(program, [session(program, START, painful(6, 'left-knee'))]);
    expect(
      triage.regress.filter(
        (r) =>
          program.blocks.flatMap((b) => b.items).find((i) => i.exerciseId === r.exerciseId)?.sides ===
          'right',
      ),
    ).toEqual([]);
  });
});
