import { describe, expect, it } from 'vitest';
import { createPlayer, step } from './player.js';
import { summarize } from './summarize.js';
import { sessionLogSchema } from './types.js';
import type { Cue, PlayerEvent, PlayerItem, PlayerState } from './types.js';

const squat: PlayerItem = {
  exerciseId: 'banded-squat',
  name: 'Banded squat',
  dosage: { sets: 2, reps: 10, perSide: false },
  sides: 'both',
  cues: ['Push your knees out against the band.'],
};
const clamshell: PlayerItem = {
  exerciseId: 'clamshell',
  name: 'Clamshell',
  dosage: { sets: 2, reps: 3, perSide: true },
  sides: 'both',
  cues: ['Keep your heels together.'],
};
const stretch: PlayerItem = {
  exerciseId: 'adductor-stretch',
  name: 'Adductor stretch',
  dosage: { holdSeconds: 30, perSide: true },
  sides: 'right',
  cues: ['Feel a stretch, never pain.'],
};
const hipHitch: PlayerItem = {
  exerciseId: 'hip-hitch',
  name: 'Hip hitch',
  dosage: { sets: 1, reps: 2, holdSeconds: 5, perSide: false },
  sides: 'both',
  cues: [],
};

const START: PlayerEvent = { type: 'start', at: '2026-11-27T08:00:00Z' };

function run(state: PlayerState, events: readonly PlayerEvent[]): { state: PlayerState; cues: Cue[] } {
  const cues: Cue[] = [];
  let current = state;
  for (const event of events) {
    const result = step(current, event);
    current = result.state;
    cues.push(...result.cues);
  }
  return { state: current, cues };
}

const spoken = (cues: readonly Cue[]): string[] =>
  cues.flatMap((cue) => (cue.kind === 'speak' ? [cue.text] : []));
const reps = (n: number): PlayerEvent[] => Array.from({ length: n }, () => ({ type: 'repDone' }) as const);
const player = (items: readonly PlayerItem[], setRest = 30, sideRest = 10) =>
  createPlayer(items, {
    sessionDate: '2026-11-27',
    restBetweenSetsSeconds: setRest,
    restBetweenSidesSeconds: sideRest,
  });

