/**
 * Why each exercise is in the program, in plain words: the finding (with side and evidence) and
 * the source.
 */
import type { Finding, Findings, Sides } from '../assessment/types.js';
import { DRIVER_LABELS, sidesWords, sourceWords } from './labels.js';
import type { Candidate } from './select.js';

/** "a flat (pronated) foot on the right side (Flat-foot test: arch drops on the right)". */
export function findingWords(finding: Finding): string {
  const evidence = finding.evidence.map((e) => e.detail).join('; ');
  const base = `${DRIVER_LABELS[finding.driver]} on ${sidesWords(finding.side)}`;
  return evidence === '' ? base : `${base} (${evidence})`;
}

/** Which legs an exercise trains: one side for one-sided valgus (seed 000, step 8), else the findings' sides. */
export function sidesFor(candidate: Candidate, findings: Findings): Sides {
  if (!candidate.exercise.dosage.perSide) {
    return 'both';
  }
  if (findings.valgusSide === 'left' || findings.valgusSide === 'right') {
    return findings.valgusSide;
  }
  const sides = new Set(candidate.findings.map((f) => f.side));
  if (sides.size === 1 && !sides.has('both')) {
    return [...sides][0] ?? 'both';
  }
  return 'both';
}

function whyLine(candidate: Candidate): string {
  if (candidate.findings.length === 0) {
    return `Core alignment work every knee valgus program needs: it trains the whole leg to hold hip, knee and foot in line`;
  }
  return `For ${candidate.findings.map(findingWords).join(', and ')}`;
}

/** The reason shown next to an exercise. */
export function reasonFor(candidate: Candidate, findings: Findings, sides: Sides, painNow: number): string {
  const { exercise } = candidate;
  const parts = [`${whyLine(candidate)}. Source: ${sourceWords(exercise.source)}.`];
  if (sides !== 'both' && (findings.valgusSide === 'left' || findings.valgusSide === 'right')) {
    parts.push(
      `Only the ${sides} leg: your valgus is on that side (seed 000, step 8 "Knee Valgus On One Side").`,
    );
  }
  if (painNow > 0) {
    parts.push(`Pain now ${painNow}/10: stop if it hurts more; a stretch feeling is fine (USER-NEEDS.md).`);
  }
  return parts.join(' ');
}
