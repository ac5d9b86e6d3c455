/**
 * Knee position sense (seed 001, key #2), talked through with speech and text: a quarter squat
 * with the eyes open and knees over the second toes (the neutral), then the same with the eyes
 * closed; the camera measures how far each knee lands from its neutral, 3 rounds. The result goes
 * into the assessment draft's knee position sense test, which the findings read.
 */
import { useEffect, useRef, useState } from 'react';
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import { CameraStartButton } from '../camera/camera-start-button.js';
import { CameraView, CheckList } from '../camera/camera-view.js';
import { guardRecording } from '../../src/vision/capture/recording-guard.js';
import { modelFor } from '../../src/vision/pose/camera-models.js';
import { movementChecks, readyToMeasure, whatToChange } from '../../src/vision/capture/capture-checks.js';
import {
  MIN_USEFUL_FLEXION_DEGREES,
  SETTLE_MS,
  TARGET_FLEXION_DEGREES,
  holdFlexion,
  kneePositionErrors,
  kneePositionSenseEntry,
  kpsScript,
} from '../../src/vision/capture/knee-position-sense.js';
import type { KpsRound, KpsSideResult } from '../../src/vision/capture/knee-position-sense.js';
import { usePoseLoop } from '../camera/pose-loop.js';
import type { PoseSample } from '../camera/pose-loop.js';
import { useCamera } from '../camera/use-camera.js';
import { useCaptureGuide } from '../camera/use-capture-guide.js';
import { createCuePlayer } from '../lib/speech.js';
import { playerSpeed } from '../lib/player-speed.js';
import { routeHref } from '../lib/router.js';
import { useDraft } from '../lib/use-draft.js';

const FAIL_GRACE_MS = 2000;

type Phase =
  | { readonly kind: 'setup' }
  | { readonly kind: 'running'; readonly step: number }
  | { readonly kind: 'stopped'; readonly reason: string }
  | { readonly kind: 'done'; readonly results: readonly KpsSideResult[]; readonly depth: number | null };

interface Holds {
  standing: PoseFrame[];
  rounds: Map<number, { neutral: PoseFrame[]; blind: PoseFrame[] }>;
  failingSince: number | null;
}

const emptyHolds = (): Holds => ({ standing: [], rounds: new Map(), failingSince: null });

function finishRounds(holds: Holds): { results: KpsSideResult[]; depth: number | null } {
  const rounds: KpsRound[] = [...holds.rounds.entries()].map(([rep, hold]) => ({ rep, ...hold }));
  const blind = rounds.flatMap((round) => round.blind);
  const depths = (['left', 'right'] as const)
    .map((side) => holdFlexion(holds.standing, blind, side))
    .filter((value) => value !== null);
  const depth = depths.length === 0 ? null : depths.reduce((a, b) => a + b, 0) / depths.length;
  return { results: kneePositionErrors(rounds, holds.standing), depth };
}

