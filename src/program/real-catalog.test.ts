/**
 * The builder on the real catalog and the real findings engine: whole cases as a user tells them.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATALOG, findExercise } from '../catalog/catalog.js';
import { findDrivers, preferencesFrom } from '../assessment/find-drivers.js';
import { parseAssessmentInput } from '../assessment/input.js';
import { RIGHT_KNEE_FLAT_FOOT } from '../assessment/sample-input.js';
import { buildProgram } from './build-program.js';
import { scheduleSessions } from './schedule.js';
import type { Program } from './types.js';

/** The right knee and right flat foot case, seven days a week. */
const base = { ...RIGHT_KNEE_FLAT_FOOT.answers, daysPerWeek: 7 };

function programFor(
  answers: Record<string, unknown>,
  tests: Record<string, unknown> = RIGHT_KNEE_FLAT_FOOT.tests,
): Program {
  const input = parseAssessmentInput({ answers: { ...base, ...answers }, tests });
  return buildProgram(findDrivers(input), preferencesFrom(input), CATALOG);
}

const exerciseIds = (program: Program): readonly string[] =>
  program.blocks.flatMap((b) => b.items.map((i) => i.exerciseId));

describe('buildProgram', () => {
  it('right knee only, flat right foot, 15 minutes a day, a band and a wall: a right-side program, foot block first, within 15 minutes', () => {
    const program = programFor({});
    expect(program.blocks[0]?.block).toBe('walking-pattern');
    expect(program.blocks[0]?.items.map((i) => i.exerciseId)).toContain('short-foot');
    expect(program.minutesPerSession).toBeGreaterThan(0);
    expect(program.minutesPerSession).toBeLessThanOrEqual(15);
    const items = program.blocks.flatMap((b) => b.items);
    expect(items.filter((i) => i.dosage.perSide).every((i) => i.sides === 'right')).toBe(true);
    for (const item of items) {
      const kit = findExercise(item.exerciseId)?.equipment ?? [];
      const owned = kit.every((k) => ['band', 'wall', 'none'].includes(k));
      expect(owned || item.substituteNote !== undefined).toBe(true);
      expect(item.reason).toMatch(/Source: seed 00[012]/);
    }
    expect(program.advice.map((a) => a.adviceId)).toContain('one-sided-valgus');
    expect(program.leftOut.length).toBeGreaterThan(0);
  });

  it('starts each ladder at its easiest rung when the knee hurts now', () => {
    const program = programFor({ painAreas: ['knee'], painLevel: 4 });
    const ids = exerciseIds(program);
    expect(ids).not.toContain('single-leg-squat');
    expect(ids).not.toContain('one-leg-squat');
    expect(ids).not.toContain('step-up');
    expect(program.leftOut.some((l) => l.why.includes('pain now (4/10)'))).toBe(true);
    expect(program.weeks[0]?.sessionsPerWeek).toBe(2);
  });

  it('builds nothing and refers on when a red flag says stop', () => {
    const program = programFor({ acutePain: true, painAreas: ['knee'], painLevel: 7 });
    expect(program.blocks).toEqual([]);
    expect(program.referral?.urgency).toBe('stop');
    expect(scheduleSessions(program, { startDate: '2026-11-30', weekdays: [1, 3, 5], weeks: 4 })).toEqual([]);
  });

  // Issue 9: a teen whose right knee only caves goes to paediatric orthopaedics first, so both knees here.
  // Issue 9: "at least 10-20 minutes" for teens is a floor, not a cap.
  it('gives a teenager the time they have, at least 10 minutes', () => {
    const program = programFor({ ageGroup: 'teen', minutesPerSession: 60, sidesAffected: 'both' }, {});
    expect(program.blocks.length).toBeGreaterThan(0);
    expect(program.minutesPerSession).toBeLessThanOrEqual(60);
    expect(program.advice.map((a) => a.adviceId)).toContain('w-sitting');
  });

  it('the right-knee-flat-foot example (knee pain 3/10, one area only): right side, foot first, within 15 minutes, easiest rungs', () => {
    const file = readFileSync(new URL('../../examples/right-knee-flat-foot.json', import.meta.url), 'utf8');
    const input = parseAssessmentInput(JSON.parse(file));
    const program = buildProgram(findDrivers(input), preferencesFrom(input), CATALOG);
    expect(program.blocks[0]?.block).toBe('walking-pattern');
    expect(program.minutesPerSession).toBeLessThanOrEqual(15);
    const items = program.blocks.flatMap((b) => b.items);
    expect(items.filter((i) => i.dosage.perSide).every((i) => i.sides === 'right')).toBe(true);
    expect(exerciseIds(program)).not.toContain('short-and-skinny-foot');
    expect(program.leftOut.find((l) => l.exerciseId === 'short-and-skinny-foot')?.why).toContain(
      'pain now (3/10)',
    );
    expect(program.weeks[0]?.sessionsPerWeek).toBe(2);
  });
});
