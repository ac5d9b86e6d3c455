import { describe, expect, it } from 'vitest';
import { SAFETY_QUESTIONS } from '../assessment/questions.js';
import { SELF_TESTS } from '../assessment/self-tests.js';
import type { SessionLog } from '../coaching/types.js';
import { sampleTrialReport } from '../store/test-fixtures.js';
import { buildPhysioReport } from './physio-report.js';
import type { PhysioReportInput } from './physio-report.js';

const log = (date: string, before: number, after: number, during: number | null): SessionLog => ({
  sessionDate: date,
  startedAt: `${date}T08:00:00Z`,
  finishedAt: `${date}T08:20:00Z`,
  painBefore: before,
  painAfter: after,
  exercises: [
    {
      exerciseId: 'calf-stretch',
      sides: 'both',
      sidesDone: ['left', 'right'],
      completed: true,
      setsDone: 1,
      repsDone: 1,
      holdSecondsDone: 60,
      painDuring: during,
      stoppedForPain: false,
      flaggedForRegression: false,
      skipped: null,
      caveIns: { left: 0, right: 0 },
      notes: null,
    },
  ],
  kneeCaveIns: { left: 0, right: 0 },
});

const input: PhysioReportInput = {
  today: '2026-12-10',
  safetyQuestions: SAFETY_QUESTIONS,
  answers: { acutePain: false, severePersistentPain: false, givingWay: false },
  selfTests: SELF_TESTS,
  testResults: {
    kneeToWall: { left: { value: 6, unit: 'cm' }, right: { value: 11, unit: 'cm' } },
    singleLegSquat: { left: { observed: 'caves' }, right: { observed: 'holds' } },
  },
  findings: null,
  program: null,
  exerciseName: (id) => id,
  sessionsDue: [
    { date: '2026-12-03', status: 'done' },
    { date: '2026-12-05', status: 'missed' },
    { date: '2026-12-08', status: 'done' },
  ],
  logs: [log('2026-12-08', 2, 1, 3), log('2026-12-03', 4, 3, null)],
  measurements: [],
};

describe('buildPhysioReport', () => {
  it('lists every safety question with the answer given, unanswered ones said so', () => {
    const report = buildPhysioReport(input);
    expect(report.safety).toHaveLength(SAFETY_QUESTIONS.length);
    const answered = ['No', 'No', 'No'];
    const unanswered = SAFETY_QUESTIONS.slice(answered.length).map(() => 'Not answered');
    expect(report.safety.map((row) => row.answer)).toEqual([...answered, ...unanswered]);
  });

  it('gives the measured value per leg for each test done, and leaves out tests not done', () => {
    const { selfTests } = buildPhysioReport(input);
    expect(selfTests.map((row) => row.name)).toEqual(['Knee-to-wall ankle test', 'Single-leg squat']);
    expect(selfTests[0]).toMatchObject({ left: '6 cm', right: '11 cm' });
    expect(selfTests[1]).toMatchObject({ left: 'It drifted inwards', right: 'It stayed over the foot' });
  });

  it('counts the sessions done of those due, and lists pain session by session in date order', () => {
    const report = buildPhysioReport(input);
    expect(report.adherence).toEqual({ due: 3, done: 2 });
    expect(report.pain).toEqual([
      { date: '2026-12-03', before: 4, after: 3, worstDuring: null },
      { date: '2026-12-08', before: 2, after: 1, worstDuring: 3 },
    ]);
  });
});

describe('buildPhysioReport with a camera measurement', () => {
  it('keeps the angle per leg with its verdict, even for a stored verdict without a reason', () => {
    const report = buildPhysioReport({
      ...input,
      measurements: [{ report: sampleTrialReport, createdAt: '2026-12-04T10:00:00Z' }],
    });
    expect(report.camera).toEqual([
      {
        date: '2026-12-04',
        test: 'single-leg-squat',
        sides: [{ side: 'left', reps: 5, medianFppaDegrees: 12, verdict: 'no verdict' }],
        caution: sampleTrialReport.caution,
      },
    ]);
  });
});
