/**
 * What the camera is used for: live feedback, a measured trial test, or the knee position sense
 * test. Its own file so that the frame-rate rules (capture) and the model choice (pose) share it.
 */
import type { TrialTest } from './types.js';

export type CameraUse = TrialTest | 'live' | 'knee-position-sense';
