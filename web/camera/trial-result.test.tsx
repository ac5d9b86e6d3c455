import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { leftValgusSquatFrames } from '../../src/vision/trial/synthetic-frames.js';
import { measureTrial } from '../../src/vision/capture/measure-trial.js';
import { TrialResult } from './trial-result.js';

describe('TrialResult', () => {
  it('gives each knee its median angle and verdict, and each repetition its peak and frame', () => {
    const frames = leftValgusSquatFrames();
    const report = measureTrial(frames, { test: 'single-leg-squat', side: 'left', sex: 'female' });
    const html = renderToStaticMarkup(<TrialResult report={report} snapshot={null} mirrored />);
    expect(html).toContain('Left knee');
    const median = report.sides[0]?.medianPeakFppaDegrees ?? Number.NaN;
    expect(median).toBeCloseTo(18, 0);
    expect(html).toContain(`median knee angle (FPPA) at the bottom ${median.toFixed(1)}°`);
    expect(html).toContain('above the healthy range');
    expect(html.match(/<tr[ >]/g)).toHaveLength(6); // a header and 5 repetitions
    expect(html).not.toContain('will not be put into your self-test answers');
    expect(html).toContain('data-kind="valgus"');
    expect(html).toContain(report.conclusion.reason.replace(/'/g, '&#x27;'));
  });

  it('counts the repetitions that reached the bottom against all the table shows', () => {
    const frames = leftValgusSquatFrames({ reps: 4, dropLastFrames: 10 });
    const report = measureTrial(frames, { test: 'single-leg-squat', side: 'left', sex: 'female' });
    const html = renderToStaticMarkup(<TrialResult report={report} snapshot={null} mirrored />);
    const reached = report.repetitions.filter((rep) => rep.bottomReached).length;
    expect(html).toContain(`${reached} of ${report.repetitions.length} repetition(s) reached the bottom`);
    expect(html.match(/<tr[ >]/g)).toHaveLength(report.repetitions.length + 1);
  });

  it('says a recording that failed a gate stays out of the self-test answers, and what to change', () => {
    const frames = leftValgusSquatFrames({ score: 0.35 });
    const report = measureTrial(frames, { test: 'single-leg-squat', side: 'left', sex: 'female' });
    const html = renderToStaticMarkup(<TrialResult report={report} snapshot={null} mirrored />);
    expect(html).toContain('will not be put into your self-test answers');
    expect(html).toContain('use more light and tight clothing');
  });
});
