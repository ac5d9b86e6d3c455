/**
 * A recorded trial's result: per side the median peak FPPA and the verdict, per repetition the
 * peak and its frame, what to fix when the recording was not good enough, and a picture of the
 * peak frame with the skeleton and the angle. The picture stays on this device unless saved.
 */
import { useEffect, useRef } from 'react';
import { scalePoseFrame } from '../../src/vision/pose/keypoints.js';
import type { PoseFrame } from '../../src/vision/geometry/types.js';
import { describeQualityIssue, describeVerdict } from '../../src/vision/trial/describe.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import type { RepPeak } from '../../src/vision/capture/measure-trial.js';
import { repPeaks, trustworthy } from '../../src/vision/capture/measure-trial.js';
import { drawSkeleton } from './skeleton-overlay.js';
import type { StandingLeg } from '../../src/vision/trial/standing-stance.js';
import type { ConclusionKind } from '../../src/vision/trial/types.js';

const LEG_WORDS: Readonly<Record<StandingLeg, string>> = {
  'knock-knee': 'knock knee: closer to the middle than the ankle',
  straight: 'straight above the ankle',
  'bow-leg': 'bow leg: further out than the ankle',
};

const CONCLUSION_WORDS: Readonly<Record<ConclusionKind, string>> = {
  valgus: 'Valgus',
  'no-valgus': 'No valgus',
  inconclusive: "Can't tell",
};

/** The report's conclusion, first: overall, per leg, and why (the same words the CLI prints). */
function ConclusionCard({ report }: { readonly report: TrialReport }) {
  const { conclusion } = report;
  return (
    <div
      className={`card conclusion ${conclusion.kind}`}
      data-result="conclusion"
      data-kind={conclusion.kind}
    >
      <p>
        <strong>{CONCLUSION_WORDS[conclusion.kind]}</strong> (left knee:{' '}
        <span data-side="left">{CONCLUSION_WORDS[conclusion.left].toLowerCase()}</span>, right knee:{' '}
        <span data-side="right">{CONCLUSION_WORDS[conclusion.right].toLowerCase()}</span>)
      </p>
      <p className="small">{conclusion.reason}</p>
    </div>
  );
}

const sideName = (side: string): string => (side === 'left' ? 'Left knee' : 'Right knee');
const angle = (value: number | null): string => (value === null ? 'not measured' : `${value.toFixed(1)}°`);

/** The peak frame with skeleton and angles, mirrored like the preview. */
/** The report's reading of each knee at a rep's bottom frame (null where it was not measured). */
function anglesAtFrame(report: TrialReport, frame: number): Record<'left' | 'right', number | null> {
  const at = (side: 'left' | 'right'): number | null =>
    repPeaks(report).find((peak) => peak.frame === frame && peak.side === side)?.fppaDegrees ?? null;
  return { left: at('left'), right: at('right') };
}

