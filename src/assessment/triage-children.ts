/**
 * Children's and teens' knock knees as data (NORMS.md, "Children's knock knees: when to refer";
 * "Static alignment" for the ankle-gap norms by age). Symmetric valgus that settles by 7-8 years
 * is normal development; one-sided, beyond the age norm, getting worse or painful goes to a
 * paediatric orthopaedic doctor while the child is still growing.
 */
import { growing, is, notYes, yes } from './triage-then.js';

const child = is('ageGroup', 'child');
const PAEDS =
  'NORMS.md, Children’s knock knees: when to refer (Queensland Health CPC; Devon NHS; Perth Children’s Hospital)';
const youngOrAgeUnknown = {
  any: [
    { fact: 'age.years', op: 'lt', value: 8 },
    { fact: 'age.years', op: 'absent' },
  ],
} as const;
const SEE_PAEDS = 'See your doctor and ask for a paediatric orthopaedic opinion; no home program until then.';

const paediatric = (id: string, when: unknown, reason: string, source: string) => ({
  id,
  perSide: false,
  when,
  then: {
    kind: 'refer',
    outcome: 'see-professional-first',
    to: ['paediatric-orthopaedic-specialist'],
    reason,
    nextSteps: [SEE_PAEDS],
  },
  source,
});

export const CHILD_RULES = [
  paediatric(
    'growing-one-sided',
    { all: [growing, yes('valgus.oneSided')] },
    'Only one knee turns in. In a growing child that is not the normal pattern (which is the same on both sides) and needs a doctor’s check.',
    `${PAEDS}: one-sided (asymmetrical)`,
  ),
  paediatric(
    'growing-gap-over-8',
    { all: [growing, { fact: 'intermalleolarCm', op: 'gt', value: 8 }] },
    'The ankles are more than 8 cm apart with the knees touching: beyond normal at any age.',
    `${PAEDS}: gap over 8 cm`,
  ),
  paediatric(
    'child-gap-beyond-age',
    {
      all: [
        child,
        { fact: 'age.years', op: 'gte', value: 8 },
        { fact: 'intermalleolarCm', op: 'gt', value: 3 },
        { fact: 'intermalleolarCm', op: 'lte', value: 8 },
      ],
    },
    'From 8 years the ankle gap is normally 0-3 cm: knock knees that persist beyond 8 need a doctor’s check while the child is growing.',
    `${PAEDS}: persists beyond age 8; NORMS.md, Static alignment: 0-3 cm from 8 years`,
  ),
  paediatric(
    'teen-gap-beyond-norm',
    {
      all: [
        is('ageGroup', 'teen'),
        { fact: 'intermalleolarCm', op: 'gte', value: 4 },
        { fact: 'intermalleolarCm', op: 'lte', value: 8 },
      ],
    },
    'An ankle gap of 4 cm or more defines knock knees in teenagers: while still growing, a doctor should check the shape.',
    `${PAEDS}: persists beyond age 8; NORMS.md, adolescents (4 cm or more, study of 47,588)`,
  ),
  paediatric(
    'growing-getting-worse',
    { all: [growing, yes('shapeChanging')] },
    'The shape of the legs is getting worse: that needs a doctor’s check while the child is growing.',
    `${PAEDS}: getting worse or not resolving`,
  ),
  paediatric(
    'child-painful',
    { all: [child, { any: [yes('kneePain'), { fact: 'painLevel', op: 'gt', value: 0 }] }] },
    'The child’s knee hurts: painful knock knees need a doctor’s check.',
    `${PAEDS}: it causes pain (Devon: refer if painful)`,
  ),
  {
    id: 'young-child-normal-growth',
    perSide: false,
    when: { all: [child, youngOrAgeUnknown] },
    then: {
      kind: 'normal-for-age',
      reason:
        'Knock knees on both sides in a young child are usually normal growth: they peak around 4 years and settle by 7-8. No exercise program is needed.',
      nextSteps: [
        'Keep it to play, and discourage W-sitting.',
        'See your doctor if only one leg turns in, it gets worse, the ankles are more than 8 cm apart, it hurts, the child limps, or it is still there after age 8.',
      ],
    },
    source: `${PAEDS}: symmetric valgus peaking at 3-5 years is normal, no referral under 6 without pain; seed 000, 9a W sitting`,
  },
  {
    id: 'older-child',
    perSide: false,
    when: { all: [child, { fact: 'age.years', op: 'gte', value: 8 }] },
    then: {
      kind: 'refer',
      outcome: 'start-with-adaptations',
      to: ['paediatric-physiotherapist'],
      reason:
        'By 8 years knock knees have usually settled: train alongside a physiotherapist who works with children.',
      nextSteps: [
        'See a paediatric physiotherapist as well.',
        'Keep it playful: at least 10-20 minutes a day, or split over two days.',
      ],
    },
    source:
      'NORMS.md, children (0-3 cm ankle gap from 8 years); USER-NEEDS.md, children and teens (10-20 min a day)',
  },
  {
    id: 'older-child-measure-gap',
    perSide: false,
    when: { all: [growing, { fact: 'intermalleolarCm', op: 'absent' }, notYes('valgus.oneSided')] },
    then: {
      kind: 'advise',
      note: 'Measure the gap between the ankles with the knees touching: it tells whether the knock knees are within the norm for the age.',
    },
    source: 'NORMS.md, Static alignment: children (ankle-gap norms by age)',
  },
];
