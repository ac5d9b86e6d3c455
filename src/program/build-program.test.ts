import { describe, expect, it } from 'vitest';
import { BLOCKS } from '../catalog/types.js';
import { buildProgram, sessionBudget } from './build-program.js';
import type { Program, ProgramItem } from './types.js';
import { SMALL_CATALOG, finding, findingsWith, preferencesWith } from './test-fixtures.js';

const items = (program: Program): readonly ProgramItem[] => program.blocks.flatMap((b) => b.items);
const ids = (program: Program): readonly string[] => items(program).map((i) => i.exerciseId);
const item = (program: Program, id: string): ProgramItem | undefined =>
  items(program).find((i) => i.exerciseId === id);

describe('buildProgram', () => {
  it('runs the blocks in the seed order: release, stretch, shin rotation, strengthen, alignment, pelvis, anti-valgus', () => {
    const findings = findingsWith([
      finding('anterior-pelvic-tilt', 'both'),
      finding('hip-abductor-weakness', 'both'),
      finding('tibial-external-rotation', 'both'),
      finding('tfl-tightness', 'both'),
      finding('adductor-tightness', 'both'),
    ]);
    const program = buildProgram(findings, preferencesWith(), SMALL_CATALOG);
    const blocks = program.blocks.map((b) => b.block);
    // Issue 9: the rest of the seed's program comes along to try, so other blocks may appear too.
    expect(blocks).toEqual(
      expect.arrayContaining([
        'release',
        'stretch',
        'tibial-rotation',
        'strength',
        'alignment',
        'pelvis',
        'anti-valgus',
      ]),
    );
    expect(blocks).toEqual([...blocks].sort((a, b) => BLOCKS.indexOf(a) - BLOCKS.indexOf(b)));
  });

  it('puts the foot and ankle block first when a foot driver is found, because the knee follows the foot', () => {
    const findings = findingsWith([finding('adductor-tightness', 'both'), finding('foot-pronation', 'both')]);
    const program = buildProgram(findings, preferencesWith(), SMALL_CATALOG);
    expect(program.blocks[0]?.block).toBe('walking-pattern');
    expect(program.blocks[1]?.block).toBe('release');
  });

  // Issue 9: seed 000 says try every exercise at first and keep what helps; what was found comes first.
  it('gives the exercises for what was found and the core alignment work first, then the rest of the seed program to try', () => {
    const program = buildProgram(
      findingsWith([finding('tfl-tightness', 'both')]),
      preferencesWith({ minutesPerSession: 120 }),
      SMALL_CATALOG,
    );
    expect(ids(program)).toEqual(
      expect.arrayContaining(['tfl-stretch', 'single-leg-balance', 'banded-chair-squat']),
    );
    expect(item(program, 'single-leg-balance')?.reason).toContain('Core alignment work');
    const toTry = items(program).filter((i) => i.reason.startsWith('To try'));
    expect(toTry.length).toBeGreaterThan(0);
    expect(toTry.map((i) => i.exerciseId)).not.toContain('tfl-stretch');
  });

  it('fills the time top to bottom in the seed order, what was found before what is to try', () => {
    const program = buildProgram(
      findingsWith([finding('tfl-tightness', 'both')]),
      preferencesWith({ minutesPerSession: 8 }),
      SMALL_CATALOG,
    );
    expect(program.minutesPerSession).toBeLessThanOrEqual(8);
    expect(ids(program)).toContain('tfl-stretch');
  });

  it('trains only the right leg when only the right knee caves in', () => {
    const findings = findingsWith([finding('hip-abductor-weakness', 'both')], { valgusSide: 'right' });
    const program = buildProgram(findings, preferencesWith(), SMALL_CATALOG);
    const perSide = items(program).filter((i) => i.dosage.perSide);
    expect(perSide.length).toBeGreaterThan(0);
    expect(perSide.every((i) => i.sides === 'right')).toBe(true);
    expect(item(program, 'side-lying-abduction')?.reason).toContain('Only the right leg');
    expect(program.advice.map((a) => a.adviceId)).toContain('one-sided-valgus');
  });

  it('works the flat foot only on the side it was found when both knees cave in', () => {
    const program = buildProgram(
      findingsWith([finding('ankle-dorsiflexion', 'left')]),
      preferencesWith(),
      SMALL_CATALOG,
    );
    expect(item(program, 'calf-stretch')?.sides).toBe('left');
    expect(item(program, 'single-leg-balance')?.sides).toBe('both');
  });

  it('names the finding, its side, its evidence and the source in every reason', () => {
    const program = buildProgram(
      findingsWith([finding('foot-pronation', 'right')]),
      preferencesWith(),
      SMALL_CATALOG,
    );
    const reason = item(program, 'short-foot')?.reason ?? '';
    expect(reason).toContain('a flat (pronated) foot on the right side');
    expect(reason).toContain('foot-pronation test positive on right');
    expect(reason).toContain('seed 000, "test short-foot"');
    expect(items(program).every((i) => i.reason.includes('Source: seed'))).toBe(true);
  });

  it('starts at the foot when the person can work on one area only, and says why the rest waits', () => {
    const findings = findingsWith([
      finding('hip-abductor-weakness', 'both'),
      finding('foot-pronation', 'both'),
    ]);
    const program = buildProgram(findings, preferencesWith({ oneAreaOnly: true }), SMALL_CATALOG);
    expect(ids(program)).toEqual(['short-foot', 'hip-hitch']);
    const left = program.leftOut.find((l) => l.exerciseId === 'side-lying-abduction');
    expect(left?.why).toContain('the knee follows the foot');
  });

  // Issue 9: the time is filled in the seed's top-to-bottom order after the core alignment work, not by a priority list.
  it('fits the session into the minutes the person has, leaving what comes later out with a reason', () => {
    const findings = findingsWith([
      finding('foot-pronation', 'both', 'mild'),
      finding('adductor-tightness', 'both', 'mild'),
      finding('hip-abductor-weakness', 'both', 'marked'),
    ]);
    const program = buildProgram(findings, preferencesWith({ minutesPerSession: 6 }), SMALL_CATALOG);
    expect(program.minutesPerSession).toBeLessThanOrEqual(6);
    expect(ids(program)).toContain('short-foot');
    expect(ids(program)).toContain('single-leg-balance');
    expect(program.leftOut.find((l) => l.exerciseId === 'adductor-release')?.why).toContain('your 6 minutes');
  });

  it('uses a substitute when a piece of kit is missing, and leaves out what has none', () => {
    const findings = findingsWith([
      finding('tibial-external-rotation', 'both'),
      finding('adductor-tightness', 'both'),
    ]);
    const program = buildProgram(findings, preferencesWith({ equipment: ['band', 'wall'] }), SMALL_CATALOG);
    expect(item(program, 'popliteus')?.substituteNote).toBe('Instead of a chair: sit on a bed edge');
    expect(ids(program)).not.toContain('adductor-release');
    expect(program.leftOut.find((l) => l.exerciseId === 'adductor-release')?.why).toContain('a foam roller');
  });

  it('starts every pattern at its easiest version while there is pain', () => {
    const findings = findingsWith([
      finding('hip-abductor-weakness', 'both'),
      finding('quadriceps-weakness', 'both'),
    ]);
    const program = buildProgram(findings, preferencesWith({ painNow: 4 }), SMALL_CATALOG);
    expect(ids(program)).toContain('side-lying-abduction');
    expect(ids(program)).not.toContain('banded-clamshell');
    expect(ids(program)).not.toContain('step-up');
    expect(program.leftOut.find((l) => l.exerciseId === 'banded-side-steps')?.why).toContain(
      'pain now (4/10)',
    );
    expect(program.weeks[0]?.sessionsPerWeek).toBe(2);
  });

  it('builds no exercises and passes on the referral when the findings say stop', () => {
    const referral = {
      urgency: 'stop' as const,
      to: ['doctor' as const],
      reasons: ['the knee gave way'],
      nextSteps: ['see a doctor'],
    };
    const findings = findingsWith([finding('foot-pronation', 'both')], { programAllowed: false, referral });
    const program = buildProgram(findings, preferencesWith(), SMALL_CATALOG);
    expect(program.blocks).toEqual([]);
    expect(program.weeks).toEqual([]);
    expect(program.referral).toBe(referral);
  });

  it("keeps a child's sessions short and adds the W-sitting advice", () => {
    const findings = findingsWith([
      finding('adductor-tightness', 'both'),
      finding('hip-abductor-weakness', 'both'),
    ]);
    const program = buildProgram(
      findings,
      preferencesWith({ ageGroup: 'child', minutesPerSession: 45 }),
      SMALL_CATALOG,
    );
    expect(program.minutesPerSession).toBeLessThanOrEqual(20);
    expect(program.advice.map((a) => a.adviceId)).toContain('w-sitting');
    expect(program.advice.map((a) => a.adviceId)).not.toContain('driving');
  });
});

describe('sessionBudget', () => {
  // Issue 9: a teen's "at least 10-20 minutes" is a floor, not a cap.
  it('gives a child between 10 and 20 minutes whatever was asked, and a teen at least 10', () => {
    expect(sessionBudget(preferencesWith({ ageGroup: 'child', minutesPerSession: 5 }))).toBe(10);
    expect(sessionBudget(preferencesWith({ ageGroup: 'child', minutesPerSession: 40 }))).toBe(20);
    expect(sessionBudget(preferencesWith({ ageGroup: 'teen', minutesPerSession: 40 }))).toBe(40);
    expect(sessionBudget(preferencesWith({ ageGroup: 'teen', minutesPerSession: 5 }))).toBe(10);
    expect(sessionBudget(preferencesWith({ ageGroup: 'adult', minutesPerSession: 40 }))).toBe(40);
  });
});
