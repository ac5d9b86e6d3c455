/** The system parts the pose tests need: ffmpeg and the model files (see src/testing/system-parts.ts). */
import type { SystemPart } from '../../testing/system-parts.js';
import { ffmpegBinary } from './ffmpeg-binary.js';
import { defaultModelsDir } from './model-files.js';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const ffmpeg: SystemPart = {
  name: 'ffmpeg',
  missing: ffmpegBinary() === null ? 'run `npm install` (@ffmpeg-installer/ffmpeg) or set FFMPEG' : null,
};

export const poseModels: SystemPart = {
  name: 'pose model files',
  missing: ['movenet-thunder.json', 'movenet-lightning.json', 'blazepose-full.json'].every((file) =>
    existsSync(join(defaultModelsDir(), file)),
  )
    ? null
    : 'run `node scripts/fetch-models.mjs` (npm install runs it)',
};

/** The shared fixtures folder (../shared/fixtures beside the repository, or KNEELINE_FIXTURES). */
export const fixturesDir: string =
  process.env.KNEELINE_FIXTURES ?? join(repoRoot, '..', 'shared', 'fixtures');

export const fixtures: SystemPart = {
  name: 'shared fixtures',
  missing: existsSync(join(fixturesDir, 'pose_squats.mp4'))
    ? null
    : `no ${join(fixturesDir, 'pose_squats.mp4')}; set KNEELINE_FIXTURES to the shared fixtures folder`,
};
