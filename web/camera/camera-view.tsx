/**
 * The camera box: the mirrored preview, the skeleton with each knee's angle, a silhouette frame to
 * stand in, the guide's checks as a pass/fail list, and a line on speed (model, backend, poses per
 * second). Children go under the box (the page's buttons and messages).
 */
import type { ReactNode } from 'react';
import type { CaptureCheck } from '../../src/vision/capture/capture-checks.js';
import { modelLabel } from '../../src/vision/pose/camera-models.js';
import { cameraMessage } from './camera-state.js';
import type { Camera } from './use-camera.js';
import type { PoseLoopView } from './pose-loop.js';
import { SkeletonOverlay } from './skeleton-overlay.js';
import type { KneeAngles } from './skeleton-overlay.js';
import './camera.css';

/** The outline a person stands in: head to feet, arms by the sides. */
function Silhouette() {
  return (
    <svg
      className="camera-silhouette"
      viewBox="0 0 100 160"
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
    >
      <path
        d="M50 8 a9 9 0 1 1 -0.1 0 Z M36 30 h28 l8 42 h-6 l-4 -28 v36 l3 62 h-9 l-6 -56 l-6 56 h-9 l3 -62 v-36 l-4 28 h-6 Z"
        fill="none"
        strokeWidth="1.2"
        strokeDasharray="3 2"
      />
    </svg>
  );
}

/** The checks as a list a screen reader reads in order. */
export function CheckList({ checks }: { readonly checks: readonly CaptureCheck[] }) {
  return (
    <ul className="capture-checks" aria-label="Camera checks">
      {checks.map((check) => (
        <li
          key={check.id}
          data-check={check.id}
          data-status={check.status}
          className={`check ${check.status}`}
        >
          <span aria-hidden="true">
            {check.status === 'pass' ? '✓' : check.status === 'fail' ? '✗' : '…'}
          </span>{' '}
          {check.label}
          {check.status === 'pass' ? null : <span className="check-message">: {check.message}</span>}
        </li>
      ))}
    </ul>
  );
}

/** The speed line: which model on which backend, and how many poses a second. */
export function SpeedLine({ loop }: { readonly loop: PoseLoopView }) {
  if (loop.status === 'loading') {
    return <p className="muted small">Loading the pose model (a few seconds the first time)…</p>;
  }
  if (loop.info === null || loop.sample === null) {
    return null;
  }
  const threads = loop.info.backend === 'wasm' ? (loop.info.threads ? ', threads' : ', one thread') : '';
  return (
    <p className="muted small" data-speed={loop.sample.fps.toFixed(1)} data-backend={loop.info.backend}>
      {modelLabel(loop.info.model)} on {loop.info.backend}
      {threads}: {loop.sample.fps.toFixed(1)} frames a second
    </p>
  );
}

export function CameraView({
  camera,
  loop,
  children,
  recording = false,
  hidePreview = false,
  angles,
}: {
  readonly camera: Camera;
  readonly loop: PoseLoopView;
  readonly children?: ReactNode;
  readonly recording?: boolean;
  /** The knee angles to print on the skeleton (e.g. live feedback's gated readings); see DrawOptions. */
  readonly angles?: KneeAngles;
  /** Keep the camera running but out of sight (while a result is read). */
  readonly hidePreview?: boolean;
}) {
  const message = cameraMessage(camera.state);
  const ready = camera.state.kind === 'ready';
  return (
    <div className="camera-view" data-camera={camera.state.kind}>
      <div
        className={`camera-box${camera.mirrored ? ' mirrored' : ''}${recording ? ' recording' : ''}`}
        hidden={!ready || hidePreview}
      >
        <video ref={camera.videoRef} muted playsInline aria-label="Camera preview" />
        <SkeletonOverlay pose={loop.sample?.pose ?? null} mirrored={camera.mirrored} angles={angles} />
        <Silhouette />
        {recording ? <span className="recording-dot">Recording</span> : null}
      </div>
      {message !== null ? (
        <div
          className={`notice ${camera.state.kind === 'starting' ? '' : 'warn'}`}
          role={camera.state.kind === 'starting' ? 'status' : 'alert'}
        >
          <p>{message}</p>
        </div>
      ) : null}
      {loop.status === 'failed' ? (
        <div className="notice warn" role="alert">
          <p>
            The pose model could not start in this browser ({loop.error}). You can still do the test with a
            mirror.
          </p>
        </div>
      ) : null}
      {ready && !hidePreview ? <SpeedLine loop={loop} /> : null}
      {children}
    </div>
  );
}
