import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ExerciseIllustration } from './ExerciseIllustration.js';

describe('ExerciseIllustration', () => {
  it('names the exercise and describes the movement in the SVG title', () => {
    const html = renderToString(<ExerciseIllustration id="step-up" name="Step-up" />);
    expect(html).toContain('role="img"');
    expect(html).toMatch(/<title id="([^"]+)">Step-up: With one foot on a low step/);
    const titleId = /<title id="([^"]+)"/.exec(html)?.[1];
    expect(html).toContain(`aria-labelledby="${titleId}"`);
  });

  it('shows every key pose side by side when it is not playing', () => {
    const still = renderToString(<ExerciseIllustration id="banded-side-steps" playing={false} />);
    const moving = renderToString(<ExerciseIllustration id="banded-side-steps" />);
    expect(still.match(/translate\(/g)).toHaveLength(4);
    expect(moving.match(/translate\(/g)).toHaveLength(1);
  });

  it('offers a button to pause the movement', () => {
    expect(renderToString(<ExerciseIllustration id="step-up" />)).toContain('Pause and show the key poses');
  });

  it('draws the band between the knees for a banded squat', () => {
    expect(renderToString(<ExerciseIllustration id="banded-squat" />)).toContain('stroke="#7a2bd6"');
  });

  it('falls back to the name for an exercise it has no drawing for', () => {
    const html = renderToString(<ExerciseIllustration id="not-an-exercise" name="Mystery move" />);
    expect(html).toContain('Mystery move');
    expect(html).not.toContain('<svg');
  });
});