describe('step', () => {
  it('a squat pain of 6 stops the exercise and flags it for an easier version', () => {
    const { state, cues } = run(player([squat, clamshell]), [
      START,
      ...reps(4),
      { type: 'painReported', pain: 6 },
    ]);
    expect(state.phase).toMatchObject({ kind: 'work', at: { itemIndex: 1 } });
    expect(spoken(cues).some((text) => text.includes('stop sign'))).toBe(true);
    const log = summarize(state).exercises[0];
    expect(log).toMatchObject({
      stoppedForPain: true,
      flaggedForRegression: true,
      completed: false,
      painDuring: 6,
    });
  });

  it('a mild ache of 2 during a squat is noted and the squat goes on', () => {
    const { state } = run(player([squat]), [START, ...reps(4), { type: 'painReported', pain: 2 }]);
    expect(state.phase).toMatchObject({ kind: 'work', at: { itemIndex: 0 }, reps: 4 });
    expect(summarize(state).exercises[0]).toMatchObject({ painDuring: 2, flaggedForRegression: false });
  });

  it('a pain of 3 already stops, the same threshold progression uses to regress it', () => {
    const { state } = run(player([squat, clamshell]), [START, { type: 'painReported', pain: 3 }]);
    expect(state.phase).toMatchObject({ kind: 'work', at: { itemIndex: 1 } });
    expect(summarize(state).exercises[0]).toMatchObject({ stoppedForPain: true, flaggedForRegression: true });
  });

  it('pain of 7 reported after finishing an exercise flags it without calling it unfinished', () => {
    const { state } = run(player([clamshell], 0, 0), [START, ...reps(12), { type: 'painReported', pain: 7 }]);
    expect(state.phase.kind).toBe('summary');
    expect(summarize(state).exercises[0]).toMatchObject({
      completed: true,
      stoppedForPain: false,
      flaggedForRegression: true,
    });
  });

  it('works the left leg first, then tells me to switch to the right', () => {
    const { state, cues } = run(player([clamshell]), [START, ...reps(3)]);
    expect(spoken(cues)[1]).toContain('left leg');
    expect(spoken(cues)).toContain('Switch to your right leg. Rest 10 seconds.');
    expect(state.phase).toMatchObject({ kind: 'rest', after: 'side', next: { sideIndex: 1 } });
    const after = run(state, [{ type: 'tick', elapsedMs: 10_000 }]);
    expect(spoken(after.cues).at(-1)).toContain('right leg');
  });

  it('trains only the affected leg when just one knee caves in', () => {
    const { state } = run(player([stretch]), [
      START,
      { type: 'tick', elapsedMs: 30_000 },
      { type: 'painReported', pain: 0 },
    ]);
    const log = summarize(state).exercises[0];
    expect(log).toMatchObject({ sidesDone: ['right'], completed: true, holdSecondsDone: 30 });
  });

  it('a 30 second hold says halfway, counts down the last three seconds and beeps at the end', () => {
    const ticks: PlayerEvent[] = Array.from(
      { length: 30 },
      () => ({ type: 'tick', elapsedMs: 1000 }) as const,
    );
    const { cues } = run(player([stretch]), [START, ...ticks]);
    const texts = spoken(cues);
    expect(texts).toContain('Halfway there.');
    expect(texts.slice(texts.indexOf('Halfway there.') + 1, texts.indexOf('Halfway there.') + 4)).toEqual([
      '3',
      '2',
      '1',
    ]);
    expect(cues.filter((cue) => cue.kind === 'beep').length).toBe(2);
  });

  it('rests between sets for as long as I chose', () => {
    const done = run(player([squat], 45), [START, ...reps(10)]);
    expect(spoken(done.cues)).toContain('Good. Rest for 45 seconds.');
    const almost = run(done.state, [{ type: 'tick', elapsedMs: 44_000 }]);
    expect(almost.state.phase.kind).toBe('rest');
    const back = run(almost.state, [{ type: 'tick', elapsedMs: 1000 }]);
    expect(back.state.phase).toMatchObject({ kind: 'work', at: { set: 1 } });
  });

  it('one long tick carries through the holds of a hold-and-repeat exercise', () => {
    const { state, cues } = run(player([hipHitch]), [START, { type: 'tick', elapsedMs: 10_000 }]);
    expect(spoken(cues)).toContain('Relax. Hold 2 of 2, go.');
    expect(state.phase.kind).toBe('pain-check');
    expect(summarize(state).exercises[0]).toMatchObject({
      repsDone: 2,
      holdSecondsDone: 10,
      completed: true,
    });
  });

  it('"all done" counts the whole set of reps with one tap and moves to the rest', () => {
    const { state } = run(createPlayer([squat], { sessionDate: '2026-11-27' }), [
      START,
      { type: 'repDone' },
      { type: 'setDone' },
    ]);
    expect(state.bouts.at(-1)?.reps).toBe(10);
    expect(state.phase.kind).toBe('rest');
  });

  it('"all done" does nothing during a hold', () => {
    const { state } = run(createPlayer([stretch], { sessionDate: '2026-11-27' }), [
      START,
      { type: 'setDone' },
    ]);
    expect(state.bouts).toHaveLength(0);
    expect(state.phase.kind).toBe('work');
  });

  it('skipping an exercise moves on and the log says why', () => {
    const { state } = run(player([squat, clamshell]), [START, { type: 'skip', reason: 'no-equipment' }]);
    expect(state.phase).toMatchObject({ kind: 'work', at: { itemIndex: 1 } });
    expect(summarize(state).exercises[0]).toMatchObject({
      skipped: { reason: 'no-equipment' },
      completed: false,
    });
  });

  it('pausing stops the clock until I resume', () => {
    const paused = run(player([stretch]), [START, { type: 'pause' }, { type: 'tick', elapsedMs: 20_000 }]);
    expect(paused.state.phase).toMatchObject({ kind: 'work', remainingMs: 30_000 });
    const resumed = run(paused.state, [{ type: 'resume' }, { type: 'tick', elapsedMs: 20_000 }]);
    expect(resumed.state.phase).toMatchObject({ kind: 'work', remainingMs: 10_000 });
  });

  it('back restarts the set I am in, and from a fresh set goes back to the one before', () => {
    const midSet = run(player([clamshell]), [
      START,
      ...reps(3),
      { type: 'tick', elapsedMs: 10_000 },
      ...reps(2),
    ]);
    const restarted = run(midSet.state, [{ type: 'back' }]);
    expect(restarted.state.phase).toMatchObject({ kind: 'work', at: { sideIndex: 1 }, reps: 0 });
    const previous = run(restarted.state, [{ type: 'back' }]);
    expect(previous.state.phase).toMatchObject({ kind: 'work', at: { set: 0, sideIndex: 0 }, reps: 0 });
    expect(previous.state.bouts).toHaveLength(0);
  });

  it('a knee caving in while I work gives a knee-out cue and counts it for that knee', () => {
    const cave: PlayerEvent = { type: 'kneeCaveIn', side: 'left', fppaDegrees: 14, atMs: 1200 };
    const { state, cues } = run(player([squat]), [START, cave, cave]);
    expect(cues.filter((cue) => cue.kind === 'knee-out')).toEqual([
      { kind: 'knee-out', side: 'left' },
      { kind: 'knee-out', side: 'left' },
    ]);
    expect(summarize(state).kneeCaveIns).toEqual({ left: 2, right: 0 });
  });

  it('finishing early keeps what I did and marks the rest as not reached', () => {
    const events: PlayerEvent[] = [
      { type: 'painReported', pain: 2 },
      START,
      ...reps(10),
      { type: 'finish', at: '2026-11-27T08:05:00Z' },
      { type: 'painReported', pain: 1 },
    ];
    const log = summarize(run(player([squat, clamshell]), events).state);
    expect(log).toMatchObject({ painBefore: 2, painAfter: 1, finishedAt: '2026-11-27T08:05:00Z' });
    expect(log.exercises[0]).toMatchObject({ setsDone: 1, repsDone: 10, completed: false, skipped: null });
    expect(log.exercises[1]).toMatchObject({ skipped: { reason: 'ended-early' } });
    expect(sessionLogSchema.safeParse(log).success).toBe(true);
  });

  it('back at the pain question lets me redo the last set', () => {
    const asked = run(player([squat], 0), [START, ...reps(20)]);
    expect(asked.state.phase.kind).toBe('pain-check');
    const { state } = run(asked.state, [{ type: 'back' }]);
    expect(state.phase).toMatchObject({ kind: 'work', at: { set: 1 }, reps: 0 });
    expect(summarize(state).exercises[0]).toMatchObject({ setsDone: 1, repsDone: 10 });
  });

  it('a note I add is kept with the exercise I am on', () => {
    const { state } = run(player([squat, clamshell]), [START, { type: 'note', text: 'Band felt too light' }]);
    expect(summarize(state).exercises.map((e) => e.notes)).toEqual(['Band felt too light', null]);
  });

  it('refuses a pain score outside 0 to 10', () => {
    expect(() => step(player([squat]), { type: 'painReported', pain: 11 })).toThrow(/0 to 10/);
  });
});

