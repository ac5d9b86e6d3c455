import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Draft } from '../lib/use-draft.js';
import { CameraSlot } from './camera-slot.js';

const draft = (tests: Record<string, unknown>): Draft => ({
  answers: {},
  tests,
  setAnswer: () => undefined,
  setTest: () => undefined,
  flush: () => Promise.resolve(true),
  saveError: null,
});

describe('CameraSlot', () => {
  it('offers to measure each leg of the single-leg squat and shows what the camera measured', () => {
    const html = renderToStaticMarkup(
      <CameraSlot
        testId="single-leg-squat"
        draft={draft({ singleLegSquat: { left: { fppaDegrees: 12.3, verdict: 'valgus' } } })}
      />,
    );
    expect(html).toContain('Measure the left leg with the camera');
    expect(html).toContain('Measure the right leg with the camera');
    expect(html).toContain(
      'Measured by the camera: Left leg: 12.3° knee angle (more than the healthy range)',
    );
    expect(html).not.toContain('Right leg:');
  });

  it('sends the knee position sense test to its own guided page', () => {
    const html = renderToStaticMarkup(<CameraSlot testId="knee-position-sense" draft={draft({})} />);
    expect(html).toContain('href="#/knee-sense"');
  });

  it('stays out of the way on a test the camera cannot measure', () => {
    expect(renderToStaticMarkup(<CameraSlot testId="big-toe-extension" draft={draft({})} />)).toBe('');
  });
});
