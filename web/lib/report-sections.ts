/**
 * The physio report in sections of words and tables, the one layout both the printable page and
 * the PDF draw, in the order a clinician reads: safety, findings, measurements, plan, course.
 */
import type { PhysioReport } from '../../src/report/physio-report.js';
import { capitalise, legWords } from './words.js';
import { driverWords, plain, plainParts } from './plain-words.js';

export interface ReportSection {
  readonly title: string;
  readonly lines: readonly string[];
  readonly table?: {
    readonly head: readonly string[];
    readonly widths: readonly number[];
    readonly rows: readonly (readonly string[])[];
  };
}

const SIDE_WORDS = {
  left: 'left knee',
  right: 'right knee',
  both: 'both knees',
  none: 'neither knee',
} as const;
const NATURE_WORDS = {
  dynamic: 'dynamic: the person can move the knee back into line',
  'likely-structural': 'likely partly structural (bone shape)',
  unclear: 'not yet clear whether dynamic or structural',
} as const;
const CAMERA_TESTS: Readonly<Record<string, string>> = {
  'single-leg-squat': 'Single-leg squat',
  squat: 'Double-leg squat',
  'step-down': 'Step-down',
  'drop-landing': 'Drop landing',
  standing: 'Standing alignment',
};

const degreesWords = (value: number | null): string =>
  value === null ? 'not measured' : `${value.toFixed(1)}°`;
const painWords = (value: number | null): string => (value === null ? '–' : `${value}/10`);

export function reportSections(report: PhysioReport): readonly ReportSection[] {
  const sections: ReportSection[] = [
    {
      title: 'Safety questions (red flags)',
      lines: [],
      table: {
        head: ['Question', 'Answer'],
        widths: [0.85, 0.15],
        rows: report.safety.map((row) => [plain(row.question), row.answer]),
      },
    },
    {
      title: 'Findings',
      lines: [
        `Valgus seen in: ${SIDE_WORDS[report.valgusSide]}.${report.nature === null ? '' : ` Nature: ${NATURE_WORDS[report.nature]}.`}`,
        ...(report.referral === null
          ? []
          : [
              `Referral suggested: ${report.referral.reasons.map((reason) => plainParts(reason).text).join(' ')}`,
            ]),
      ],
      table: {
        head: ['Likely driver', 'Side', 'Severity', 'What points to it'],
        widths: [0.3, 0.13, 0.12, 0.45],
        rows: report.findings.map((finding) => [
          capitalise(driverWords(finding.driver, finding.label)),
          legWords(finding.side),
          finding.severity,
          finding.evidence.map((line) => plainParts(line).text).join(' '),
        ]),
      },
    },
    {
      title: 'Self-test results',
      lines: report.selfTests.length === 0 ? ['No self-test results yet.'] : [],
      table: {
        head: ['Test', 'Left', 'Right'],
        widths: [0.34, 0.33, 0.33],
        rows: report.selfTests.map((row) => [
          row.name,
          row.left ?? '–',
          row.right ?? (row.left === null ? '–' : '(both)'),
        ]),
      },
    },
    {
      title: 'Camera measurements: knee angle, FPPA (frontal plane projection angle), 2D',
      lines:
        report.camera.length === 0
          ? ['No camera measurements yet.']
          : [plain(report.camera[0]?.caution ?? '')],
      table: {
        head: ['Date', 'Test', 'Leg', 'Reps', 'Median peak angle', 'Verdict'],
        widths: [0.13, 0.17, 0.09, 0.07, 0.14, 0.4],
        rows: report.camera.flatMap((trial) =>
          trial.sides.map((side) => [
            trial.date,
            CAMERA_TESTS[trial.test] ?? trial.test,
            side.side,
            String(side.reps),
            degreesWords(side.medianFppaDegrees),
            plain(side.verdict),
          ]),
        ),
      },
    },
    {
      title: 'Current program',
      lines: report.program.length === 0 ? ['No program.'] : [],
      table: {
        head: ['Exercise', 'Dosage', 'Legs'],
        widths: [0.45, 0.35, 0.2],
        rows: report.program.map((item) => [item.name, item.dosage, legWords(item.sides)]),
      },
    },
    {
      title: 'Adherence and pain over time',
      lines: [
        `Sessions done: ${report.adherence.done} of ${report.adherence.due} planned so far.`,
        'Pain on the 0-10 numeric rating scale, as the person reported it.',
      ],
      table: {
        head: ['Session', 'Pain before', 'Worst during', 'Pain after'],
        widths: [0.31, 0.23, 0.23, 0.23],
        rows: report.pain.map((row) => [
          row.date,
          painWords(row.before),
          painWords(row.worstDuring),
          painWords(row.after),
        ]),
      },
    },
  ];
  return sections;
}