describe('createPlayer', () => {
  it('refuses an exercise with zero reps', () => {
    expect(() => player([{ ...squat, dosage: { reps: 0, perSide: false } }])).toThrow(/positive/);
  });
});

describe('summarize', () => {
  it('cannot log a session that never started', () => {
    expect(() => summarize(player([squat]))).toThrow(/not started/);
  });

  it('a full session logs every exercise as completed and passes the server check', () => {
    const events: PlayerEvent[] = [
      START,
      ...reps(20),
      { type: 'painReported', pain: 0 },
      ...reps(12),
      { type: 'painReported', pain: 1 },
      { type: 'finish', at: '2026-11-27T08:20:00Z' },
    ];
    const log = summarize(run(player([squat, clamshell], 0, 0), events).state);
    expect(log.exercises.map((e) => [e.completed, e.setsDone, e.repsDone])).toEqual([
      [true, 2, 20],
      [true, 2, 12],
    ]);
    expect(sessionLogSchema.parse(log)).toEqual(log);
  });
});

describe('step: pain by place and "made it worse" (issue 9)', () => {
  const items: PlayerItem[] = [
    { exerciseId: 'step-up', name: 'Step-up', dosage: { reps: 10, perSide: false }, sides: 'both', cues: [] },
    {
      exerciseId: 'wall-push',
      name: 'Wall push',
      dosage: { reps: 5, perSide: false },
      sides: 'both',
      cues: [],
    },
  ];
  const started = () =>
    step(createPlayer(items, { sessionDate: '2026-11-30' }), {
      type: 'start',
      at: '2026-11-30T18:00:00.000Z',
    }).state;

  it('does not stop a knee exercise for pain in the back, and logs where it was', () => {
    const state = step(started(), { type: 'painReported', pain: 6, where: 'elsewhere' }).state;
    const log = summarize(state).exercises[0];
    expect(log?.stoppedForPain).toBe(false);
    expect(log?.painWhere).toBe('elsewhere');
  });

  it('ends the exercise when the person says it made the knee worse, and logs it', () => {
    const state = step(started(), { type: 'painReported', pain: 1, madeItWorse: true }).state;
    expect(summarize(state).exercises[0]?.madeItWorse).toBe(true);
    expect(summarize(state).exercises[0]?.stoppedForPain).toBe(true);
  });
});
