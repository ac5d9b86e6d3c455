/** The end of a session: how each exercise went, pain now, and saving the log. */
import type { ReactNode } from 'react';
import type { PlayerState, SessionSymptoms } from '../../src/coaching/types.js';
import { MoreTestsOffer, NextSession } from './next-session.js';
import { plainParts } from '../lib/plain-words.js';
import { PainScale } from './pain-scale.js';
import { SinceSessionChecks } from './since-session-checks.js';

export type SaveStatus =
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'saved'; readonly changes: readonly string[] };

/** How one exercise went, in a few words. */
export function outcomeWords(state: PlayerState, index: number): string {
  const outcome = state.outcomes[index];
  const worked = state.bouts.some((bout) => bout.at.itemIndex === index);
  if (outcome === undefined) {
    return '';
  }
  if (outcome.stoppedForPain) {
    return 'stopped because it hurt: an easier version next time';
  }
  if (outcome.skipped !== null) {
    return outcome.skipped === 'ended-early' ? 'not reached' : 'skipped';
  }
  return worked ? 'done' : 'not started';
}

/**
 * Lines a person can read from the server's `changes` (progression decisions), each once: one
 * reason often moves several exercises.
 */
export function changeLines(changes: unknown): readonly string[] {
  if (!Array.isArray(changes)) {
    return [];
  }
  const lines = changes.flatMap((change: unknown) => {
    if (typeof change === 'string') {
      return [change];
    }
    if (typeof change === 'object' && change !== null) {
      const record = change as Readonly<Record<string, unknown>>;
      const decision = (
        typeof record.decision === 'object' && record.decision !== null ? record.decision : record
      ) as Readonly<Record<string, unknown>>;
      if (decision.kind === 'stay') {
        return [];
      }
      if (typeof decision.reason === 'string') {
        return [plainParts(decision.reason).text];
      }
    }
    return [];
  });
  return [...new Set(lines)];
}

interface Props {
  readonly state: PlayerState;
  readonly status: SaveStatus;
  readonly onPain: (pain: number) => void;
  readonly onSave: () => void;
  /** Swelling, locking or giving way during the session, saved with the log. */
  readonly symptoms: SessionSymptoms;
  readonly onSymptoms: (symptoms: SessionSymptoms) => void;
  /** Shown once saved when the session's triage paused the program (instead of the next session). */
  readonly paused: ReactNode;
}

export function SummaryScreen({ state, status, onPain, onSave, symptoms, onSymptoms, paused }: Props) {
  return (
    <>
      <h1 tabIndex={-1}>{status.kind === 'saved' ? 'Session saved' : 'Well done!'}</h1>
      <ul className="plain-list card summary-list">
        {state.items.map((item, index) => (
          <li key={`${item.exerciseId}-${index}`}>
            <strong>{item.name}</strong>: {outcomeWords(state, index)}
          </li>
        ))}
      </ul>
      {status.kind === 'saved' && paused !== null ? (
        <>
          {paused}
          <div className="actions">
            <a className="button" href="#/progress">
              See my progress
            </a>
          </div>
        </>
      ) : status.kind === 'saved' ? (
        <>
          {status.changes.length > 0 ? (
            <div className="notice">
              <h2>What changes next time</h2>
              <ul>
                {status.changes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <NextSession afterToday />
          <div className="actions">
            <a className="button primary" href="#/progress">
              See my progress
            </a>
          </div>
          <MoreTestsOffer />
        </>
      ) : (
        <>
          <div className="card">
            <PainScale
              label="How does your knee feel now?"
              hint="0 means no pain at all. A stretch feeling is not pain."
              value={state.painAfter}
              onPick={onPain}
            />
          </div>
          <div className="card">
            <SinceSessionChecks legend="During the session:" value={symptoms} onChange={onSymptoms} />
          </div>
          {status.kind === 'failed' ? (
            <p className="error-text" role="alert">
              {status.message}
            </p>
          ) : null}
          <div className="actions">
            <button
              type="button"
              className="button primary big"
              disabled={status.kind === 'saving'}
              onClick={onSave}
            >
              {status.kind === 'saving' ? 'Saving…' : 'Save this session'}
            </button>
          </div>
        </>
      )}
    </>
  );
}
