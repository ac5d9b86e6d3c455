/**
 * Drives the coaching state machine (src/coaching/player.ts) from the browser: events in,
 * cues out to the speaker, and a clock that sends `tick`s while a hold, timer or rest runs.
 * The page only renders `state`; every rule lives in the machine.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPlayer, step } from '../../src/coaching/player.js';
import type { PlayerEvent, PlayerItem, PlayerOptions, PlayerState } from '../../src/coaching/types.js';
import type { CuePlayer } from './speech.js';
import { kneeOutWords } from './speech.js';

const TICK_MS = 200;

export interface Player {
  readonly state: PlayerState;
  /** The last thing the player said, shown as a caption (also when the voice is off). */
  readonly caption: string;
  readonly send: (event: PlayerEvent) => PlayerState;
}

/** True while the machine counts down on its own. */
export function isTimed(state: PlayerState): boolean {
  const { phase } = state;
  return !state.paused && (phase.kind === 'rest' || (phase.kind === 'work' && phase.remainingMs !== null));
}

export function usePlayer(
  items: readonly PlayerItem[],
  options: PlayerOptions,
  cues: CuePlayer,
  speed: number,
  /** A state to pick up from (a session in progress before a reload). */
  resume: PlayerState | null = null,
): Player {
  const [state, setState] = useState<PlayerState>(() => resume ?? createPlayer(items, options));
  const [caption, setCaption] = useState('');
  const current = useRef(state);

  const send = useCallback(
    (event: PlayerEvent): PlayerState => {
      const result = step(current.current, event);
      current.current = result.state;
      setState(result.state);
      for (const cue of result.cues) {
        cues.play(cue);
        if (cue.kind === 'speak') {
          setCaption(cue.text);
        } else if (cue.kind === 'knee-out') {
          setCaption(kneeOutWords(cue.side));
        }
      }
      return result.state;
    },
    [cues],
  );

  const timed = isTimed(state);
  useEffect(() => {
    if (!timed) {
      return;
    }
    let last = performance.now();
    const id = setInterval(() => {
      const now = performance.now();
      send({ type: 'tick', elapsedMs: Math.round((now - last) * speed) });
      last = now;
    }, TICK_MS);
    return () => clearInterval(id);
  }, [timed, send, speed]);

  useEffect(() => () => cues.stop(), [cues]);

  return { state, caption, send };
}
