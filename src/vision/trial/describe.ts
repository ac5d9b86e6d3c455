/**
 * Sentences for the parts of a trial report, shared by the terminal table and the web app.
 */
import type { QualityIssue } from './quality-gates.js';
import type { FppaGap, FppaReading } from './types.js';
import type { NoVerdictReason, Verdict } from './verdict.js';

const percent = (share: number): string => `${Math.round(share * 100)}%`;
const deg = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}°`;

const SHORT_GAP: Readonly<Record<FppaGap, string>> = {
  'thigh-foreshortened': 'foreshortened',
  'oblique-view': 'oblique view',
  'keypoints-missing': 'not seen',
};

const SHORT_ISSUE: Readonly<Record<QualityIssue['kind'], string>> = {
  'no-person': 'no person in view',
  'not-facing-camera': 'not facing the camera',
  'legs-out-of-view': 'legs out of view',
  'low-confidence': 'low keypoint confidence',
  'leg-swaps': 'left and right legs confused',
  'oblique-view': 'oblique view',
  'too-few-reps': 'too few repetitions',
};

/** Why an FPPA was not measured, in words. */
export function describeGap(gap: FppaGap): string {
  switch (gap) {
    case 'thigh-foreshortened':
      return 'thigh foreshortened (points at the camera)';
    case 'oblique-view':
      return 'oblique view (both knees shifted the same way)';
    case 'keypoints-missing':
      return 'hip, knee or ankle not seen';
  }
}

/** An FPPA reading: "+8.2° valgus (frame 12)" or "not measured: …"; `short` for table cells. */
export function describeReading(reading: FppaReading, short = false): string {
  if (reading.kind === 'not-measured') {
    return short ? `— ${SHORT_GAP[reading.reason]}` : `not measured: ${describeGap(reading.reason)}`;
  }
  const direction = reading.fppaDegrees > 0 ? ' valgus' : reading.fppaDegrees < 0 ? ' varus' : '';
  return `${deg(reading.fppaDegrees)}${direction} (frame ${reading.frame})`;
}

/** A verdict in words, always with the norm's source when there is one. */
export function describeVerdict(verdict: Verdict): string {
  switch (verdict.kind) {
    case 'within-healthy-range':
      return `within the healthy range (${verdict.norm.description}; ${verdict.norm.source})`;
    case 'above-healthy-range':
      return `above the healthy range (${verdict.norm.description}; ${verdict.norm.source})`;
    case 'below-healthy-range':
      return `less valgus than the healthy range, not a valgus concern (${verdict.norm.description}; ${verdict.norm.source})`;
    case 'no-verdict':
      return `no verdict: ${describeNoVerdict(verdict.reason)}`;
  }
}

function describeNoVerdict(reason: NoVerdictReason): string {
  switch (reason.kind) {
    case 'no-norm-for-test':
      return reason.test === 'standing'
        ? 'the standing test is judged from the stance (see the conclusion)'
        : `FPPA has no published norm for a ${reason.test}; judged by KASR (see the conclusion)`;
    case 'sex-needed':
      return `the ${reason.test} norms differ for women and men; tell us which applies`;
    case 'too-few-reps':
      return `${reason.found} repetition(s) reached the bottom, ${reason.needed} needed`;
    case 'fppa-not-measured':
      return `FPPA could not be measured at the bottom of any repetition (${describeGap(reason.reason)})`;
    case 'recording-quality':
      return `the recording needs redoing (${reason.issues.map((kind) => SHORT_ISSUE[kind]).join('; ')})`;
  }
}

/** A quality issue as something the person can fix. */
export function describeQualityIssue(issue: QualityIssue): string {
  switch (issue.kind) {
    case 'no-person':
      return `No person found in most frames (${issue.framesWithPerson} of ${issue.frameCount}).`;
    case 'not-facing-camera':
      return `The body was turned side-on to the camera in ${percent(issue.turnedShare)} of frames (a side or oblique view): face it square on.`;
    case 'legs-out-of-view':
      return `The ${issue.side} leg was fully in view in only ${percent(issue.shareInView)} of frames: step back so hips to feet are in the picture.`;
    case 'low-confidence':
      return `The pose model was unsure of the legs (mean confidence ${issue.meanScore.toFixed(2)}): use more light and tight clothing.`;
    case 'leg-swaps':
      return `Left and right legs were confused in ${issue.framesAffected} frames: keep the feet apart and the legs uncrossed.`;
    case 'oblique-view':
      return `Both knees shifted the same way in ${percent(issue.share)} of the movement: the body or camera is turned; face the camera square on.`;
    case 'too-few-reps':
      return `${issue.found} repetition(s) reached the bottom, at least ${issue.needed} needed.`;
  }
}
