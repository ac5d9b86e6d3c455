/**
 * Plain sample data shaped like the contract types, for storage tests that need a row to store.
 * Not produced by the domain code: the API tests use the real findDrivers and buildProgram.
 */
import type { Findings, Preferences } from '../assessment/types.js';
import type { SessionLog } from '../coaching/types.js';
import type { Program, ScheduledSession } from '../program/types.js';
import type { TrialReport } from '../vision/trial/types.js';

export const sampleFindings: Findings = {
  valgusSide: 'both',
  nature: 'dynamic',
  drivers: [
    {
      driver: 'hip-abductor-weakness',
      side: 'both',
      severity: 'moderate',
      evidence: [{ source: 'single-leg-squat', detail: 'Knees cave in on both sides' }],
      ruleId: 'sample-rule',
    },
  ],
  mixedPictures: [],
  referral: null,
  programAllowed: true,
  notes: [],
};

export const samplePreferences: Preferences = {
  minutesPerSession: 20,
  daysPerWeek: 3,
  equipment: ['band'],
  ageGroup: 'adult',
  painNow: 0,
  oneAreaOnly: false,
};

export const sampleProgram: Program = {
  blocks: [
    {
      block: 'strength',
      title: 'Strength',
      items: [
        {
          exerciseId: 'clamshell',
          sides: 'both',
          dosage: { sets: 2, reps: 12, perSide: true },
          reason: 'Hip abductors are weak',
          source: { seed: '000', section: 'Step 4' },
          priority: 1,
          minutes: 5,
        },
      ],
    },
  ],
  advice: [],
  leftOut: [],
  weeks: [{ week: 1, sessionsPerWeek: 3, focus: 'Learn the moves', retest: false, review: false }],
  minutesPerSession: 5,
  referral: null,
};

export const sampleSchedule: readonly ScheduledSession[] = [
  { date: '2026-12-01', week: 1, kind: 'session', title: 'Session 1' },
  { date: '2026-12-03', week: 1, kind: 'session', title: 'Session 2' },
  { date: '2026-12-05', week: 1, kind: 'session', title: 'Session 3' },
];

export function sampleLog(sessionDate: string): SessionLog {
  return {
    sessionDate,
    startedAt: `${sessionDate}T18:00:00.000Z`,
    finishedAt: `${sessionDate}T18:20:00.000Z`,
    painBefore: 1,
    painAfter: 1,
    exercises: [
      {
        exerciseId: 'clamshell',
        sides: 'both',
        sidesDone: ['left', 'right'],
        completed: true,
        setsDone: 2,
        repsDone: 48,
        holdSecondsDone: 0,
        painDuring: 0,
        stoppedForPain: false,
        flaggedForRegression: false,
        skipped: null,
        caveIns: { left: 0, right: 0 },
        notes: null,
      },
    ],
    kneeCaveIns: { left: 0, right: 0 },
  };
}

export const sampleTrialReport = {
  schemaVersion: 1,
  test: 'single-leg-squat',
  side: 'left',
  sex: null,
  mirrored: false,
  minScore: 0.3,
  frameCount: 150,
  durationMs: 5000,
  usableFrameCount: 140,
  repetitions: [],
  sides: [
    {
      side: 'left',
      repCount: 5,
      measuredRepCount: 5,
      medianPeakFppaDegrees: 12,
      maxPeakFppaDegrees: 14,
      meanKeypointScore: 0.8,
      verdict: { kind: 'no-verdict' },
    },
  ],
  asymmetryDegrees: null,
  staticAlignment: null,
  quality: [],
  legSwaps: [],
  caution: 'A movement-quality measure, not an injury forecast.',
} as unknown as TrialReport;
