import { describe, expect, it } from 'vitest';
import { describeTriage } from './describe-triage.js';
import type { Triage } from './types.js';

const go: Triage = { outcome: 'go', professionals: [], reasons: [], exclusions: [], nextSteps: [] };

describe(describeTriage.name, () => {
  it('says only the outcome when there is no one to see, nothing to change and no next step', () => {
    expect(describeTriage(go)).toEqual(['Safety check: You can start.']);
  });

  it('names who to see alongside the program, and lists each change under one heading', () => {
    const lines = describeTriage({
      ...go,
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      reasons: [{ text: 'Kneeling hurts.', source: 'seed 002', ruleId: 'kneeling-pain' }],
      exclusions: ['no-kneeling'],
      nextSteps: ['Book a visit.'],
    });
    expect(lines).toEqual([
      'Safety check: You can start, with the changes below.',
      'Alongside the program, see: a physical therapist.',
      '  - Kneeling hurts.',
      'Changes to the program:',
      '  * No exercise kneels on the knee.',
      'Next steps:',
      '  > Book a visit.',
    ]);
  });

  it('adds the source of each reason only when asked', () => {
    const triage: Triage = {
      ...go,
      outcome: 'see-professional-first',
      professionals: ['doctor'],
      reasons: [{ text: 'The knee gives way.', source: 'NORMS.md red flags', ruleId: 'giving-way' }],
    };
    expect(describeTriage(triage)).toContain('See: your doctor.');
    expect(describeTriage(triage, { sources: true })).toContain(
      '  - The knee gives way. [NORMS.md red flags]',
    );
    expect(describeTriage(triage)).toContain('  - The knee gives way.');
  });
});