function PeakSnapshot({
  report,
  image,
  pose,
  peak,
  mirrored,
}: {
  readonly report: TrialReport;
  readonly image: ImageData;
  readonly pose: PoseFrame;
  readonly peak: RepPeak;
  readonly mirrored: boolean;
}) {
  const ref = useRef<HTMLCanvasElement | null>(null);
  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) {
      return;
    }
    canvas.width = image.width;
    canvas.height = image.height;
    const source = document.createElement('canvas');
    source.width = image.width;
    source.height = image.height;
    source.getContext('2d')?.putImageData(image, 0, 0);
    context.save();
    if (mirrored) {
      context.translate(image.width, 0);
      context.scale(-1, 1);
    }
    context.drawImage(source, 0, 0);
    context.restore();
    drawSkeleton(context, scalePoseFrame(pose, image.width, image.height), {
      mirrored,
      highlight: peak.side,
      angles: anglesAtFrame(report, peak.frame),
    });
  }, [image, pose, peak, mirrored, report]);

  const download = (): void => {
    ref.current?.toBlob((blob) => {
      if (blob === null) {
        return;
      }
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `kneeline-peak-rep-${peak.rep}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }, 'image/png');
  };

  return (
    <figure className="card">
      <canvas
        ref={ref}
        className="peak-snapshot"
        role="img"
        aria-label={`Repetition ${peak.rep}, ${sideName(peak.side).toLowerCase()} at its deepest point: ${angle(peak.fppaDegrees)}`}
      />
      <figcaption className="small">
        Repetition {peak.rep} at its deepest point ({sideName(peak.side).toLowerCase()}{' '}
        {angle(peak.fppaDegrees)}). This picture stays on your device; only the numbers are saved.{' '}
        <button type="button" className="button small" onClick={download}>
          Save the picture to this device
        </button>
      </figcaption>
    </figure>
  );
}

export function TrialResult({
  report,
  snapshot,
  mirrored,
}: {
  readonly report: TrialReport;
  readonly snapshot: { image: ImageData; pose: PoseFrame; peak: RepPeak } | null;
  readonly mirrored: boolean;
}) {
  const peaks = repPeaks(report);
  const kasrOf = (rep: number): number | null =>
    report.repetitions.find((r) => r.number === rep)?.kasrAtBottom ?? null;
  const showKasr = report.repetitions.some((rep) => rep.kasrAtBottom !== null);
  return (
    <section className="trial-result" aria-labelledby="trial-result-title">
      <h2 id="trial-result-title">Your result</h2>
      <ConclusionCard report={report} />
      {report.quality.length > 0 ? (
        <div className="notice warn">
          <p>To get a verdict, record again and change this:</p>
          <ul>
            {report.quality.map((issue) => (
              <li key={issue.kind}>{describeQualityIssue(issue)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!trustworthy(report) && (report.test === 'standing' || report.test === 'single-leg-squat') ? (
        <p data-result="not-in-self-tests">
          So this result will not be put into your self-test answers; record again, or answer from a mirror.
        </p>
      ) : null}
      {report.test === 'standing' ? null : (
        <ul className="card" data-result="sides">
          {report.sides.map((side) => (
            <li key={side.side} data-side={side.side}>
              <strong>{sideName(side.side)}</strong>: {side.repCount} of {report.repetitions.length}{' '}
              repetition(s) reached the bottom,
              {' median knee angle (FPPA) at the bottom '}
              {angle(side.medianPeakFppaDegrees)}; {describeVerdict(side.verdict)}.
            </li>
          ))}
          {report.repetitions.length === 0 ? <li>We found no repetitions in this recording.</li> : null}
        </ul>
      )}
      {report.staticAlignment !== null ? (
        <ul className="card" data-result="standing">
          <li>
            Knees {report.staticAlignment.kasr.toFixed(2)} times as far apart as the ankles (below 1: the
            knees are closer together than the feet).
          </li>
          {(['left', 'right'] as const).map((side) => {
            const value = report.staticAlignment?.fppaDegrees[side] ?? null;
            const leg = report.staticAlignment?.legs[side] ?? null;
            return (
              <li key={side} data-side={side}>
                {sideName(side)}: {angle(value)}
                {leg === null ? '' : ` (${LEG_WORDS[leg]})`}
              </li>
            );
          })}
          <li className="small muted">
            + means the knee sits inside the hip–ankle line. Healthy adults stand between about 1° inside and
            3° outside it (adult hip–knee–ankle angle, Radiopaedia); a photo only approximates this, so 3°
            more is allowed either way before a knee is called knock-kneed or bowed.
            {report.staticAlignment.ankleGapCm === null
              ? ''
              : ` Ankle gap with the knees together: about ${report.staticAlignment.ankleGapCm} cm.`}
          </li>
        </ul>
      ) : null}
      {peaks.length > 0 ? (
        <table className="rep-table card">
          <caption className="small">
            Each repetition at its deepest point (left and right are your own sides)
          </caption>
          <thead>
            <tr>
              <th scope="col">Rep</th>
              <th scope="col">Knee</th>
              <th scope="col">Angle</th>
              <th scope="col">Frame</th>
              {showKasr ? <th scope="col">Knees ÷ ankles apart (KASR)</th> : null}
            </tr>
          </thead>
          <tbody>
            {peaks.map((peak) => (
              <tr
                key={`${peak.rep}-${peak.side}`}
                data-rep={peak.rep}
                data-side={peak.side}
                data-fppa={peak.fppaDegrees ?? ''}
                data-kasr={kasrOf(peak.rep) ?? ''}
              >
                <td>{peak.rep}</td>
                <td>{sideName(peak.side)}</td>
                <td>{angle(peak.fppaDegrees)}</td>
                <td>{peak.frame}</td>
                {showKasr ? <td>{kasrOf(peak.rep)?.toFixed(2) ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {snapshot !== null ? <PeakSnapshot report={report} {...snapshot} mirrored={mirrored} /> : null}
      <p className="muted small">{report.caution}</p>
    </section>
  );
}
