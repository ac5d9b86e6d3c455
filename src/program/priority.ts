/**
 * Which exercises stay when a session is short: priority rules as data (STYLE.md §6).
 * 1 is the most important; an exercise takes the first rule that matches, plus its rung on its
 * ladder, so the easier version of a pattern always outranks the harder one.
 */
import type { Severity } from '../assessment/types.js';
import { isFootOrAnkle } from './labels.js';
import type { Candidate } from './select.js';

interface PriorityRule {
  readonly id: string;
  readonly priority: number;
  readonly when: (candidate: Candidate) => boolean;
  readonly source: string;
}

const addressesSeverity = (severity: Severity) => (candidate: Candidate) =>
  candidate.findings.some((finding) => finding.severity === severity);

/** The rules, first match wins. */
export const PRIORITY_RULES: readonly PriorityRule[] = [
  {
    id: 'foot-and-ankle-first',
    priority: 1,
    // A foot exercise: its first (main) driver is a foot or ankle one, and that driver was found.
    when: ({ exercise, findings }) =>
      exercise.addresses[0] !== undefined &&
      isFootOrAnkle(exercise.addresses[0]) &&
      findings.some((finding) => finding.driver === exercise.addresses[0]),
    source: 'seed 000 author\'s replies ("the knee follows the foot"); seed 001 "Key #1"',
  },
  {
    id: 'marked-driver',
    priority: 2,
    when: addressesSeverity('marked'),
    source: 'USER-NEEDS.md, "where to start"',
  },
  {
    id: 'moderate-driver',
    priority: 3,
    when: addressesSeverity('moderate'),
    source: 'USER-NEEDS.md, "where to start"',
  },
  {
    id: 'mild-driver',
    priority: 4,
    when: addressesSeverity('mild'),
    source: 'USER-NEEDS.md, "where to start"',
  },
  {
    id: 'core-alignment',
    priority: 5,
    when: () => true,
    source: 'seed 000, step 5 "Maintain Ideal Knee Alignment"',
  },
];

/** The priority of a candidate: its first matching rule's, plus its rung. */
export function priorityOf(candidate: Candidate): number {
  const rule = PRIORITY_RULES.find((r) => r.when(candidate));
  return (rule?.priority ?? PRIORITY_RULES.length) + candidate.rung;
}
