/**
 * formatTrialReport: a trial report as readable text for the terminal: a table per repetition and
 * per side, the verdict in words, the quality problems, and the caution that goes with every FPPA.
 */
import type { LegSide } from '../geometry/legs.js';
import { describeQualityIssue, describeReading, describeVerdict } from './describe.js';
import { MIN_THIGH_LENGTH_RATIO } from './test-profiles.js';
import type { Repetition, SideSummary, TrialReport } from './types.js';

const CONCLUSION_WORDS: Readonly<Record<TrialReport['conclusion']['kind'], string>> = {
  valgus: 'valgus',
  'no-valgus': 'no valgus',
  inconclusive: "can't tell",
};

/** Renders a report as plain text (no colour codes), lines joined with '\n'. */
export function formatTrialReport(report: TrialReport): string {
  const sides = report.sides.map((summary) => summary.side);
  const { conclusion } = report;
  const lines = [
    `Conclusion: ${CONCLUSION_WORDS[conclusion.kind]} (left ${CONCLUSION_WORDS[conclusion.left]}, ` +
      `right ${CONCLUSION_WORDS[conclusion.right]}; basis ${conclusion.basis})`,
    `  ${conclusion.reason}`,
    '',
    `${report.test}, ${report.side === 'both' ? 'both legs' : `${report.side} leg`}` +
      `${report.mirrored ? ', mirrored video' : ''}: ${report.frameCount} frames over ` +
      `${(report.durationMs / 1000).toFixed(1)} s, ${report.usableFrameCount} with the whole leg(s) in view`,
    '',
    ...repetitionTable(report.repetitions, sides),
    '',
    ...sideTable(report.sides),
  ];
  const kasrLine = kasrSummary(report.repetitions);
  if (kasrLine !== null) {
    lines.push(kasrLine);
  }
  if (report.asymmetryDegrees !== null) {
    lines.push(`Asymmetry (left vs right median): ${report.asymmetryDegrees.toFixed(1)}°`);
  }
  if (report.staticAlignment !== null) {
    const s = report.staticAlignment;
    const fppa = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)}°`);
    lines.push(
      `Standing: knees ${s.kneeSeparationPerLegLength.toFixed(2)} and ankles ${s.ankleSeparationPerLegLength.toFixed(2)} ` +
        `leg lengths apart, KASR ${s.kasr.toFixed(2)}, FPPA left ${fppa(s.fppaDegrees.left)}, right ${fppa(s.fppaDegrees.right)}` +
        (s.ankleGapCm === null ? '' : `, ankle gap about ${s.ankleGapCm} cm`),
    );
  }
  lines.push('', 'Recording quality:');
  lines.push(
    ...(report.quality.length === 0
      ? ['  fine']
      : report.quality.map((q) => `  - ${describeQualityIssue(q)}`)),
  );
  if (report.legSwaps.length > 0) {
    const fixed = report.legSwaps.filter((swap) => swap.action === 'fixed').length;
    lines.push(`  left/right swaps: ${fixed} fixed, ${report.legSwaps.length - fixed} rejected`);
  }
  lines.push(
    '',
    `FPPA is read only where the thigh keeps ${Math.round(MIN_THIGH_LENGTH_RATIO * 100)}% of its standing length in the image.`,
    report.caution,
  );
  return lines.join('\n');
}

function repetitionTable(repetitions: readonly Repetition[], sides: readonly LegSide[]): string[] {
  if (repetitions.length === 0) {
    return ['Repetitions: none found'];
  }
  const header = [
    'rep',
    'start',
    'bottom',
    'end',
    'depth',
    'knee bend*',
    'KASR',
    ...sides.map((s) => `${s} at bottom`),
    ...sides.map((s) => `${s} max in rep`),
    'note',
  ];
  const rows = repetitions.map((rep) => [
    String(rep.number),
    String(rep.startFrame),
    String(rep.bottomFrame),
    String(rep.endFrame),
    rep.depth.toFixed(2),
    rep.knees
      .map((k) => (k.kneeFlexionProxyDegrees === null ? '—' : `${Math.round(k.kneeFlexionProxyDegrees)}°`))
      .join('/'),
    rep.kasrAtBottom === null ? '—' : rep.kasrAtBottom.toFixed(2),
    ...sides.map((side) => {
      const knee = rep.knees.find((k) => k.side === side);
      return knee ? describeReading(knee.atBottom, true) : '—';
    }),
    ...sides.map((side) => {
      const knee = rep.knees.find((k) => k.side === side);
      return knee?.maxInRep ? describeReading(knee.maxInRep, true) : '—';
    }),
    repNote(rep),
  ]);
  return [
    'Repetitions (frames):',
    ...table(header, rows),
    '  * knee bend: a proxy from how much thigh and shank shrink in the image, not a goniometer reading',
  ];
}

/** KASR over the bottoms, in words: below 1 the knees came closer together than the ankles. */
function kasrSummary(repetitions: readonly Repetition[]): string | null {
  const values = repetitions.flatMap((rep) => (rep.kasrAtBottom === null ? [] : [rep.kasrAtBottom]));
  if (values.length === 0) {
    return null;
  }
  const low = Math.min(...values);
  const range = `${low.toFixed(2)}-${Math.max(...values).toFixed(2)}`;
  return low >= 1
    ? `KASR at the bottoms ${range}: the knees stayed at least as far apart as the ankles (no sign of knees caving in).`
    : `KASR at the bottoms ${range}: below 1 the knees came closer together than the ankles.`;
}

function repNote(rep: Repetition): string {
  const notes = [
    rep.cutOffAtStart ? 'cut off at the start' : '',
    rep.cutOffAtEnd ? 'cut off at the end' : '',
    rep.bottomReached ? '' : 'bottom not reached in the clip',
  ];
  return notes.filter((note) => note !== '').join('; ') || 'complete';
}

function sideTable(summaries: readonly SideSummary[]): string[] {
  const header = ['leg', 'reps', 'measured', 'median peak', 'max peak', 'confidence', 'verdict'];
  const fmt = (value: number | null): string => (value === null ? '—' : `${value.toFixed(1)}°`);
  const rows = summaries.map((s) => [
    s.side,
    String(s.repCount),
    String(s.measuredRepCount),
    fmt(s.medianPeakFppaDegrees),
    fmt(s.maxPeakFppaDegrees),
    s.meanKeypointScore === null ? '—' : s.meanKeypointScore.toFixed(2),
    describeVerdict(s.verdict),
  ]);
  return ['Per leg (FPPA at the bottom of each rep, + valgus, − varus):', ...table(header, rows)];
}

/** Left-aligned columns separated by two spaces. */
function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    `  ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [line(header), ...rows.map(line)];
}
