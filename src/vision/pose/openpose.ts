/**
 * OpenPose's per-frame JSON (`*_keypoints.json`, as OpenPose, Sports2D and Pose2Sim write it)
 * to PoseFrames and back. Each person has `pose_keypoints_2d`: x, y, confidence per keypoint in
 * pixels, 0, 0, 0 for a point not found. Layouts are told apart by length: BODY_25 (75 values),
 * COCO-18 (54), HALPE_26 (78) and COCO-17 (51, MoveNet's own order). Pure.
 */
import { DomainError } from '../../errors.js';
import { milliseconds, pixels } from '../../units.js';
import type { Keypoint, KeypointName, PoseFrame } from '../geometry/types.js';
import { KEYPOINT_NAMES } from '../geometry/types.js';

type Layout = readonly (KeypointName | null)[];

const COCO_17: Layout = KEYPOINT_NAMES.slice(0, 17);

/** OpenPose BODY_25: neck (1) and mid-hip (8) have no Kneeline keypoint; toes are skipped. */
const BODY_25: Layout = [
  'nose', null, 'right_shoulder', 'right_elbow', 'right_wrist', 'left_shoulder', 'left_elbow', 'left_wrist',
  null, 'right_hip', 'right_knee', 'right_ankle', 'left_hip', 'left_knee', 'left_ankle', 'right_eye',
  'left_eye', 'right_ear', 'left_ear', 'left_foot_index', null, 'left_heel', 'right_foot_index', null,
  'right_heel',
]; // prettier-ignore

/** OpenPose COCO-18 (the older OpenPose model): BODY_25 without mid-hip and feet. */
const COCO_18: Layout = [
  'nose', null, 'right_shoulder', 'right_elbow', 'right_wrist', 'left_shoulder', 'left_elbow', 'left_wrist',
  'right_hip', 'right_knee', 'right_ankle', 'left_hip', 'left_knee', 'left_ankle', 'right_eye', 'left_eye',
  'right_ear', 'left_ear',
]; // prettier-ignore

/** HALPE_26 (Sports2D and Pose2Sim's default): COCO-17, then head, neck, hip and the feet. */
const HALPE_26: Layout = [
  ...COCO_17, null, null, null, 'left_foot_index', 'right_foot_index', null, null, 'left_heel', 'right_heel',
]; // prettier-ignore

const LAYOUTS: Readonly<Record<number, { name: string; layout: Layout }>> = {
  75: { name: 'BODY_25', layout: BODY_25 },
  54: { name: 'COCO-18', layout: COCO_18 },
  78: { name: 'HALPE_26', layout: HALPE_26 },
  51: { name: 'COCO-17', layout: COCO_17 },
};

const LEG_POINTS: readonly KeypointName[] = [
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
];

/** What Kneeline adds to the files it writes, so its own keypoints read back exactly. */
export interface KneelineFrameInfo {
  readonly frame: number;
  readonly time_ms: number;
  readonly width: number;
  readonly height: number;
}

/** One file's content, as far as Kneeline reads it. */
export interface OpenPoseFile {
  readonly people?: readonly { readonly pose_keypoints_2d?: readonly number[] }[];
  readonly kneeline?: KneelineFrameInfo;
}

/** The keypoints of one person's flat array; throws 'invalid-input' for a layout not known. */
export function keypointsFromFlat(flat: readonly number[]): Partial<Record<KeypointName, Keypoint>> {
  const known = LAYOUTS[flat.length];
  if (known === undefined) {
    throw new DomainError(
      'invalid-input',
      `pose_keypoints_2d has ${flat.length} values; expected BODY_25 (75), COCO-18 (54), HALPE_26 (78) or COCO-17 (51).`,
    );
  }
  const keypoints: Partial<Record<KeypointName, Keypoint>> = {};
  known.layout.forEach((name, i) => {
    const [x, y, score] = [flat[i * 3] ?? 0, flat[i * 3 + 1] ?? 0, flat[i * 3 + 2] ?? 0];
    // OpenPose writes 0, 0, 0 for a point it did not find.
    if (name !== null && score > 0 && Number.isFinite(x) && Number.isFinite(y)) {
      keypoints[name] = { x: pixels(x), y: pixels(y), score };
    }
  });
  return keypoints;
}

/** The person whose hips, knees and ankles are most confident; the first on a tie; null for nobody. */
export function mostConfidentLegs(
  people: readonly Partial<Record<KeypointName, Keypoint>>[],
): Partial<Record<KeypointName, Keypoint>> | null {
  let best: Partial<Record<KeypointName, Keypoint>> | null = null;
  let bestScore = -1;
  for (const person of people) {
    const score = LEG_POINTS.reduce((sum, name) => sum + (person[name]?.score ?? 0), 0);
    if (score > bestScore) {
      best = person;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Frames from parsed files, in the order given, with their frame numbers (from the file names).
 * Times come from `fps`, sizes from the data (the furthest keypoint), unless Kneeline wrote the
 * file and recorded both.
 */
export function framesFromOpenPose(
  files: readonly { readonly frame: number; readonly content: OpenPoseFile }[],
  fps: number,
): PoseFrame[] {
  const people = files.map(({ content }) =>
    mostConfidentLegs(
      (content.people ?? []).map((person) => keypointsFromFlat(person.pose_keypoints_2d ?? [])),
    ),
  );
  const all = people.flatMap((keypoints) => Object.values(keypoints ?? {}));
  const width = Math.ceil(Math.max(1, ...all.map((point) => point.x)));
  const height = Math.ceil(Math.max(1, ...all.map((point) => point.y)));
  return files.map(({ frame, content }, i) => {
    const info = content.kneeline;
    return {
      index: info?.frame ?? frame,
      timeMs: milliseconds(info?.time_ms ?? (frame * 1000) / fps),
      width: pixels(info?.width ?? width),
      height: pixels(info?.height ?? height),
      keypoints: people[i] ?? {},
    };
  });
}

/** A frame as an OpenPose BODY_25 file (neck and mid-hip from the shoulders and hips), plus Kneeline's frame info. */
export function frameToOpenPose(frame: PoseFrame): Required<OpenPoseFile> & { version: number } {
  const k = frame.keypoints;
  const between = (a: Keypoint | undefined, b: Keypoint | undefined): readonly number[] =>
    a === undefined || b === undefined
      ? [0, 0, 0]
      : [(a.x + b.x) / 2, (a.y + b.y) / 2, Math.min(a.score, b.score)];
  const flat = BODY_25.flatMap((name, i) => {
    if (name === null) {
      return i === 1
        ? between(k.left_shoulder, k.right_shoulder)
        : i === 8
          ? between(k.left_hip, k.right_hip)
          : [0, 0, 0];
    }
    const point = k[name];
    return point === undefined ? [0, 0, 0] : [point.x, point.y, point.score];
  });
  return {
    version: 1.3,
    people: [{ pose_keypoints_2d: flat }],
    kneeline: { frame: frame.index, time_ms: frame.timeMs, width: frame.width, height: frame.height },
  };
}

/** The file name OpenPose gives frame `index` of a video called `stem`. */
export function openPoseFileName(stem: string, index: number): string {
  return `${stem}_${String(index).padStart(12, '0')}_keypoints.json`;
}

/** The frame number in an OpenPose file name (the last run of digits before `_keypoints`), or null. */
export function frameNumberOf(fileName: string): number | null {
  const match = /(\d+)_keypoints\.json$/.exec(fileName);
  return match === null ? null : Number(match[1]);
}