export function KneeSensePage() {
  const draft = useDraft();
  const camera = useCamera();
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const [saved, setSaved] = useState(false);
  const phaseRef = useRef<Phase>(phase);
  phaseRef.current = phase;
  const holds = useRef<Holds>(emptyHolds());
  const voice = useRef(createCuePlayer(() => true));
  const script = useRef(kpsScript());
  const speed = playerSpeed(window.location.search);

  const stepStartedAt = useRef(0);
  const onSample = (sample: PoseSample): void => {
    const current = phaseRef.current;
    const step = current.kind === 'running' ? script.current[current.step] : undefined;
    if (performance.now() - stepStartedAt.current < SETTLE_MS / speed) {
      return;
    }
    if (step?.measure === 'standing') {
      holds.current.standing.push(sample.pose);
    } else if (step?.measure === 'neutral' || step?.measure === 'blind') {
      const round = holds.current.rounds.get(step.rep) ?? { neutral: [], blind: [] };
      round[step.measure].push(sample.pose);
      holds.current.rounds.set(step.rep, round);
    }
  };
  const use = 'knee-position-sense';
  const loop = usePoseLoop(camera.videoRef, {
    model: modelFor(use),
    active: camera.state.kind === 'ready',
    use,
    onSample,
  });
  const checks = useCaptureGuide(loop.sample);

  // Each step: say it, wait its time, go on; at the end, work out the errors.
  useEffect(() => {
    if (phase.kind !== 'running') {
      return undefined;
    }
    const step = script.current[phase.step];
    if (step === undefined) {
      const { results, depth } = finishRounds(holds.current);
      voice.current.play({ kind: 'speak', text: 'Done. Well held.' });
      setPhase({ kind: 'done', results, depth });
      return undefined;
    }
    // A new step cuts off the last one's words, so speech never runs behind the holds.
    stepStartedAt.current = performance.now();
    voice.current.stop();
    voice.current.play({ kind: 'speak', text: step.say });
    const timer = setTimeout(() => setPhase({ kind: 'running', step: phase.step + 1 }), step.ms / speed);
    return () => clearTimeout(timer);
  }, [phase, speed]);

  // The person must stay in view while the script runs (a little more slack: eyes are closed).
  useEffect(() => {
    if (phase.kind !== 'running' || checks === null || loop.sample === null) {
      return;
    }
    const decision = guardRecording({
      checks,
      nowMs: loop.sample.pose.timeMs,
      failingSinceMs: holds.current.failingSince,
      tooSlow: loop.tooSlow,
      graceMs: FAIL_GRACE_MS,
    });
    if (decision.kind === 'go-on') {
      holds.current.failingSince = decision.failingSinceMs;
      return;
    }
    voice.current.stop();
    voice.current.play({ kind: 'speak', text: 'Stopped. You can open your eyes.' });
    setPhase({ kind: 'stopped', reason: `${decision.reason} You can open your eyes.` });
  });

  const start = (): void => {
    holds.current = emptyHolds();
    setSaved(false);
    setPhase({ kind: 'running', step: 0 });
  };
  const running = phase.kind === 'running' ? script.current[phase.step] : undefined;
  // Only holds at a real bend say something about the squat position; a shallow run is not saved.
  const deepEnough =
    phase.kind === 'done' && phase.depth !== null && phase.depth >= MIN_USEFUL_FLEXION_DEGREES;
  const entry = phase.kind === 'done' && deepEnough ? kneePositionSenseEntry(phase.results) : undefined;

  return (
    <section className="page knee-sense">
      <h1>Knee position sense</h1>
      <p className="lead">
        How well do you feel where your knees are? People who misjudge it tend to let the knees cave in more
        when they land. We will talk you through it: bend to a quarter squat (about {TARGET_FLEXION_DEGREES}°
        at the knee) with your eyes open and your knees over your second toes, then do the same with your eyes
        closed. The camera measures how far each knee lands from where it was with your eyes open. Three
        rounds, about two minutes.
      </p>
      <ul className="card">
        <li>Stand 2 to 3 metres from the camera, facing it, with a wall or chair near you for balance.</li>
        <li>Turn the sound up: the steps are spoken, so you can follow them with your eyes closed.</li>
        <li>If you feel unsteady with your eyes closed, open them and stop. Safety first.</li>
      </ul>
      <CameraStartButton camera={camera} />
      <CameraView camera={camera} loop={loop} recording={phase.kind === 'running'}>
        {camera.state.kind === 'ready' && phase.kind !== 'done' && checks !== null ? (
          <CheckList checks={phase.kind === 'running' ? movementChecks(checks) : checks} />
        ) : null}
        {running !== undefined ? (
          <p className="big-message" role="status" aria-live="assertive">
            {running.say}
          </p>
        ) : null}
        {phase.kind === 'stopped' ? (
          <div className="notice warn" role="alert">
            <p>{phase.reason}</p>
          </div>
        ) : null}
        {camera.state.kind === 'ready' && (phase.kind === 'setup' || phase.kind === 'stopped') ? (
          <>
            <p className="big-message" role="status">
              {checks === null
                ? 'Looking for you…'
                : (whatToChange(checks) ?? 'All set: press Start when you are ready.')}
            </p>
            <p className="actions">
              <button
                type="button"
                className="button primary"
                disabled={checks === null || !readyToMeasure(checks) || loop.tooSlow}
                onClick={start}
              >
                Start
              </button>
            </p>
          </>
        ) : null}
      </CameraView>
      {phase.kind === 'done' ? (
        <section className="card" aria-labelledby="kps-result">
          <h2 id="kps-result">Your result</h2>
          <ul data-result="knee-sense">
            {phase.results.map((result) => (
              <li key={result.side} data-side={result.side}>
                <strong>{result.side === 'left' ? 'Left knee' : 'Right knee'}</strong>:{' '}
                {result.errorDegrees === null
                  ? 'not measured (the knee was not seen in both holds)'
                  : `${result.errorDegrees.toFixed(1)}° from your eyes-open position on average (rounds: ${result.roundErrors
                      .map((error) => (error === null ? '–' : `${error.toFixed(1)}°`))
                      .join(', ')})`}
              </li>
            ))}
          </ul>
          {phase.depth !== null ? (
            <p className="small">
              Your eyes-closed squats reached about {Math.round(phase.depth)}° of knee bend (an estimate from
              the picture; the test aims for about {TARGET_FLEXION_DEGREES}°).
              {phase.depth < MIN_USEFUL_FLEXION_DEGREES
                ? ' That is not deep enough for the result to mean much: do it again and bend to a quarter squat.'
                : ''}
            </p>
          ) : null}
          <p className="small muted">
            Differences under about 8° are within what a camera can tell apart between two sessions (Munro
            2012), so a small number here means your sense of the knee is good.
          </p>
          <p className="actions">
            {entry !== undefined ? (
              <button
                type="button"
                className="button primary"
                disabled={saved}
                onClick={() => {
                  draft.setTest('kneePositionSense', entry);
                  void draft.flush().then(setSaved);
                }}
              >
                {saved ? 'Added to your self-tests' : 'Use this in my self-tests'}
              </button>
            ) : null}
            <button type="button" className="button" onClick={start}>
              Do it again
            </button>
          </p>
          {saved ? (
            <p role="status">
              Saved. It will count in your findings when you finish the{' '}
              <a href={routeHref({ page: 'tests' })}>self-tests</a>.
            </p>
          ) : null}
        </section>
      ) : null}
    </section>
  );
}
