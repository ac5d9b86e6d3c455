/** What the Node side of the e2e tests and the browser harness exchange (plain JSON). */
import type { PoseModelId } from '../../src/vision/pose/model-table.js';
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import type { FrameFppa } from './frame-fppa.js';

/** One decoded RGB frame, base64 packed. */
export interface WireFrame {
  readonly rgbBase64: string;
  readonly width: number;
  readonly height: number;
  readonly index: number;
  readonly timeMs: number;
  readonly sourceWidth: number;
  readonly sourceHeight: number;
}

/** The harness's answer to `analyzeFrames`. */
export interface BrowserAnalysis {
  readonly backend: string;
  readonly poses: PoseFrame[];
  readonly fppa: FrameFppa[];
  readonly report: TrialReport;
  /** Wall ms per frame of pose estimation + FPPA, after the warm-up frames. */
  readonly msPerFrame: number;
}

/** What the harness exposes on `window.__kneelineVision`. */
export interface VisionHarness {
  /** Loads `model` (once), then estimates the frames in order, primed as estimate-video does. */
  readonly analyzeFrames: (model: PoseModelId, frames: readonly WireFrame[]) => Promise<BrowserAnalysis>;
}
