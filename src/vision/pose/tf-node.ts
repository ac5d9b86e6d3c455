/**
 * Node: TF.js and pose-detection loaded with `require`, not `import`. They ship as CommonJS, and
 * an ESM import of CommonJS makes Node scan each package's source for its export names first:
 * about 0.5 s of CPU per thread on this project's 2-core machine (3x the require itself), paid
 * again by every pose worker. Browser code imports them as ES modules (estimator.ts).
 */
import { createRequire } from 'node:module';
import type * as TfCore from '@tensorflow/tfjs-core';
import type * as TfWasm from '@tensorflow/tfjs-backend-wasm';
import type * as PoseDetection from '@tensorflow-models/pose-detection';
import type { PoseLibraries } from './detector-estimator.js';

const require = createRequire(import.meta.url);

/** tfjs-core, with the wasm and cpu backends registered. */
export const tf = require('@tensorflow/tfjs-core') as typeof TfCore;
require('@tensorflow/tfjs-backend-cpu');
export const wasm = require('@tensorflow/tfjs-backend-wasm') as typeof TfWasm;

/** What createPoseEstimatorWith needs, loaded the fast way. */
export const nodePoseLibraries: PoseLibraries = {
  tf,
  poseDetection: require('@tensorflow-models/pose-detection') as typeof PoseDetection,
};
