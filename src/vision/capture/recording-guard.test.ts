import { describe, expect, it } from 'vitest';
import type { CaptureCheck } from './capture-checks.js';
import { guardRecording } from './recording-guard.js';

const pass = (id: CaptureCheck['id']): CaptureCheck => ({ id, label: id, status: 'pass' });
const allPass: CaptureCheck[] = [
  'light',
  'one-person',
  'body-in-view',
  'distance',
  'facing',
  'confidence',
].map((id) => pass(id as CaptureCheck['id']));
const withFail = (id: CaptureCheck['id'], message: string): CaptureCheck[] =>
  allPass.map((check) => (check.id === id ? { id, label: id, status: 'fail', message } : check));

describe('guardRecording', () => {
  it('goes on while the checks pass', () => {
    expect(guardRecording({ checks: allPass, nowMs: 1000, failingSinceMs: null, tooSlow: false })).toEqual({
      kind: 'go-on',
      failingSinceMs: null,
    });
  });

  it('allows a short slip, then stops with what to change', () => {
    const feetOut = withFail('body-in-view', 'Your feet are out of the picture: step back.');
    const first = guardRecording({ checks: feetOut, nowMs: 1000, failingSinceMs: null, tooSlow: false });
    expect(first).toEqual({ kind: 'go-on', failingSinceMs: 1000 });
    expect(guardRecording({ checks: feetOut, nowMs: 2000, failingSinceMs: 1000, tooSlow: false }).kind).toBe(
      'go-on',
    );
    const late = guardRecording({ checks: feetOut, nowMs: 2600, failingSinceMs: 1000, tooSlow: false });
    expect(late).toEqual({
      kind: 'stop',
      reason: 'We stopped and measured nothing: Your feet are out of the picture: step back.',
    });
  });

  it('stops for a second person in view', () => {
    const two = withFail('one-person', 'Someone else may be in view.');
    expect(guardRecording({ checks: two, nowMs: 5000, failingSinceMs: 3000, tooSlow: false }).kind).toBe(
      'stop',
    );
  });

  it('keeps recording through a squat bottom that only the distance check minds', () => {
    const deep = withFail('distance', 'You are a little far away: come a step closer.');
    expect(guardRecording({ checks: deep, nowMs: 9000, failingSinceMs: null, tooSlow: false }).kind).toBe(
      'go-on',
    );
  });

  it('stops on a device too slow to measure', () => {
    expect(guardRecording({ checks: allPass, nowMs: 0, failingSinceMs: null, tooSlow: true }).kind).toBe(
      'stop',
    );
  });
});
