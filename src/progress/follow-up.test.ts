import { describe, expect, it } from 'vitest';
import type { SessionLog } from '../coaching/types.js';
import { sampleProgram } from '../store/test-fixtures.js';
import { CATALOG } from '../catalog/catalog.js';
import { followUpDue, FOLLOW_UP_MAX_DAYS, redFlagsAnswered } from './follow-up.js';
import { pausedAdvice, PAUSED_NEXT_STEPS } from './paused.js';
import { followUpTriage } from './session-triage.js';
import { addDays } from './dates.js';

const DAY = '2026-12-07';
const log = (overrides: Partial<SessionLog> = {}): SessionLog => ({
  sessionDate: DAY,
  startedAt: `${DAY}T17:00:00Z`,
  finishedAt: `${DAY}T17:30:00Z`,
  painBefore: 0,
  painAfter: 2,
  exercises: [],
  kneeCaveIns: { left: 0, right: 0 },
  ...overrides,
});
const latest = (overrides: Partial<SessionLog> = {}) => ({ id: 'log-1', log: log(overrides) });

describe('followUpDue', () => {
  it('asks whether the pain settled only once the hour after the session has passed', () => {
    expect(followUpDue(latest(), DAY, `${DAY}T18:29:00Z`)).toBeNull();
    expect(followUpDue(latest(), DAY, `${DAY}T18:30:00Z`)).toEqual({
      logId: 'log-1',
      sessionDate: DAY,
      asks: ['painSettledWithinHour'],
    });
  });

  it('counts the hour from the start of a session that was left early', () => {
    expect(followUpDue(latest({ finishedAt: null }), DAY, `${DAY}T18:00:00Z`)?.asks).toEqual([
      'painSettledWithinHour',
    ]);
  });

  it('asks about the next morning from the next day on, up to a week later', () => {
    const next = addDays(DAY, 1);
    expect(followUpDue(latest(), next, `${next}T07:00:00Z`)?.asks).toEqual([
      'painSettledWithinHour',
      'nextMorningWorse',
    ]);
    const lastDay = addDays(DAY, FOLLOW_UP_MAX_DAYS);
    expect(followUpDue(latest(), lastDay, `${lastDay}T07:00:00Z`)?.asks).toContain('nextMorningWorse');
    const tooLate = addDays(DAY, FOLLOW_UP_MAX_DAYS + 1);
    expect(followUpDue(latest(), tooLate, `${tooLate}T07:00:00Z`)).toBeNull();
  });

  it('does not ask again what is answered, nor about settling after a session without pain', () => {
    const next = addDays(DAY, 1);
    const answered = latest({ symptoms: { painSettledWithinHour: true, nextMorningWorse: false } });
    expect(followUpDue(answered, next, `${next}T07:00:00Z`)).toBeNull();
    expect(followUpDue(latest({ painAfter: 0 }), next, `${next}T07:00:00Z`)?.asks).toEqual([
      'nextMorningWorse',
    ]);
    // Pain not asked at all is not "no pain": the question is asked.
    expect(followUpDue(latest({ painAfter: null }), next, `${next}T07:00:00Z`)?.asks).toEqual([
      'painSettledWithinHour',
      'nextMorningWorse',
    ]);
  });

  it('asks nothing before any session, or about a session dated after today', () => {
    expect(followUpDue(null, DAY, `${DAY}T07:00:00Z`)).toBeNull();
    expect(followUpDue(latest(), addDays(DAY, -1), `${DAY}T07:00:00Z`)).toBeNull();
  });
});

describe('redFlagsAnswered', () => {
  it('reads an unticked box as "no" and keeps the other answers', () => {
    expect(redFlagsAnswered({ newSwelling: true, nextMorningWorse: false })).toEqual({
      newSwelling: true,
      locking: false,
      givingWay: false,
      nextMorningWorse: false,
    });
  });
});

describe('followUpTriage', () => {
  it('stops for a worse next morning (physical therapist) and for swelling (doctor)', () => {
    const morning = followUpTriage({ nextMorningWorse: true }, sampleProgram, CATALOG);
    expect(morning.outcome).toBe('see-professional-first');
    expect(morning.professionals).toEqual(['physical-therapist']);
    expect(morning.nextSteps).toEqual(PAUSED_NEXT_STEPS);
    const swelling = followUpTriage({ newSwelling: true, locking: false }, sampleProgram, CATALOG);
    expect(swelling.professionals).toEqual(['doctor']);
  });

  it('steps loading exercises down for pain that did not settle, and changes nothing for all-clear answers', () => {
    const lingering = followUpTriage({ painSettledWithinHour: false }, sampleProgram, CATALOG);
    expect(lingering.outcome).toBe('start-with-adaptations');
    const clear = followUpTriage(
      { painSettledWithinHour: true, nextMorningWorse: false, newSwelling: false },
      sampleProgram,
      CATALOG,
    );
    expect(clear).toMatchObject({ outcome: 'go', professionals: [], reasons: [], regress: [] });
  });
});

describe('pausedAdvice', () => {
  it('says why, who to see in words and how to carry on; nothing for a running program', () => {
    expect(pausedAdvice(sampleProgram)).toBeNull();
    const advice = pausedAdvice({
      ...sampleProgram,
      paused: {
        on: DAY,
        professionals: ['doctor', 'orthopedic-specialist'],
        reasons: ['It swelled up.'],
        urgent: true,
      },
    });
    expect(advice?.title).toContain('today');
    expect(advice?.who).toEqual(['your doctor', 'an orthopedic specialist']);
    expect(advice?.why).toEqual(['It swelled up.']);
    expect(advice?.next.at(-1)).toContain('starts again');
  });
});
