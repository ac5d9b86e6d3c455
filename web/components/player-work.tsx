/** The player while working or resting: what to do, a countdown or rep counter, and the controls. */
import { useState } from 'react';
import type { ReactNode } from 'react';
import { setCount, sideOrder, targetReps, workMode } from '../../src/coaching/bouts.js';
import type {
  PainWhere,
  PlayerEvent,
  PlayerItem,
  PlayerState,
  SkipReason,
} from '../../src/coaching/types.js';
import { ExerciseIllustration } from '../illustrations/ExerciseIllustration.js';
import { PainScale } from './pain-scale.js';
import { PAIN_STOP_ABOVE } from '../../src/coaching/pain.js';
import { clockWords } from '../lib/words.js';

type Send = (event: PlayerEvent) => unknown;

const SIDE_WORDS = { left: 'Left leg', right: 'Right leg', both: 'Both legs' } as const;

const SKIP_CHOICES: readonly { readonly reason: SkipReason; readonly label: string }[] = [
  { reason: 'too-hard', label: 'Too hard' },
  { reason: 'pain', label: 'It hurts' },
  { reason: 'no-equipment', label: 'No equipment' },
  { reason: 'other', label: 'Another reason' },
];

/** What the player last said, on screen too (for a muted phone or a hard-of-hearing user). */
export function Caption({ text }: { readonly text: string }) {
  return (
    <p className="caption" aria-live="polite">
      {text}
    </p>
  );
}

const secondsLeft = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));

function Controls({
  state,
  send,
  timed,
}: {
  readonly state: PlayerState;
  readonly send: Send;
  readonly timed: boolean;
}) {
  const [panel, setPanel] = useState<'none' | 'skip' | 'pain'>('none');
  const [where, setWhere] = useState<PainWhere | undefined>(undefined);
  return (
    <div className="player-controls">
      <div className="actions">
        {state.paused ? (
          <button type="button" className="button primary" onClick={() => send({ type: 'resume' })}>
            Resume
          </button>
        ) : (
          <button type="button" className="button" onClick={() => send({ type: 'pause' })} disabled={!timed}>
            Pause
          </button>
        )}
        <button type="button" className="button" onClick={() => send({ type: 'back' })}>
          Back
        </button>
        <button
          type="button"
          className="button"
          aria-expanded={panel === 'skip'}
          onClick={() => setPanel(panel === 'skip' ? 'none' : 'skip')}
        >
          Skip exercise
        </button>
        <button
          type="button"
          className="button danger"
          aria-expanded={panel === 'pain'}
          onClick={() => setPanel(panel === 'pain' ? 'none' : 'pain')}
        >
          It hurts
        </button>
      </div>
      {panel === 'skip' ? (
        <div className="card">
          <p>Why are you skipping it? (This helps us adjust your program.)</p>
          <div className="actions">
            {SKIP_CHOICES.map((choice) => (
              <button
                key={choice.reason}
                type="button"
                className="button"
                onClick={() => {
                  setPanel('none');
                  send({ type: 'skip', reason: choice.reason });
                }}
              >
                {choice.label}
              </button>
            ))}
          </div>
        </div>
      ) : null}
      {panel === 'pain' ? (
        <div className="card">
          <PainWhereChoice where={where} onPick={setWhere} />
          <PainScale
            label="How much does it hurt right now?"
            hint={`Pain is a stop sign. Above ${PAIN_STOP_ABOVE}/10 (or above the pain you started with), we stop this exercise and make it easier next time.`}
            onPick={(pain) => {
              setPanel('none');
              send({ type: 'painReported', pain, ...(where !== undefined ? { where } : {}) });
            }}
          />
          <button
            type="button"
            className="button"
            onClick={() => {
              setPanel('none');
              send({
                type: 'painReported',
                pain: 0,
                madeItWorse: true,
                ...(where !== undefined ? { where } : {}),
              });
            }}
          >
            This exercise made my knee worse
          </button>
        </div>
      ) : null}
    </div>
  );
}

const PAIN_PLACES: readonly { readonly where: PainWhere; readonly label: string }[] = [
  { where: 'left-knee', label: 'Left knee' },
  { where: 'right-knee', label: 'Right knee' },
  { where: 'elsewhere', label: 'Somewhere else' },
];

/** Where it hurts: only knee pain moves the knee's exercises down (issue 9). */
export function PainWhereChoice({
  where,
  onPick,
}: {
  readonly where: PainWhere | undefined;
  readonly onPick: (where: PainWhere) => void;
}) {
  return (
    <div className="actions" role="group" aria-label="Where does it hurt?">
      {PAIN_PLACES.map((place) => (
        <button
          key={place.where}
          type="button"
          className={`button${where === place.where ? ' primary' : ''}`}
          aria-pressed={where === place.where}
          onClick={() => onPick(place.where)}
        >
          {place.label}
        </button>
      ))}
    </div>
  );
}

