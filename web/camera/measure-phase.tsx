/**
 * The phases of a measured test (setup, countdown, recording, stopped with a reason, result) and
 * the line that tells the user where they are.
 */
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import type { RepPeak } from '../../src/vision/capture/measure-trial.js';

/** Where a measured test is. */
export type Phase =
  | { readonly kind: 'setup' }
  | { readonly kind: 'countdown'; readonly left: number }
  | { readonly kind: 'recording' }
  | { readonly kind: 'stopped'; readonly reason: string }
  | {
      readonly kind: 'result';
      readonly report: TrialReport;
      readonly frames: readonly PoseFrame[];
      readonly snapshot: { image: ImageData; pose: PoseFrame; peak: RepPeak } | null;
    };

/** What is happening now, or what to change before recording. */
export function PhaseLine({
  phase,
  checksMessage,
}: {
  readonly phase: Phase;
  readonly checksMessage: string | null;
}) {
  switch (phase.kind) {
    case 'countdown':
      return (
        <p className="big-message" role="status">
          Starting in {phase.left}…
        </p>
      );
    case 'recording':
      return (
        <p className="big-message" role="status">
          Recording. Press Done when you have finished.
        </p>
      );
    case 'stopped':
      return (
        <div className="notice warn" role="alert">
          <p>{phase.reason}</p>
        </div>
      );
    case 'setup':
    case 'result':
      return (
        <p className="big-message" role="status">
          {checksMessage ?? 'All set: press Start recording when you are ready.'}
        </p>
      );
  }
}
