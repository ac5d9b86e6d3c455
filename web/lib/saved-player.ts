/**
 * A session in progress survives a reload: the player's state is kept in sessionStorage under the
 * session's id until the log is saved. A stored state is used only for the same exercises.
 */
import { step } from '../../src/coaching/player.js';
import type { PlayerItem, PlayerState } from '../../src/coaching/types.js';

const key = (sessionId: string): string => `kneeline.player.${sessionId}`;

const sameItems = (a: readonly PlayerItem[], b: readonly PlayerItem[]): boolean =>
  a.length === b.length && a.every((item, index) => item.exerciseId === b[index]?.exerciseId);

/** The stored state for this session, paused so the person picks up when ready; null when none fits. */
export function loadPlayer(
  storage: Storage,
  sessionId: string,
  items: readonly PlayerItem[],
): PlayerState | null {
  try {
    const text = storage.getItem(key(sessionId));
    if (text === null) {
      return null;
    }
    const saved = JSON.parse(text) as PlayerState;
    if (!Array.isArray(saved.items) || !sameItems(saved.items, items) || saved.finishedAt !== null) {
      return null;
    }
    return step(saved, { type: 'pause' }).state;
  } catch {
    return null;
  }
}

export function storePlayer(storage: Storage, sessionId: string, state: PlayerState): void {
  try {
    if (state.phase.kind === 'ready' || state.finishedAt !== null) {
      storage.removeItem(key(sessionId));
    } else {
      storage.setItem(key(sessionId), JSON.stringify(state));
    }
  } catch {
    // Storage full or blocked (private mode): the session still runs, it just will not survive a reload.
  }
}
