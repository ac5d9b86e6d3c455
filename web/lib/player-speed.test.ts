import { describe, expect, it } from 'vitest';
import { playerSpeed } from './player-speed.js';

describe('playerSpeed', () => {
  it('runs in real time unless the address asks for more', () => {
    expect(playerSpeed('')).toBe(1);
    expect(playerSpeed('?playerSpeed=50')).toBe(50);
  });

  it('ignores speeds that would slow the clock or make no sense', () => {
    expect(playerSpeed('?playerSpeed=0.1')).toBe(1);
    expect(playerSpeed('?playerSpeed=fast')).toBe(1);
    expect(playerSpeed('?playerSpeed=100000')).toBe(1);
  });
});
