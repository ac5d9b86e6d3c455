import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeWithProgram, openTestApp, TEST_TODAY } from '../src/server/test-app.js';
import type { TestApp } from '../src/server/test-app.js';
import { sampleLog, sampleTrialReport } from '../src/store/test-fixtures.js';
import { testDatabases } from '../src/store/test-databases.js';
import { hasSystemPart } from '../src/testing/system-parts.js';
import { fromBlazePose33 } from '../src/vision/geometry/blazepose.js';
import { fixtures, fixturesDir } from '../src/vision/pose/system-parts.js';
import { analyzeTrial } from '../src/vision/trial/analyze-trial.js';
import { EVAL_CASES } from '../src/vision/trial/eval-manifest.js';
import { mirrorFrame, syntheticSquatFrames } from '../src/vision/trial/synthetic-frames.js';
import type { SyntheticSquat } from '../src/vision/trial/synthetic-frames.js';
import { schemaProblems } from './published-schemas.js';
import { generateSchemas, schemaText } from './schemas.js';

const schemasDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');

describe(generateSchemas.name, () => {
  it('gives exactly the committed schemas (run `npm run schemas` after changing a type)', async () => {
    for (const [name, schema] of Object.entries(generateSchemas())) {
      expect(readFileSync(join(schemasDir, name), 'utf8'), `schemas/${name} is stale`).toBe(
        await schemaText(name, schema),
      );
    }
  }, 120_000);
});

const squats: SyntheticSquat = {
  reps: 5,
  fps: 30,
  peakFppaDegrees: { left: 18, right: 4 },
  thighRatioAtBottom: 0.8,
};

/** Reports covering every branch of the format: verdicts, refusals, standing alignment, cut-off reps. */
const syntheticReports = {
  'five single-leg squats, a woman': analyzeTrial(syntheticSquatFrames(squats), {
    test: 'single-leg-squat',
    side: 'left',
    sex: 'female',
    mirrored: false,
  }),
  'squats with no sex given, mirrored': analyzeTrial(syntheticSquatFrames(squats).map(mirrorFrame), {
    test: 'squat',
    side: 'both',
    mirrored: true,
  }),
  'two squats cut off at the end': analyzeTrial(
    syntheticSquatFrames({ ...squats, reps: 2, dropLastFrames: 20 }),
    {
      test: 'squat',
      side: 'both',
      mirrored: false,
    },
  ),
  'foreshortened thighs, low confidence': analyzeTrial(
    syntheticSquatFrames({ ...squats, thighRatioAtBottom: 0.3, score: 0.35 }),
    { test: 'drop-landing', side: 'both', mirrored: false },
  ),
  'standing still': analyzeTrial(syntheticSquatFrames({ ...squats, reps: 0 }), {
    test: 'standing',
    side: 'both',
    mirrored: false,
  }),
  'nobody in view': analyzeTrial([], { test: 'step-down', side: 'right', mirrored: false }),
};

describe('schemas/analyze-report.v1.json', () => {
  it.each(Object.entries(syntheticReports))('accepts the report of %s', (_what, report) => {
    expect(schemaProblems('analyze-report.v1.json', JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  it.runIf(hasSystemPart(fixtures)).each(EVAL_CASES.filter((c) => c.referenceKeypoints !== null))(
    "accepts the report of fixture $id's reference keypoints",
    (evalCase) => {
      const { width, height, fps } = evalCase.videoInfo;
      const keypoints: unknown = JSON.parse(
        readFileSync(join(fixturesDir, evalCase.referenceKeypoints ?? ''), 'utf8'),
      );
      const report = analyzeTrial(fromBlazePose33(keypoints, { width, height, fps }), evalCase.options);
      expect(schemaProblems('analyze-report.v1.json', JSON.parse(JSON.stringify(report)))).toEqual([]);
    },
  );

  it('refuses a report with a field missing, a wrong type or a field it does not define', () => {
    const report = JSON.parse(JSON.stringify(syntheticReports['five single-leg squats, a woman'])) as Record<
      string,
      unknown
    >;
    const { sides: _sides, ...withoutSides } = report;
    expect(schemaProblems('analyze-report.v1.json', withoutSides)).not.toEqual([]);
    expect(schemaProblems('analyze-report.v1.json', { ...report, frameCount: 'many' })).not.toEqual([]);
    expect(schemaProblems('analyze-report.v1.json', { ...report, video: 'base64...' })).not.toEqual([]);
  });
});

const database = testDatabases()[0];

describe.runIf(database !== undefined)('schemas/export.v1.json', () => {
  let t: TestApp;
  let exported: unknown;

  beforeAll(async () => {
    if (database === undefined) {
      return;
    }
    t = await openTestApp(database);
    await completeWithProgram(t.app);
    const report = syntheticReports['five single-leg squats, a woman'];
    await t.app.inject({
      method: 'POST',
      url: '/api/measurements',
      payload: { test: 'single-leg-squat', side: 'left', report },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/measurements',
      payload: {
        test: 'single-leg-squat',
        side: 'left',
        report: sampleTrialReport,
        keypoints: [{ index: 0 }],
      },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/retests',
      payload: { date: '2026-12-07', kneeToWallCm: { left: 8, right: 9 }, painNow: 1 },
    });
    const today = (await t.app.inject(`/api/sessions/today?date=${TEST_TODAY}`)).json<{
      session: { id: string };
    }>();
    await t.app.inject({
      method: 'POST',
      url: `/api/sessions/${today.session.id}/log`,
      payload: sampleLog(TEST_TODAY),
    });
    exported = (await t.app.inject('/api/export')).json();
  }, 120_000);

  afterAll(async () => {
    await t?.dispose();
  });

  it('accepts what GET /api/export sends, with every kind of entry in it', () => {
    const file = exported as Record<string, unknown[]>;
    for (const list of ['assessments', 'programs', 'sessions', 'logs', 'measurements', 'retests']) {
      expect(file[list]?.length, `${list} in the export`).toBeGreaterThan(0);
    }
    expect(schemaProblems('export.v1.json', exported)).toEqual([]);
  });

  it('refuses a file from another app or another version', () => {
    const file = exported as Record<string, unknown>;
    expect(schemaProblems('export.v1.json', { ...file, format: 'other' })).not.toEqual([]);
    expect(schemaProblems('export.v1.json', { ...file, version: 2 })).not.toEqual([]);
  });
});
