/**
 * Live camera feedback in the session player, for exercises whose catalog entry has a camera
 * check: an optional "Use camera" switch, the preview with the skeleton (web/camera), a gauge of
 * each knee's FPPA in the person's own left/right (placed as the mirrored preview shows them), a
 * rep count from hip height and a visual "knee out" cue. Every cue is also sent to the player as a
 * `kneeCaveIn` event, which speaks it and counts it in the session log.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CameraCheck } from '../../src/catalog/types.js';
import type { KneeCaveCue } from '../../src/coaching/knee-cave-cue.js';
import type { BoutSide, PlayerEvent } from '../../src/coaching/types.js';
import type { LegSide } from '../../src/vision/geometry/legs.js';
import type { FppaGap, FppaReading } from '../../src/vision/trial/types.js';
import { modelFor } from '../../src/vision/pose/camera-models.js';
import { CameraView } from '../camera/camera-view.js';
import { MODEL_INPUT_MIRRORED, screenSideOf } from '../camera/mirror.js';
import { usePoseLoop } from '../camera/pose-loop.js';
import type { PoseSample } from '../camera/pose-loop.js';
import { useCamera } from '../camera/use-camera.js';
import { kneeOutWords } from '../lib/speech.js';
import type { LiveReading, LiveTrackerState } from '../../src/coaching/live-tracker.js';
import {
  createLiveTracker,
  feedLiveFrame,
  LIVE_CHECKS,
  measuredAngles,
} from '../../src/coaching/live-tracker.js';
import './live-feedback.css';

/** How long the visual "knee out" stays on screen, in the frames' own ms. */
const CUE_SHOWN_MS = 1500;

const GAP_WORDS: Readonly<Record<FppaGap, string>> = {
  'thigh-foreshortened': 'not read at this depth',
  'oblique-view': 'turn to face the camera',
  'keypoints-missing': 'not in view',
};

/** One knee's gauge: the angle against the cue line, or why there is no angle. */
function KneeGauge({
  side,
  reading,
  thresholdDegrees,
}: {
  readonly side: LegSide;
  readonly reading: FppaReading | null;
  readonly thresholdDegrees: number;
}) {
  const name = side === 'left' ? 'Left knee' : 'Right knee';
  if (reading === null || reading.kind === 'not-measured') {
    const why = reading === null ? 'waiting' : GAP_WORDS[reading.reason];
    return (
      <div className="knee-gauge" data-knee={side} data-fppa="">
        <span className="knee-gauge-name">{name}</span> <span className="muted">{why}</span>
      </div>
    );
  }
  const value = reading.fppaDegrees;
  const caving = value > thresholdDegrees;
  // The bar spans −10° (varus) to twice the cue line; the mark is the cue line.
  const low = -10;
  const high = thresholdDegrees * 2;
  const share = (Math.min(high, Math.max(low, value)) - low) / (high - low);
  return (
    <div
      className={`knee-gauge${caving ? ' caving' : ''}`}
      data-knee={side}
      data-fppa={value.toFixed(1)}
      role="meter"
      aria-label={`${name} angle`}
      aria-valuemin={low}
      aria-valuemax={high}
      aria-valuenow={Math.round(value)}
      aria-valuetext={`${Math.round(value)} degrees${caving ? ', caving in' : ''}`}
    >
      <span className="knee-gauge-name">{name}</span> <strong>{Math.round(value)}°</strong>
      <span className="knee-gauge-bar" aria-hidden="true">
        <span className="knee-gauge-fill" style={{ width: `${(share * 100).toFixed(0)}%` }} />
        <span
          className="knee-gauge-line"
          style={{ left: `${(((thresholdDegrees - low) / (high - low)) * 100).toFixed(0)}%` }}
        />
      </span>
    </div>
  );
}

/**
 * The watched knees' gauges (both, or the working leg's on a single-leg set), in the order the
 * (possibly mirrored) preview shows the legs, and the rep count.
 */
