import { describe, expect, it } from 'vitest';
import { CATALOG } from '../catalog/catalog.js';
import { ladderFor, laddersOf, neighbourRung } from './ladders.js';
import { SMALL_CATALOG, exercise } from './test-fixtures.js';

describe('ladderFor', () => {
  it('follows the links both ways, easiest first, even when a link is written only once', () => {
    expect(ladderFor(SMALL_CATALOG, 'banded-side-steps')).toEqual([
      'side-lying-abduction',
      'banded-clamshell',
      'banded-side-steps',
    ]);
  });

  it('gives the squat ladder of the real catalog: chair squat, step-up, single-leg hinge, single-leg squat', () => {
    const ladder = ladderFor(CATALOG, 'step-up');
    expect(ladder.join(' > ')).toContain(
      'banded-chair-squat > step-up > single-leg-hinge > single-leg-squat',
    );
  });

  it('does not loop on links that go round in a circle', () => {
    const looped = [
      exercise({ id: 'a', block: 'strength', addresses: [], progression: 'b' }),
      exercise({ id: 'b', block: 'strength', addresses: [], progression: 'a' }),
    ];
    expect(ladderFor(looped, 'a').length).toBeLessThanOrEqual(2);
  });

  it('knows nothing of an id that is not in the catalog', () => {
    expect(ladderFor(SMALL_CATALOG, 'moonwalk')).toEqual([]);
  });
});

describe('laddersOf', () => {
  it('lists each ladder of the real catalog once, with the hip strength ladder from abduction to side steps', () => {
    const ladders = laddersOf(CATALOG).map((ladder) => ladder.join(' > '));
    expect(
      ladders.some((l) => l.includes('side-lying-hip-abduction > banded-clamshell > banded-side-steps')),
    ).toBe(true);
    const rungs = laddersOf(CATALOG).flat();
    expect(new Set(rungs).size).toBe(rungs.length);
  });

  it('leaves out an exercise that has no easier or harder rung', () => {
    expect(laddersOf(CATALOG).every((ladder) => ladder.length >= 2)).toBe(true);
  });
});

describe('neighbourRung', () => {
  it('steps one rung up or down and stops at the ends', () => {
    expect(neighbourRung(SMALL_CATALOG, 'banded-clamshell', 1)).toBe('banded-side-steps');
    expect(neighbourRung(SMALL_CATALOG, 'banded-clamshell', -1)).toBe('side-lying-abduction');
    expect(neighbourRung(SMALL_CATALOG, 'side-lying-abduction', -1)).toBeUndefined();
    expect(neighbourRung(SMALL_CATALOG, 'banded-side-steps', 1)).toBeUndefined();
  });
});
