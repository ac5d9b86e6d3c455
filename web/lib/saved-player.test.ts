import { describe, expect, it } from 'vitest';
import { createPlayer, step } from '../../src/coaching/player.js';
import type { PlayerItem } from '../../src/coaching/types.js';
import { loadPlayer, storePlayer } from './saved-player.js';

class MemoryStorage implements Storage {
  private readonly data = new Map<string, string>();
  get length(): number {
    return this.data.size;
  }
  clear(): void {
    this.data.clear();
  }
  getItem(name: string): string | null {
    return this.data.get(name) ?? null;
  }
  key(index: number): string | null {
    return [...this.data.keys()][index] ?? null;
  }
  removeItem(name: string): void {
    this.data.delete(name);
  }
  setItem(name: string, value: string): void {
    this.data.set(name, value);
  }
}

const items: PlayerItem[] = [
  {
    exerciseId: 'clamshell',
    name: 'Clamshell',
    dosage: { reps: 3, perSide: false },
    sides: 'both',
    cues: [],
  },
];

describe('loadPlayer', () => {
  it('picks a session up where it was left, paused', () => {
    const storage = new MemoryStorage();
    let state = createPlayer(items, { sessionDate: '2026-12-01' });
    state = step(state, { type: 'start', at: '2026-12-01T08:00:00Z' }).state;
    state = step(state, { type: 'repDone' }).state;
    storePlayer(storage, 's1', state);
    const loaded = loadPlayer(storage, 's1', items);
    expect(loaded?.phase).toMatchObject({ kind: 'work', reps: 1 });
  });

  it('starts afresh when the exercises changed or nothing was stored', () => {
    const storage = new MemoryStorage();
    const started = step(createPlayer(items, { sessionDate: '2026-12-01' }), {
      type: 'start',
      at: '2026-12-01T08:00:00Z',
    });
    storePlayer(storage, 's1', started.state);
    const other: PlayerItem[] = [{ ...items[0]!, exerciseId: 'bridge' }];
    expect(loadPlayer(storage, 's1', other)).toBeNull();
    expect(loadPlayer(storage, 's2', items)).toBeNull();
  });

  it('forgets a session once it is finished', () => {
    const storage = new MemoryStorage();
    let state = step(createPlayer(items, { sessionDate: '2026-12-01' }), {
      type: 'start',
      at: '2026-12-01T08:00:00Z',
    }).state;
    storePlayer(storage, 's1', state);
    state = step(state, { type: 'finish', at: '2026-12-01T08:10:00Z' }).state;
    storePlayer(storage, 's1', state);
    expect(storage.length).toBe(0);
  });
});