export function LiveReadout({
  reading,
  side,
  mirrored,
  thresholdDegrees,
  countsReps,
  cue,
}: {
  readonly reading: LiveReading | null;
  readonly side: BoutSide;
  readonly mirrored: boolean;
  readonly thresholdDegrees: number;
  readonly countsReps: boolean;
  readonly cue: KneeCaveCue | null;
}) {
  const onScreen: readonly LegSide[] =
    screenSideOf('left', mirrored) === 'screen-left' ? ['left', 'right'] : ['right', 'left'];
  const ordered = onScreen.filter((leg) => side === 'both' || leg === side);
  return (
    <div className="live-readout">
      {cue !== null ? (
        <p className="knee-out-cue" role="alert" data-cue={cue.side}>
          {kneeOutWords(cue.side)}
        </p>
      ) : null}
      <div className="knee-gauges">
        {ordered.map((side) => (
          <KneeGauge
            key={side}
            side={side}
            reading={reading?.fppa[side] ?? null}
            thresholdDegrees={thresholdDegrees}
          />
        ))}
      </div>
      {countsReps ? (
        <p className="live-reps" data-reps={reading?.reps ?? 0}>
          Camera counted {reading?.reps ?? 0} {reading?.reps === 1 ? 'rep' : 'reps'}
        </p>
      ) : null}
    </div>
  );
}

type Send = (event: PlayerEvent) => unknown;

/**
 * The camera part of a bout: off until the user switches it on. `on` lives with the player, so
 * the camera comes back by itself for the next set or leg after a rest.
 */
export function LiveFeedback({
  check,
  side,
  send,
  on,
  onToggle,
  paused = false,
  onReps,
}: {
  readonly check: CameraCheck;
  readonly side: BoutSide;
  readonly send: Send;
  readonly on: boolean;
  readonly onToggle: (on: boolean) => void;
  /** While the player is paused the angles still show, but no cue is given or counted. */
  readonly paused?: boolean;
  /** The tracker's running rep count, each frame (the player credits new reps from it). */
  readonly onReps?: (reps: number) => void;
}) {
  const camera = useCamera();
  const { start, stop } = camera;
  const live = LIVE_CHECKS[check];
  const tracker = useRef<LiveTrackerState>(createLiveTracker());
  const lastTime = useRef(-Infinity);
  const [reading, setReading] = useState<LiveReading | null>(null);
  const [cue, setCue] = useState<KneeCaveCue | null>(null);
  const sendRef = useRef(send);
  sendRef.current = send;
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const onRepsRef = useRef(onReps);
  onRepsRef.current = onReps;

  useEffect(() => {
    // A new bout (other leg, other exercise) starts from nothing.
    tracker.current = createLiveTracker();
    setReading(null);
    setCue(null);
  }, [check, side]);

  useEffect(() => {
    if (on) {
      void start();
    } else {
      stop();
      setReading(null);
      setCue(null);
    }
  }, [on, start, stop]);

  const onSample = useCallback(
    (sample: PoseSample) => {
      const { pose } = sample;
      if (pose.timeMs < lastTime.current) {
        tracker.current = createLiveTracker(); // the loop restarted its clock
      }
      lastTime.current = pose.timeMs;
      const fed = feedLiveFrame(tracker.current, pose, { check: live, side, mirrored: MODEL_INPUT_MIRRORED });
      tracker.current = fed.state;
      setReading(fed.reading);
      if (!pausedRef.current && live.countsReps) {
        onRepsRef.current?.(fed.reading.reps);
      }
      const given = pausedRef.current ? [] : fed.cues;
      for (const next of given) {
        sendRef.current({
          type: 'kneeCaveIn',
          side: next.side,
          fppaDegrees: next.fppaDegrees,
          atMs: next.atMs,
        });
      }
      setCue(
        (shown) => given.at(-1) ?? (shown !== null && pose.timeMs - shown.atMs < CUE_SHOWN_MS ? shown : null),
      );
    },
    [live, side],
  );

  const loop = usePoseLoop(camera.videoRef, {
    model: modelFor('live'),
    active: on && camera.state.kind === 'ready',
    use: 'live',
    onSample,
  });

  return (
    <div className="live-feedback" data-live={on ? 'on' : 'off'}>
      <label className="choice">
        <input type="checkbox" checked={on} onChange={(event) => onToggle(event.target.checked)} />
        Use camera (knee angles and a &quot;knee out&quot; reminder; the video stays on this device)
      </label>
      {on ? (
        <CameraView camera={camera} loop={loop} angles={measuredAngles(reading)}>
          <LiveReadout
            reading={reading}
            side={side}
            mirrored={camera.mirrored}
            thresholdDegrees={live.thresholdDegrees}
            countsReps={live.countsReps}
            cue={cue}
          />
        </CameraView>
      ) : null}
    </div>
  );
}