interface ScreenProps {
  readonly state: PlayerState;
  readonly send: Send;
  readonly caption: string;
}

export function WorkScreen({
  state,
  send,
  item,
  caption,
  live = null,
}: ScreenProps & {
  readonly item: PlayerItem;
  /** Live camera feedback for this bout, when the exercise has a camera check. */
  readonly live?: ReactNode;
}) {
  const { phase } = state;
  if (phase.kind !== 'work') {
    return null;
  }
  const side = sideOrder(item)[phase.at.sideIndex] ?? 'both';
  const sets = setCount(item);
  const mode = workMode(item.dosage);
  const target = targetReps(item.dosage);
  return (
    <>
      <p className="muted">
        Exercise {phase.at.itemIndex + 1} of {state.items.length}
        {sets > 1 ? ` · set ${phase.at.set + 1} of ${sets}` : ''}
      </p>
      <h1 tabIndex={-1}>{item.name}</h1>
      <p className={`side-banner ${side}`}>{SIDE_WORDS[side]}</p>
      {phase.remainingMs !== null ? (
        <>
          <p className="phase">{mode === 'hold' ? 'Hold' : 'Keep going'}</p>
          <p
            className="big-number"
            role="timer"
            aria-label={`${secondsLeft(phase.remainingMs)} seconds left`}
          >
            {clockWords(secondsLeft(phase.remainingMs))}
          </p>
          {mode === 'hold' && target !== null && target > 1 ? (
            <p>
              Hold {Math.min(phase.reps + 1, target)} of {target}
            </p>
          ) : null}
          <div className="actions">
            <button type="button" className="button" onClick={() => send({ type: 'holdDone' })}>
              {mode === 'hold' ? 'End this hold' : 'Done'}
            </button>
          </div>
        </>
      ) : mode === 'reps' ? (
        <>
          <p className="phase">Reps</p>
          <p className="big-number" aria-live="polite">
            {phase.reps}
            {target !== null ? <span className="muted"> / {target}</span> : null}
          </p>
          <div className="actions">
            <button type="button" className="button primary big" onClick={() => send({ type: 'repDone' })}>
              Rep done
            </button>
            {target !== null && target > 1 ? (
              <button type="button" className="button" onClick={() => send({ type: 'setDone' })}>
                All {target} done
              </button>
            ) : null}
          </div>
          {live !== null ? (
            <p className="small muted">
              With the camera on, it counts your reps for you; tap &quot;Rep done&quot; when it misses one.
            </p>
          ) : null}
        </>
      ) : (
        <div className="actions">
          <button type="button" className="button primary big" onClick={() => send({ type: 'holdDone' })}>
            Done
          </button>
        </div>
      )}
      {(item.adaptations ?? []).map((change) => (
        <p className="notice warn small adaptation" key={change}>
          <strong>Change:</strong> {change}
        </p>
      ))}
      <ExerciseIllustration key={item.exerciseId} id={item.exerciseId} name={item.name} large />
      {live}
      {item.cues.length > 1 ? (
        <details className="cue-list">
          <summary>Tips for this exercise</summary>
          <ul>
            {item.cues.map((cue) => (
              <li key={cue}>{cue}</li>
            ))}
          </ul>
        </details>
      ) : null}
      <Caption text={caption} />
      <Controls state={state} send={send} timed={phase.remainingMs !== null} />
    </>
  );
}

export function RestScreen({ state, send, caption }: ScreenProps) {
  const { phase } = state;
  if (phase.kind !== 'rest') {
    return null;
  }
  const item = state.items[phase.next.itemIndex];
  const nextSide = item === undefined ? 'both' : (sideOrder(item)[phase.next.sideIndex] ?? 'both');
  return (
    <>
      <h1 tabIndex={-1}>{phase.after === 'side' ? 'Switch legs' : 'Rest'}</h1>
      <p
        className="big-number"
        role="timer"
        aria-label={`${secondsLeft(phase.remainingMs)} seconds of rest left`}
      >
        {clockWords(secondsLeft(phase.remainingMs))}
      </p>
      <p>
        Next: {item?.name}, <strong>{SIDE_WORDS[nextSide].toLowerCase()}</strong>, set {phase.next.set + 1}
      </p>
      <div className="actions">
        <button
          type="button"
          className="button primary"
          onClick={() => send({ type: 'tick', elapsedMs: phase.remainingMs })}
        >
          I&apos;m ready
        </button>
      </div>
      <Caption text={caption} />
      <Controls state={state} send={send} timed />
    </>
  );
}
