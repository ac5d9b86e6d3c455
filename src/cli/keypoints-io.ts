/**
 * Reading and writing a folder of OpenPose per-frame keypoint files for `kneeline analyze
 * --keypoints DIR` and `--export-keypoints DIR`: the file system edge of vision/pose/openpose.ts.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError } from '../errors.js';
import type { PoseFrame } from '../vision/geometry/types.js';
import type { OpenPoseFile } from '../vision/pose/openpose.js';
import {
  frameNumberOf,
  frameToOpenPose,
  framesFromOpenPose,
  openPoseFileName,
} from '../vision/pose/openpose.js';

/** The frames in `dir`'s `*_keypoints.json` files, in frame order; times from `fps`. */
export function readKeypointsDir(dir: string, fps: number): PoseFrame[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new DomainError('not-found', `There is no folder at ${dir}.`);
  }
  const names = readdirSync(dir).filter((name) => name.endsWith('_keypoints.json'));
  if (names.length === 0) {
    throw new DomainError(
      'invalid-input',
      `${dir} holds no *_keypoints.json files (OpenPose writes them with --write_json).`,
    );
  }
  const files = names.map((name, order) => {
    let content: OpenPoseFile;
    try {
      content = JSON.parse(readFileSync(join(dir, name), 'utf8')) as OpenPoseFile;
    } catch (error) {
      throw new DomainError('invalid-input', `${name} is not valid JSON (${(error as Error).message}).`);
    }
    if (typeof content !== 'object' || content === null || !Array.isArray(content.people ?? [])) {
      throw new DomainError(
        'invalid-input',
        `${name} has no "people" list; is it an OpenPose keypoints file?`,
      );
    }
    return { frame: frameNumberOf(name) ?? order, content };
  });
  files.sort((a, b) => a.frame - b.frame);
  return framesFromOpenPose(files, fps);
}

/** Writes one BODY_25 file per frame into `dir` (created if needed); returns how many. */
export function writeKeypointsDir(dir: string, stem: string, poses: readonly PoseFrame[]): number {
  mkdirSync(dir, { recursive: true });
  for (const pose of poses) {
    writeFileSync(
      join(dir, openPoseFileName(stem, pose.index)),
      `${JSON.stringify(frameToOpenPose(pose))}\n`,
    );
  }
  return poses.length;
}
