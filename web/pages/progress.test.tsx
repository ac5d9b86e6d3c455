import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ReviewCard } from './progress.js';

describe('ReviewCard', () => {
  it('shows what changed, what to keep, what to change and the advice of the 4-week review', () => {
    const html = renderToStaticMarkup(
      <ReviewCard
        review={{
          changed: ['Left ankle: 3 cm further from the wall.'],
          keep: ['Calf release'],
          change: ['Drop the pelvis block: nothing found there.'],
          advice: [
            { ruleId: 'r', kind: 'keep', message: 'Build toward daily practice.', source: 'seed 000' },
          ],
        }}
      />,
    );
    for (const text of [
      'What changed',
      '3 cm further',
      'Keep doing',
      'Calf release',
      'Change',
      'Drop the pelvis',
      'Build toward daily',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('leaves out a heading with nothing under it', () => {
    const html = renderToStaticMarkup(
      <ReviewCard review={{ changed: [], keep: ['Calf release'], change: [], advice: [] }} />,
    );
    expect(html).not.toContain('What changed');
    expect(html).toContain('Keep doing');
  });
});
