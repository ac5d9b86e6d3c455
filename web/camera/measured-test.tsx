/**
 * A measured self-test with the camera: start the camera, pass the capture guide, a spoken
 * countdown, record the keypoints (never the video) while the checks keep passing, then analyse
 * them with the same `analyzeTrial` as the server and show the result (saving: save-measurement.tsx).
 */
import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { PoseFrame, Sex, TrialTest } from '../../src/vision/geometry/types.js';
import type { TrialReport, TrialSide } from '../../src/vision/trial/types.js';
import { milliseconds } from '../../src/units.js';
import { createCuePlayer } from '../lib/speech.js';
import {
  readyToMeasure,
  shownDuringMovement,
  whatToChange,
} from '../../src/vision/capture/capture-checks.js';
import { TEST_PROFILES } from '../../src/vision/trial/test-profiles.js';
import { modelFor } from '../../src/vision/pose/camera-models.js';
import { CameraStartButton } from './camera-start-button.js';
import { CameraView, CheckList } from './camera-view.js';
import { guardRecording } from '../../src/vision/capture/recording-guard.js';
import { measureTrial, snapshotPeak } from '../../src/vision/capture/measure-trial.js';
import { SaveMeasurement } from './save-measurement.js';
import { PhaseLine } from './measure-phase.js';
import type { Phase } from './measure-phase.js';
import { usePoseLoop } from './pose-loop.js';
import type { PoseSample } from './pose-loop.js';
import { testInstructions } from '../../src/vision/capture/test-instructions.js';
import { TrialResult } from './trial-result.js';
import { useCamera } from './use-camera.js';
import { useCaptureGuide } from './use-capture-guide.js';

const COUNTDOWN_S = 3;
/** Fewer frames than this is not a recording. */
const MIN_FRAMES = 5;

interface Recording {
  frames: PoseFrame[];
  images: Map<number, ImageData>;
  startMs: number | null;
  failingSince: number | null;
}

const emptyRecording = (): Recording => ({
  frames: [],
  images: new Map(),
  startMs: null,
  failingSince: null,
});

export interface MeasuredTestProps {
  readonly test: TrialTest;
  readonly side: TrialSide;
  readonly sex: Sex | null;
  /** Called after the server has the measurement. */
  readonly onSaved?: (report: TrialReport) => void;
  /** Extra controls under a result (e.g. the ankle-gap estimate of the standing test). */
  readonly renderExtra?: (report: TrialReport) => ReactNode;
}

