import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { degrees, milliseconds } from '../../src/units.js';
import type { LiveReading } from '../../src/coaching/live-tracker.js';
import { LiveFeedback, LiveReadout } from './live-feedback.js';

const reading: LiveReading = {
  fppa: {
    left: { kind: 'measured', fppaDegrees: degrees(14.2), frame: 3 },
    right: { kind: 'not-measured', reason: 'thigh-foreshortened', frame: 3, thighLengthRatio: 0.5 },
  },
  depth: 0.3,
  reps: 2,
};

describe('LiveReadout', () => {
  it('shows my left knee on the left of a mirrored preview, and on the right of an unmirrored one', () => {
    const mirrored = renderToStaticMarkup(
      <LiveReadout reading={reading} side="both" mirrored thresholdDegrees={10} countsReps cue={null} />,
    );
    expect(mirrored.indexOf('data-knee="left"')).toBeLessThan(mirrored.indexOf('data-knee="right"'));
    const plain = renderToStaticMarkup(
      <LiveReadout
        reading={reading}
        side="both"
        mirrored={false}
        thresholdDegrees={10}
        countsReps
        cue={null}
      />,
    );
    expect(plain.indexOf('data-knee="right"')).toBeLessThan(plain.indexOf('data-knee="left"'));
  });

  it('gives each knee its angle, marks one past the line as caving in, and says why an angle is missing', () => {
    const html = renderToStaticMarkup(
      <LiveReadout reading={reading} side="both" mirrored thresholdDegrees={10} countsReps cue={null} />,
    );
    expect(html).toContain('14°');
    expect(html).toContain('knee-gauge caving');
    expect(html).toContain('aria-valuetext="14 degrees, caving in"');
    expect(html).toContain('not read at this depth');
    expect(html).toContain('Camera counted 2 reps');
  });

  it('on a single-leg set shows only the working knee', () => {
    const html = renderToStaticMarkup(
      <LiveReadout reading={reading} side="left" mirrored thresholdDegrees={10} countsReps cue={null} />,
    );
    expect(html).toContain('data-knee="left"');
    expect(html).not.toContain('data-knee="right"');
  });

  it('shows "knee out" for the knee that caved in', () => {
    const html = renderToStaticMarkup(
      <LiveReadout
        reading={reading}
        side="both"
        mirrored
        thresholdDegrees={10}
        countsReps={false}
        cue={{ side: 'left', fppaDegrees: degrees(14.2), atMs: milliseconds(400) }}
      />,
    );
    expect(html).toContain('role="alert"');
    expect(html).toContain('Left knee out.');
    expect(html).not.toContain('Camera counted');
  });
});

describe('LiveFeedback', () => {
  it('leaves the camera off until I switch it on', () => {
    const html = renderToStaticMarkup(
      <LiveFeedback check="squat" side="both" send={() => undefined} on={false} onToggle={() => undefined} />,
    );
    expect(html).toContain('Use camera');
    expect(html).toContain('data-live="off"');
    expect(html).not.toContain('<video');
  });
});
