import { describe, expect, it } from 'vitest';
import { buildProgram } from './build-program.js';
import { formatProgramText } from './format-text.js';
import { scheduleSessions } from './schedule.js';
import { SMALL_CATALOG, finding, findingsWith, preferencesWith } from './test-fixtures.js';

describe('formatProgramText', () => {
  const findings = findingsWith(
    [finding('foot-pronation', 'right'), finding('tibial-external-rotation', 'right')],
    {
      valgusSide: 'right',
    },
  );
  const program = buildProgram(findings, preferencesWith({ equipment: ['band'] }), SMALL_CATALOG);
  const sessions = scheduleSessions(program, { startDate: '2026-11-30', weekdays: [1, 3, 5], weeks: 4 });
  const text = formatProgramText(program, SMALL_CATALOG, sessions);

  it('shows each block with its exercises, dosage, side and reason', () => {
    expect(text).toContain('Foot and ankle (walking pattern)');
    expect(text).toContain('1. short foot: 20 reps, hold 5 s each (about 2 min)');
    expect(text).toMatch(/Why: For a flat \(pronated\) foot on the right side/);
    expect(text.indexOf('Foot and ankle')).toBeLessThan(text.indexOf('Shin rotation'));
  });

  it('prints a dosage note only for an exercise whose dosage has one', () => {
    expect(text).not.toContain('Note:');
    const [block, ...rest] = program.blocks;
    const [item, ...others] = block?.items ?? [];
    expect(item).toBeDefined();
    const noted = {
      ...program,
      blocks: [
        {
          ...block!,
          items: [{ ...item!, dosage: { ...item!.dosage, note: 'Slow on the way down.' } }, ...others],
        },
        ...rest,
      ],
    };
    const lines = formatProgramText(noted, SMALL_CATALOG, sessions).split('\n');
    expect(lines.filter((line) => line.includes('Note:'))).toEqual(['     Note: Slow on the way down.']);
  });

  it('says which kit stands in for what is missing', () => {
    expect(text).toContain('Kit: Instead of a chair: sit on a bed edge');
  });

  it('lists the dated schedule with re-tests and the review', () => {
    expect(text).toContain('2026-11-30 Mon  week 1  session');
    expect(text).toContain('RE-TEST');
    expect(text).toContain('2026-12-27 Sun  week 4  REVIEW');
  });

  it('shows only the referral when there is no program', () => {
    const referral = {
      urgency: 'stop' as const,
      to: ['doctor' as const],
      reasons: ['the knee is hot and swollen'],
      nextSteps: ['see a doctor this week'],
    };
    const stopped = buildProgram(
      findingsWith([], { programAllowed: false, referral }),
      preferencesWith(),
      SMALL_CATALOG,
    );
    const out = formatProgramText(stopped, SMALL_CATALOG, []);
    expect(out).toContain('Please see a professional before starting any exercise');
    expect(out).toContain('the knee is hot and swollen');
    expect(out).toContain('No exercises for now.');
  });
});
