/**
 * pose-detection imports `Pose` from @mediapipe/pose for its 'mediapipe' runtime, which Kneeline
 * never uses (runtime 'tfjs' only); the package's file has no ES export, so the bundle gets this.
 */
export class Pose {
  constructor() {
    throw new Error('The MediaPipe runtime is not bundled; Kneeline runs pose models on TF.js.');
  }
}
