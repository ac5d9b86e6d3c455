/**
 * Referral triage as rules as data: red flags that mean "see a professional first" (no
 * program), situations where a program is safe alongside professional advice, and the
 * pain-first rule every program follows.
 */
import { z } from 'zod';
import type { Facts } from './facts.js';
import { factsFrom } from './facts.js';
import type { AssessmentInput } from './input.js';
import type { Rule } from './rule-engine.js';
import { loadRules, runRules } from './rule-engine.js';
import type { Professional, Referral } from './types.js';

const PROFESSIONALS = [
  'physical-therapist',
  'orthopedic-specialist',
  'doctor',
  'paediatric-physiotherapist',
] as const;

export const safetyThenSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('refer'),
    urgency: z.enum(['stop', 'alongside']),
    to: z.array(z.enum(PROFESSIONALS)).min(1),
    reason: z.string().min(1),
    nextSteps: z.array(z.string().min(1)).min(1),
  }),
  /** Advice every program must follow, without a referral. */
  z.object({ kind: z.literal('advise'), note: z.string().min(1) }),
]);
export type SafetyThen = z.output<typeof safetyThenSchema>;

const yes = (fact: string) => ({ fact, op: 'eq', value: true }) as const;
const afterSurgery = { fact: 'onset', op: 'eq', value: 'after-surgery' } as const;
const isChild = { fact: 'ageGroup', op: 'eq', value: 'child' } as const;
// Until 7-8 years valgus is usually normal development (NORMS.md); an unknown age counts as young.
const youngOrAgeUnknown = {
  any: [
    { fact: 'childAgeYears', op: 'lt', value: 8 },
    { fact: 'childAgeYears', op: 'absent' },
  ],
} as const;
const SEE_FIRST = 'Pause the knee program until you have been seen.';