export function MeasuredTest({ test, side, sex, onSaved, renderExtra }: MeasuredTestProps) {
  const camera = useCamera();
  const [slowDevice, setSlowDevice] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' });
  const phaseRef = useRef<Phase>(phase);
  phaseRef.current = phase;
  const recording = useRef<Recording>(emptyRecording());
  const root = useRef<HTMLDivElement>(null);
  const voice = useRef(createCuePlayer(() => true));
  const instructions = testInstructions(test, side);
  const model = modelFor(test, slowDevice);

  const onSample = (sample: PoseSample): void => {
    if (phaseRef.current.kind !== 'recording') {
      return;
    }
    const rec = recording.current;
    rec.startMs ??= sample.pose.timeMs;
    const index = rec.frames.length;
    rec.frames.push({ ...sample.pose, index, timeMs: milliseconds(sample.pose.timeMs - rec.startMs) });
    rec.images.set(index, sample.image);
    // How much the recording holds, on the element (no re-render a frame): the e2e tests wait on it.
    root.current?.setAttribute('data-recorded-frames', String(index + 1));
    root.current?.setAttribute('data-recorded-ms', String(Math.round(sample.pose.timeMs - rec.startMs)));
  };
  const loop = usePoseLoop(camera.videoRef, {
    model,
    active: camera.state.kind === 'ready' && phase.kind !== 'result',
    use: test,
    onSample,
  });
  const doubleLeg = TEST_PROFILES[test].doubleLeg;
  const checks = useCaptureGuide(loop.sample, doubleLeg);
  const tooSlow = loop.tooSlow && slowDevice;

  const finish = (): void => {
    const { frames, images } = recording.current;
    recording.current = emptyRecording();
    if (frames.length < MIN_FRAMES) {
      setPhase({ kind: 'stopped', reason: 'The recording was too short to measure. Try again.' });
      return;
    }
    let report: TrialReport;
    try {
      report = measureTrial(frames, { test, side, sex });
    } catch (error) {
      setPhase({
        kind: 'stopped',
        reason: `We could not read this recording (${error instanceof Error ? error.message : String(error)}). Try again.`,
      });
      return;
    }
    const peak = snapshotPeak(report);
    const image = peak === null ? undefined : images.get(peak.frame);
    const pose = peak === null ? undefined : frames[peak.frame];
    setPhase({
      kind: 'result',
      report,
      frames,
      snapshot: peak !== null && image !== undefined && pose !== undefined ? { image, pose, peak } : null,
    });
  };

  const abort = (reason: string): void => {
    recording.current = emptyRecording();
    voice.current.play({ kind: 'speak', text: 'Stopped.' });
    setPhase({ kind: 'stopped', reason });
  };

  // On a device too slow for the accurate model, switch to the fast one (once). A recording under
  // way is dropped: one trial is measured with one model, on one clock.
  useEffect(() => {
    if (loop.tooSlow && !slowDevice && model !== modelFor('live')) {
      if (phaseRef.current.kind === 'recording' || phaseRef.current.kind === 'countdown') {
        abort(
          'This device was too slow for the accurate model, so we switched to the fast one. Please record again.',
        );
      }
      setSlowDevice(true);
    }
    // `abort` only touches refs and state setters.
  }, [loop.tooSlow, slowDevice, model]);

  // While recording, the movement checks must keep passing; the device must keep up.
  useEffect(() => {
    if (phase.kind !== 'recording' || checks === null || loop.sample === null) {
      return;
    }
    const rec = recording.current;
    const decision = guardRecording({
      checks,
      nowMs: loop.sample.pose.timeMs,
      failingSinceMs: rec.failingSince,
      tooSlow,
    });
    if (decision.kind === 'stop') {
      abort(decision.reason);
    } else {
      rec.failingSince = decision.failingSinceMs;
    }
  });

  // The camera stopping mid-recording: nothing is measured.
  useEffect(() => {
    if (
      camera.state.kind !== 'ready' &&
      (phaseRef.current.kind === 'recording' || phaseRef.current.kind === 'countdown')
    ) {
      recording.current = emptyRecording();
      setPhase({ kind: 'stopped', reason: 'The camera stopped, so nothing was measured.' });
    }
  }, [camera.state.kind]);

  // Countdown, then record until Done or the longest a test runs.
  useEffect(() => {
    if (phase.kind === 'countdown') {
      const timer = setTimeout(() => {
        if (phase.left > 1) {
          voice.current.play({ kind: 'speak', text: String(phase.left - 1) });
          setPhase({ kind: 'countdown', left: phase.left - 1 });
        } else {
          voice.current.play({ kind: 'speak', text: instructions.go });
          recording.current = emptyRecording();
          root.current?.removeAttribute('data-recorded-frames');
          root.current?.removeAttribute('data-recorded-ms');
          setPhase({ kind: 'recording' });
        }
      }, 1000);
      return () => clearTimeout(timer);
    }
    if (phase.kind === 'recording') {
      const timer = setTimeout(finish, instructions.maxMs);
      return () => clearTimeout(timer);
    }
    return undefined;
    // `finish` reads refs only; the phase alone drives this effect.
  }, [phase]);

  const ready = checks !== null && readyToMeasure(checks) && !tooSlow;
  const startCountdown = (): void => {
    voice.current.play({ kind: 'speak', text: String(COUNTDOWN_S) });
    setPhase({ kind: 'countdown', left: COUNTDOWN_S });
  };

  return (
    <div className="measured-test" data-measure={test} data-phase={phase.kind} ref={root}>
      <h2>{instructions.title}</h2>
      {phase.kind === 'result' ? null : (
        <ol className="card">
          {instructions.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      <CameraStartButton camera={camera} />
      <CameraView
        camera={camera}
        loop={loop}
        recording={phase.kind === 'recording'}
        hidePreview={phase.kind === 'result'}
      >
        {camera.state.kind === 'ready' && phase.kind !== 'result' ? (
          <>
            {checks !== null ? (
              <CheckList
                checks={phase.kind === 'recording' ? shownDuringMovement(checks, doubleLeg) : checks}
              />
            ) : null}
            {tooSlow ? (
              <div className="notice warn" role="alert">
                <p>
                  This device manages {loop.sample?.fps.toFixed(1)} frames a second, too few to measure this
                  test. Close other apps and tabs, or use another device.
                </p>
              </div>
            ) : slowDevice ? (
              <p className="small muted">
                This device is slow for the accurate model, so we use the fast one.
              </p>
            ) : null}
            <PhaseLine
              phase={phase}
              checksMessage={checks === null ? 'Looking for you…' : whatToChange(checks)}
            />
            <p className="actions">
              {phase.kind === 'recording' ? (
                <button type="button" className="button primary" onClick={finish}>
                  Done
                </button>
              ) : phase.kind === 'countdown' ? null : (
                <button type="button" className="button primary" disabled={!ready} onClick={startCountdown}>
                  Start recording
                </button>
              )}
            </p>
          </>
        ) : null}
      </CameraView>
      {phase.kind === 'result' ? (
        <>
          <TrialResult report={phase.report} snapshot={phase.snapshot} mirrored={camera.mirrored} />
          {renderExtra?.(phase.report)}
          <SaveMeasurement
            report={phase.report}
            frames={phase.frames}
            onSaved={onSaved}
            onAgain={() => setPhase({ kind: 'setup' })}
          />
        </>
      ) : null}
    </div>
  );
}
