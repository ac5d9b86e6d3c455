/**
 * The skeleton over the camera preview: keypoints, bones and each knee's FPPA, drawn on a canvas
 * the size of the video. The preview may be mirrored; points are flipped here (mirror.ts), text
 * is not, and the labels stay the person's own sides. `drawSkeleton` also draws the snapshot of a
 * trial's peak frame.
 */
import { useEffect, useRef } from 'react';
import { kneeFppa, plausibleFppa } from '../../src/vision/geometry/fppa.js';
import type { LegSide } from '../../src/vision/geometry/legs.js';
import type { KeypointName, PoseFrame } from '../../src/vision/geometry/types.js';
import { MOVENET_MIN_SCORE } from '../../src/vision/geometry/confidence.js';
import { MODEL_INPUT_MIRRORED, toPreviewPoint } from './mirror.js';

const BONES: readonly (readonly [KeypointName, KeypointName])[] = [
  ['left_shoulder', 'right_shoulder'],
  ['left_shoulder', 'left_hip'],
  ['right_shoulder', 'right_hip'],
  ['left_hip', 'right_hip'],
  ['left_shoulder', 'left_elbow'],
  ['left_elbow', 'left_wrist'],
  ['right_shoulder', 'right_elbow'],
  ['right_elbow', 'right_wrist'],
  ['left_hip', 'left_knee'],
  ['left_knee', 'left_ankle'],
  ['right_hip', 'right_knee'],
  ['right_knee', 'right_ankle'],
  ['left_ankle', 'left_heel'],
  ['left_ankle', 'left_foot_index'],
  ['right_ankle', 'right_heel'],
  ['right_ankle', 'right_foot_index'],
];

/** Options for drawing. `highlight` marks a knee (the one a rep peaked on) in a stronger colour. */
export interface DrawOptions {
  readonly mirrored: boolean;
  readonly minScore?: number;
  readonly showAngles?: boolean;
  readonly highlight?: LegSide | null;
  /**
   * The angles to print, e.g. a trial's measured peaks (null: not measured, printed as a dash).
   * Without it each knee's raw FPPA on this frame is printed, unless outside FPPA_PLAUSIBLE_RANGE
   * (src/vision/geometry/fppa.ts), where it is not a knee angle.
   */
  readonly angles?: KneeAngles;
}

/** An angle per knee in degrees; null prints a dash (not measured). */
export type KneeAngles = Readonly<Record<LegSide, number | null>>;

const LEG_COLOURS: Readonly<Record<LegSide, string>> = { left: '#2f80ed', right: '#e2703a' };

function colourOf(name: KeypointName): string {
  if (name.startsWith('left_')) {
    return LEG_COLOURS.left;
  }
  return name.startsWith('right_') ? LEG_COLOURS.right : '#ffffff';
}

/** Draws the pose (video pixels, model labels) onto a context the size of the video. */
export function drawSkeleton(context: CanvasRenderingContext2D, pose: PoseFrame, options: DrawOptions): void {
  const minScore = options.minScore ?? MOVENET_MIN_SCORE;
  const scale = Math.max(pose.width, pose.height) / 640;
  const at = (name: KeypointName) => {
    const point = pose.keypoints[name];
    return point === undefined || point.score < minScore
      ? null
      : toPreviewPoint(point, pose.width, options.mirrored);
  };
  context.lineWidth = 4 * scale;
  context.lineCap = 'round';
  for (const [from, to] of BONES) {
    const a = at(from);
    const b = at(to);
    if (a !== null && b !== null) {
      context.strokeStyle = colourOf(to);
      context.beginPath();
      context.moveTo(a.x, a.y);
      context.lineTo(b.x, b.y);
      context.stroke();
    }
  }
  for (const name of Object.keys(pose.keypoints) as KeypointName[]) {
    const point = at(name);
    if (point !== null) {
      context.fillStyle = colourOf(name);
      context.beginPath();
      context.arc(point.x, point.y, 6 * scale, 0, Math.PI * 2);
      context.fill();
    }
  }
  if (options.showAngles ?? true) {
    for (const side of ['left', 'right'] as const) {
      drawKneeAngle(context, pose, side, { ...options, minScore }, scale);
    }
  }
}

function drawKneeAngle(
  context: CanvasRenderingContext2D,
  pose: PoseFrame,
  side: LegSide,
  options: DrawOptions & { readonly minScore: number },
  scale: number,
): void {
  const knee = pose.keypoints[`${side}_knee`];
  const needed = [`${side}_hip`, `${side}_knee`, `${side}_ankle`] as const;
  if (knee === undefined || needed.some((name) => (pose.keypoints[name]?.score ?? 0) < options.minScore)) {
    return;
  }
  const fppa =
    options.angles === undefined
      ? plausibleFppa(kneeFppa(pose, side, MODEL_INPUT_MIRRORED))
      : options.angles[side];
  const point = toPreviewPoint(knee, pose.width, options.mirrored);
  const text = `${side === 'left' ? 'L' : 'R'} ${fppa === null ? '–' : `${Math.round(fppa)}°`}`;
  const size = Math.round(22 * scale);
  context.font = `600 ${size}px system-ui, sans-serif`;
  const width = context.measureText(text).width;
  // The label sits on the outer side of the knee as the user sees it (away from the other knee).
  const other = pose.keypoints[`${side === 'left' ? 'right' : 'left'}_knee`];
  const otherX = other === undefined ? pose.width / 2 : toPreviewPoint(other, pose.width, options.mirrored).x;
  const outward = point.x < otherX ? -1 : 1;
  const x = outward < 0 ? point.x - width - 16 * scale : point.x + 16 * scale;
  const strong = options.highlight === side;
  context.fillStyle = strong ? '#111111' : 'rgba(0, 0, 0, 0.6)';
  context.fillRect(x - 6 * scale, point.y - size, width + 12 * scale, size * 1.5);
  context.fillStyle = strong ? '#ffd400' : '#ffffff';
  context.fillText(text, x, point.y + size * 0.3);
}

/** A canvas laid over the preview (same box, CSS places it), redrawn for every new pose. */
export function SkeletonOverlay({
  pose,
  mirrored,
  showAngles = true,
  angles,
}: {
  readonly pose: PoseFrame | null;
  readonly mirrored: boolean;
  readonly showAngles?: boolean;
  readonly angles?: KneeAngles | undefined;
}) {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (canvas === null || canvas === undefined || context === null || context === undefined) {
      return;
    }
    if (pose === null) {
      context.clearRect(0, 0, canvas.width, canvas.height);
      return;
    }
    if (canvas.width !== pose.width || canvas.height !== pose.height) {
      canvas.width = pose.width;
      canvas.height = pose.height;
    }
    context.clearRect(0, 0, canvas.width, canvas.height);
    drawSkeleton(
      context,
      pose,
      angles === undefined ? { mirrored, showAngles } : { mirrored, showAngles, angles },
    );
  }, [pose, mirrored, showAngles, angles]);
  return <canvas ref={canvasRef} className="skeleton-overlay" aria-hidden="true" data-overlay="skeleton" />;
}