const SAFETY_RULE_TABLE = [
  {
    id: 'acute-pain',
    perSide: false,
    when: yes('acutePain'),
    then: {
      kind: 'refer',
      urgency: 'stop',
      to: ['orthopedic-specialist'],
      reason: 'Sudden pain or swelling after an injury needs a specialist to look at the knee.',
      nextSteps: [SEE_FIRST, 'Book an appointment with an orthopedic specialist or your doctor soon.'],
    },
    source: 'seed 002, Recognizing When Professional Intervention Is Necessary: acute pain',
  },
  {
    id: 'knee-gives-way',
    perSide: false,
    when: yes('givingWay'),
    then: {
      kind: 'refer',
      urgency: 'stop',
      to: ['orthopedic-specialist'],
      reason: 'A knee that gives way or feels unstable should be examined before you load it.',
      nextSteps: [SEE_FIRST, 'See an orthopedic specialist; take note of when the knee gives way.'],
    },
    source: 'seed 002, Recognizing When Professional Intervention Is Necessary: the knee feels unstable',
  },
  {
    id: 'fixed-deformity',
    perSide: false,
    when: yes('fixedDeformity'),
    then: {
      kind: 'refer',
      urgency: 'stop',
      to: ['orthopedic-specialist'],
      reason: 'A leg that stays out of line whatever you do points to a fixed deformity.',
      nextSteps: [SEE_FIRST, 'See an orthopedic specialist, who may take an X-ray.'],
    },
    source:
      'seed 002, Recognizing When Professional Intervention Is Necessary: a noticeable, fixed deformity',
  },
  {
    id: 'severe-persistent-pain',
    perSide: false,
    when: yes('severePersistentPain'),
    then: {
      kind: 'refer',
      urgency: 'stop',
      to: ['physical-therapist'],
      reason: 'Severe pain that does not settle needs a professional assessment first.',
      nextSteps: [SEE_FIRST, 'See a physical therapist for a full assessment and a plan for the pain.'],
    },
    source: 'seed 002, Recognizing When Professional Intervention Is Necessary: persistent, severe pain',
  },
  {
    id: 'young-child',
    perSide: false,
    when: { all: [isChild, youngOrAgeUnknown] },
    then: {
      kind: 'refer',
      urgency: 'stop',
      to: ['paediatric-physiotherapist'],
      reason:
        'Knock knees in young children are often part of normal growth: they peak around age 4 and usually settle by 7-8.',
      nextSteps: [
        'Have a paediatric physiotherapist check the legs rather than starting a program on your own.',
        'Meanwhile keep it to play, and discourage W-sitting.',
      ],
    },
    source: 'NORMS.md, Static alignment: children; seed 000, 9a W sitting',
  },
  {
    id: 'young-child-normal-growth',
    perSide: false,
    when: { all: [isChild, youngOrAgeUnknown] },
    then: {
      kind: 'advise',
      note: 'Knock knees are often normal development at this age; many children grow out of them.',
    },
    source: 'NORMS.md, Static alignment: children (valgus peaks around 4 years, adult values by 7-8)',
  },
  {
    id: 'older-child',
    perSide: false,
    when: { all: [isChild, { fact: 'childAgeYears', op: 'gte', value: 8 }] },
    then: {
      kind: 'refer',
      urgency: 'alongside',
      to: ['paediatric-physiotherapist'],
      reason:
        'By 8 years knock knees have usually settled, so a check by a paediatric physiotherapist is worthwhile.',
      nextSteps: [
        'See a paediatric physiotherapist as well.',
        'Keep sessions short and playful: 10-20 minutes a day, or split over two days.',
      ],
    },
    source:
      'NORMS.md, children (0-3 cm ankle gap from 8 years); USER-NEEDS.md, children and teens (10-20 min a day)',
  },
  {
    id: 'surgery-not-cleared',
    perSide: false,
    when: {
      all: [
        afterSurgery,
        {
          any: [
            { fact: 'surgeryCleared', op: 'eq', value: false },
            { fact: 'surgeryCleared', op: 'absent' },
          ],
        },
      ],
    },
    then: {
      kind: 'refer',
      urgency: 'stop',
      to: ['physical-therapist'],
      reason: 'After surgery, strengthening starts once your surgeon or physiotherapist clears you.',
      nextSteps: ['Ask your surgeon or physiotherapist when you may start strengthening that leg.'],
    },
    source: 'USER-NEEDS.md, after injury or surgery: with the surgeon’s or physio’s clearance',
  },
  {
    id: 'surgery-cleared',
    perSide: false,
    when: { all: [afterSurgery, yes('surgeryCleared')] },
    then: {
      kind: 'refer',
      urgency: 'alongside',
      to: ['physical-therapist'],
      reason: 'You are recovering from surgery: keep your physiotherapist in the loop.',
      nextSteps: ['Show this program to your physiotherapist and follow their limits for the operated leg.'],
    },
    source: 'USER-NEEDS.md, after injury or surgery; seed 000 reader questions (ACL reconstruction)',
  },
  {
    id: 'no-change-after-weeks',
    perSide: false,
    when: {
      all: [
        { fact: 'weeksOfExerciseSoFar', op: 'gte', value: 6 },
        { fact: 'improvedSoFar', op: 'eq', value: false },
      ],
    },
    then: {
      kind: 'refer',
      urgency: 'alongside',
      to: ['physical-therapist', 'doctor'],
      reason:
        'Six weeks or more of exercise without change: the cause may be structural, or the technique may be off.',
      nextSteps: [
        'Have a physical therapist watch you do the exercises.',
        'Ask a doctor whether an X-ray would show a bone-shape cause.',
      ],
    },
    source:
      'seed 000, reader questions: no improvement within 6-12 weeks; seed 002 (no improvement after weeks or months)',
  },
  {
    id: 'older-adult',
    perSide: false,
    when: { fact: 'ageGroup', op: 'eq', value: 'older-adult' },
    then: {
      kind: 'refer',
      urgency: 'alongside',
      to: ['doctor'],
      reason: 'At 65 and over, get a doctor’s go-ahead before starting new exercise.',
      nextSteps: ['Check with your doctor, then take single-leg work slowly, near a wall or chair.'],
    },
    source: 'USER-NEEDS.md, older adults',
  },
  {
    id: 'teen',
    perSide: false,
    when: { fact: 'ageGroup', op: 'eq', value: 'teen' },
    then: {
      kind: 'refer',
      urgency: 'alongside',
      to: ['physical-therapist'],
      reason: 'For a teenager, a physiotherapist’s check alongside the program is worthwhile.',
      nextSteps: ['Keep sessions short (10-20 minutes a day) and see a physiotherapist as well.'],
    },
    source: 'USER-NEEDS.md, children and teens (10-20 min a day)',
  },
  {
    id: 'pain-first',
    perSide: false,
    when: {
      any: [
        { fact: 'painLevel', op: 'gt', value: 0 },
        ...['knee', 'hip', 'back', 'foot'].map((area) => ({ fact: 'painAreas', op: 'has', value: area })),
      ],
    },
    then: {
      kind: 'advise',
      note: 'Treat the pain first: calm the painful area, then work on what drives it. Load only as much as your symptoms allow; pain during an exercise means stop or make it easier.',
    },
    source: 'USER-NEEDS.md, pain already present and pain from the exercises',
  },
];

/** The safety rules, validated at load. */
export const SAFETY_RULES: readonly Rule<SafetyThen>[] = loadRules(safetyThenSchema, SAFETY_RULE_TABLE);

const unique = <T>(items: readonly T[]): readonly T[] => [...new Set(items)];

/** The referral the facts call for (several red flags merge into one), or null. */
export function triageReferral(facts: Facts): {
  readonly referral: Referral | null;
  readonly notes: readonly string[];
} {
  const hits = runRules(SAFETY_RULES, facts);
  const referrals = hits.flatMap((hit) => (hit.rule.then.kind === 'refer' ? [hit.rule.then] : []));
  const notes = hits.flatMap((hit) => (hit.rule.then.kind === 'advise' ? [hit.rule.then.note] : []));
  if (referrals.length === 0) {
    return { referral: null, notes };
  }
  const referral: Referral = {
    urgency: referrals.some((r) => r.urgency === 'stop') ? 'stop' : 'alongside',
    to: unique(referrals.flatMap((r): readonly Professional[] => r.to)),
    reasons: unique(referrals.map((r) => r.reason)),
    nextSteps: unique(referrals.flatMap((r) => r.nextSteps)),
  };
  return { referral, notes };
}

/** The referral for one assessment, or null when none is needed. */
export function referralFor(input: AssessmentInput): Referral | null {
  return triageReferral(factsFrom(input)).referral;
}
