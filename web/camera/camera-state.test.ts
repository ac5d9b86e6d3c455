import { describe, expect, it } from 'vitest';
import { cameraMessage, cameraStateFromError } from './camera-state.js';

const domError = (name: string): Error => Object.assign(new Error(name), { name });

describe('cameraStateFromError', () => {
  it('reads a refused permission as denied', () => {
    expect(cameraStateFromError(domError('NotAllowedError'))).toEqual({ kind: 'denied' });
  });

  it('reads a missing device as no camera', () => {
    expect(cameraStateFromError(domError('NotFoundError'))).toEqual({ kind: 'no-camera' });
  });

  it('reads a camera held by another app as in use', () => {
    expect(cameraStateFromError(domError('NotReadableError'))).toEqual({ kind: 'in-use' });
  });

  it('keeps the detail of anything else', () => {
    expect(cameraStateFromError(new Error('odd'))).toEqual({ kind: 'failed', detail: 'odd' });
  });
});

describe('cameraMessage', () => {
  it('tells a user who refused the camera how to allow it', () => {
    expect(cameraMessage({ kind: 'denied' })).toMatch(/allow the camera/);
  });

  it('says nothing while the camera works', () => {
    expect(cameraMessage({ kind: 'ready', width: 640, height: 480 })).toBeNull();
  });

  it('says what happened when the camera stops', () => {
    expect(cameraMessage({ kind: 'stopped' })).toMatch(/camera stopped/);
  });
});
