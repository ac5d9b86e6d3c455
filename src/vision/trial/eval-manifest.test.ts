import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSystemPart } from '../../testing/system-parts.js';
import { fromBlazePose33 } from '../geometry/blazepose.js';
import { fixtures, fixturesDir } from '../pose/system-parts.js';
import { analyzeTrial } from './analyze-trial.js';
import { EVAL_CASES, checkEvalCase } from './eval-manifest.js';
import type { TrialReport } from './types.js';

describe.runIf(hasSystemPart(fixtures))(checkEvalCase.name, () => {
  for (const evalCase of EVAL_CASES.filter((c) => c.referenceKeypoints !== null)) {
    it(`passes every check for ${evalCase.id} on its reference keypoints`, () => {
      const raw: unknown = JSON.parse(
        readFileSync(join(fixturesDir, evalCase.referenceKeypoints ?? ''), 'utf8'),
      );
      const frames = fromBlazePose33(raw, evalCase.videoInfo);
      expect(frames).toHaveLength(evalCase.videoInfo.frames);
      const checks = checkEvalCase(analyzeTrial(frames, evalCase.options), evalCase);
      expect(checks.filter((c) => !c.passed)).toEqual([]);
    });
  }
});

describe(`${checkEvalCase.name} on a wrong report`, () => {
  it('fails the checks a naive tool would fail', () => {
    const [evalCase] = EVAL_CASES;
    const naive = {
      repetitions: [
        {
          bottomFrame: 20,
          cutOffAtEnd: false,
          cutOffAtStart: false,
          bottomReached: true,
          kasrAtBottom: 0.8,
          knees: [
            { side: 'right', atBottom: { kind: 'measured', fppaDegrees: 85, frame: 20 }, maxInRep: null },
          ],
        },
      ],
    } as unknown as TrialReport;
    const failed = evalCase === undefined ? [] : checkEvalCase(naive, evalCase).filter((c) => !c.passed);
    expect(failed.map((c) => c.name)).toEqual([
      'complete reps',
      'reps cut off at the end',
      'bottom frames',
      'KASR at the bottoms',
      'FPPA at the bottoms',
    ]);
  });
});
