/**
 * Which habits and aids a person reads about: advice rules as data (STYLE.md §6).
 */
import type { Advice, CatalogEntry } from '../catalog/types.js';
import type { Findings, Preferences } from '../assessment/types.js';
import type { ProgramAdvice } from './types.js';
import { DRIVER_LABELS, sidesWords } from './labels.js';

interface AdviceContext {
  readonly findings: Findings;
  readonly preferences: Preferences;
  readonly blocksUsed: ReadonlySet<string>;
}

interface AdviceRule {
  readonly adviceId: string;
  readonly when: (context: AdviceContext) => boolean;
  readonly reason: string;
}

const oneSided = ({ findings }: AdviceContext) =>
  findings.valgusSide === 'left' || findings.valgusSide === 'right';
const isYoung = ({ preferences }: AdviceContext) =>
  preferences.ageGroup === 'child' || preferences.ageGroup === 'teen';

/** Advice given for who the person is rather than for a driver; first the driver-matched advice, then these. */
export const ADVICE_RULES: readonly AdviceRule[] = [
  {
    adviceId: 'knee-over-second-toe',
    when: () => true,
    reason: 'The one cue for every movement: the knee tracks over the second toe (seed 002).',
  },
  {
    adviceId: 'one-sided-valgus',
    when: oneSided,
    reason: 'Your valgus is on one side only (seed 000, step 8 "Knee Valgus On One Side").',
  },
  {
    adviceId: 'rotated-pelvis',
    when: oneSided,
    reason: 'One-sided valgus can come from a rotated pelvis: worth checking (seed 000, step 8).',
  },
  {
    adviceId: 'w-sitting',
    when: isYoung,
    reason: 'W-sitting is mostly seen in children and turns the hips in (seed 000, step 9).',
  },
  { adviceId: 'sitting', when: () => true, reason: 'How you sit every day matters (seed 000, step 9).' },
  {
    adviceId: 'driving',
    when: (context) => !isYoung(context),
    reason: 'Keep knee and foot pointing the same way when driving (seed 000, step 9).',
  },
  {
    adviceId: 'fatigue-map',
    when: ({ blocksUsed }) => blocksUsed.has('anti-valgus'),
    reason: 'Where you tire in the one-leg work shows what to train next (seed 001, "Exercise 3").',
  },
  {
    adviceId: 'valgus-braces',
    when: ({ findings }) =>
      findings.nature === 'likely-structural' || findings.drivers.some((f) => f.severity === 'marked'),
    reason:
      'For a pronounced valgus a brace can help, only alongside the exercises (seed 000, "Knee Valgus Brace").',
  },
];

function driverAdvice(advice: readonly Advice[], findings: Findings): ProgramAdvice[] {
  return advice.flatMap((entry) => {
    const matched = findings.drivers.filter((f) => entry.addresses.includes(f.driver));
    if (matched.length === 0) {
      return [];
    }
    const why = matched.map((f) => `${DRIVER_LABELS[f.driver]} on ${sidesWords(f.side)}`).join(', and ');
    return [
      {
        adviceId: entry.id,
        reason: `For ${why}. Source: seed ${entry.source.seed}, "${entry.source.section}".`,
      },
    ];
  });
}

/** The advice for this person: driver-matched entries first, then the rules above; each once. */
export function selectAdvice(
  catalog: readonly CatalogEntry[],
  context: AdviceContext,
): readonly ProgramAdvice[] {
  const advice = catalog.filter((entry): entry is Advice => entry.kind === 'advice');
  const chosen = driverAdvice(advice, context.findings);
  for (const rule of ADVICE_RULES) {
    const inCatalog = advice.some((a) => a.id === rule.adviceId);
    if (inCatalog && rule.when(context) && !chosen.some((c) => c.adviceId === rule.adviceId)) {
      chosen.push({ adviceId: rule.adviceId, reason: rule.reason });
    }
  }
  return chosen;
}
