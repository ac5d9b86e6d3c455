/**
 * The report a person hands to their physiotherapist: what they answered to the safety
 * questions, the findings with the measured values behind them, the camera measurements with
 * their angles and verdicts, the program, and adherence and pain over time. Plain data, built
 * from what is stored; the web app lays it out as a printable page and a PDF.
 */
import type { Findings, Sides } from '../assessment/types.js';
import type { TestField } from '../assessment/self-test-types.js';
import type { SessionLog } from '../coaching/types.js';
import { formatDosage } from '../program/format-dosage.js';
import { DRIVER_LABELS } from '../program/labels.js';
import type { Program } from '../program/types.js';
import { describeVerdict } from '../vision/trial/describe.js';
import type { TrialReport } from '../vision/trial/types.js';
import { entryWords } from './test-entry-words.js';

export interface PhysioReportInput {
  readonly today: string;
  readonly safetyQuestions: readonly { readonly id: string; readonly prompt: string }[];
  readonly answers: Readonly<Record<string, unknown>>;
  readonly selfTests: readonly {
    readonly key: string;
    readonly name: string;
    readonly perSide: boolean;
    readonly fields: readonly TestField[];
  }[];
  readonly testResults: Readonly<Record<string, unknown>>;
  readonly findings: Findings | null;
  readonly program: Program | null;
  readonly exerciseName: (id: string) => string;
  /** Sessions planned up to today (not later ones), with whether they were done. */
  readonly sessionsDue: readonly { readonly date: string; readonly status: string }[];
  readonly logs: readonly SessionLog[];
  readonly measurements: readonly { readonly report: TrialReport; readonly createdAt: string }[];
}

export interface PhysioReport {
  readonly date: string;
  readonly safety: readonly { readonly question: string; readonly answer: 'Yes' | 'No' | 'Not answered' }[];
  readonly valgusSide: Sides | 'none';
  readonly nature: Findings['nature'] | null;
  readonly findings: readonly {
    readonly driver: string;
    readonly label: string;
    readonly side: Sides;
    readonly severity: string;
    readonly evidence: readonly string[];
  }[];
  readonly referral: { readonly to: readonly string[]; readonly reasons: readonly string[] } | null;
  readonly selfTests: readonly {
    readonly name: string;
    readonly left: string | null;
    readonly right: string | null;
  }[];
  readonly camera: readonly {
    readonly date: string;
    readonly test: string;
    readonly sides: readonly {
      readonly side: string;
      readonly reps: number;
      readonly medianFppaDegrees: number | null;
      readonly verdict: string;
    }[];
    readonly caution: string;
  }[];
  readonly program: readonly { readonly name: string; readonly dosage: string; readonly sides: Sides }[];
  readonly adherence: { readonly due: number; readonly done: number };
  readonly pain: readonly {
    readonly date: string;
    readonly before: number | null;
    readonly after: number | null;
    readonly worstDuring: number | null;
  }[];
}

function safetyAnswer(value: unknown): 'Yes' | 'No' | 'Not answered' {
  return value === true ? 'Yes' : value === false ? 'No' : 'Not answered';
}

/** The verdict in words; a stored verdict without its reason (older reports) still reads. */
function verdictWords(verdict: TrialReport['sides'][number]['verdict']): string {
  if (verdict.kind === 'no-verdict' && (verdict as { reason?: unknown }).reason === undefined) {
    return 'no verdict';
  }
  return describeVerdict(verdict);
}

function worstDuring(log: SessionLog): number | null {
  const scores = log.exercises
    .map((entry) => entry.painDuring)
    .filter((pain): pain is number => pain !== null);
  return scores.length === 0 ? null : Math.max(...scores);
}

export function buildPhysioReport(input: PhysioReportInput): PhysioReport {
  const { findings, program } = input;
  return {
    date: input.today,
    safety: input.safetyQuestions.map((question) => ({
      question: question.prompt,
      answer: safetyAnswer(input.answers[question.id]),
    })),
    valgusSide: findings?.valgusSide ?? 'none',
    nature: findings?.nature ?? null,
    findings: (findings?.drivers ?? []).map((finding) => ({
      driver: finding.driver,
      label: DRIVER_LABELS[finding.driver],
      side: finding.side,
      severity: finding.severity,
      evidence: finding.evidence.map((item) => item.detail),
    })),
    referral:
      findings?.referral === null || findings?.referral === undefined
        ? null
        : { to: findings.referral.to, reasons: findings.referral.reasons },
    selfTests: input.selfTests
      .filter((test) => input.testResults[test.key] !== undefined)
      .map((test) => {
        const result = input.testResults[test.key];
        return test.perSide
          ? {
              name: test.name,
              left: entryWords(test, result, 'left'),
              right: entryWords(test, result, 'right'),
            }
          : { name: test.name, left: entryWords(test, result, null), right: null };
      }),
    camera: input.measurements.map(({ report, createdAt }) => ({
      date: createdAt.slice(0, 10),
      test: report.test,
      sides: report.sides.map((side) => ({
        side: side.side,
        reps: side.repCount,
        medianFppaDegrees: side.medianPeakFppaDegrees,
        verdict: verdictWords(side.verdict),
      })),
      caution: report.caution,
    })),
    program: (program?.blocks ?? []).flatMap((block) =>
      block.items.map((item) => ({
        name: input.exerciseName(item.exerciseId),
        dosage: formatDosage(item.dosage),
        sides: item.sides,
      })),
    ),
    adherence: {
      due: input.sessionsDue.filter((session) => session.date <= input.today).length,
      done: input.sessionsDue.filter((session) => session.status === 'done').length,
    },
    pain: [...input.logs]
      .sort((a, b) => a.startedAt.localeCompare(b.startedAt))
      .map((log) => ({
        date: log.sessionDate,
        before: log.painBefore,
        after: log.painAfter,
        worstDuring: worstDuring(log),
      })),
  };
}
