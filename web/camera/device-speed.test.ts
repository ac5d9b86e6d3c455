import { describe, expect, it } from 'vitest';
import { deviceSpeedCheck, SPEED_CHECK_KEY } from './device-speed.js';

const storage = (value: string | null) => ({
  getItem: (key: string) => (key === SPEED_CHECK_KEY ? value : null),
});

describe(deviceSpeedCheck.name, () => {
  it('calls 3 poses a second too slow for a squat (at least 5 needed) by default', () => {
    expect(deviceSpeedCheck(storage(null))('squat', 3)).toBe(true);
    expect(deviceSpeedCheck(storage(null))('squat', 6)).toBe(false);
  });

  it('never calls the device too slow once the check is turned off', () => {
    expect(deviceSpeedCheck(storage('off'))('squat', 0.5)).toBe(false);
  });

  it('keeps the check when storage cannot be read', () => {
    const blocked = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(deviceSpeedCheck(blocked)('drop-landing', 3)).toBe(true);
  });
});
