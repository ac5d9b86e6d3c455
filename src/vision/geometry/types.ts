/**
 * Keypoints and frames: the contract between the pose adapter (vision/pose) and the pure
 * geometry and trial code. Coordinates are image pixels with y pointing down.
 */
import type { Milliseconds, Pixels } from '../../units.js';

/** MoveNet's 17 COCO keypoints, plus BlazePose's heel and foot tip where that model runs. */
export const KEYPOINT_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
  'left_heel',
  'right_heel',
  'left_foot_index',
  'right_foot_index',
] as const;
export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** One keypoint. `score` is the model's confidence 0..1 (MoveNet guidance: trust from 0.3). */
export interface Keypoint {
  readonly x: Pixels;
  readonly y: Pixels;
  readonly score: number;
}

/**
 * The pose in one video frame. Left and right are as the model labelled them (the person's
 * own sides when the person faces an unmirrored camera); `mirrored` on the trial fixes that.
 */
export interface PoseFrame {
  readonly index: number;
  readonly timeMs: Milliseconds;
  readonly width: Pixels;
  readonly height: Pixels;
  readonly keypoints: Readonly<Partial<Record<KeypointName, Keypoint>>>;
}

/** The tests Kneeline can measure from a recording: the one list (CLI, server, web app). */
export const TRIAL_TESTS = ['single-leg-squat', 'squat', 'step-down', 'drop-landing', 'standing'] as const;
export type TrialTest = (typeof TRIAL_TESTS)[number];
export type Sex = 'female' | 'male';
